import Foundation
import XCTest

@testable import CJKClean

/// Measures throughput for the benchmark summary (reported, never asserted).
final class MojibakeThroughputTests: XCTestCase {
    private func megabytesPerSecond(_ text: String, repetitions: Int, _ body: (String) -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repetitions { body(text) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Double(text.utf8.count * repetitions) / seconds / 1e6
    }

    func testThroughputSummary() {
        let clean = CleanCorpus.all.map(\.text).filter { !$0.contains("(chóng)") }.joined(separator: "\n")
        var cleanDocument = ""
        while cleanDocument.utf8.count < 4_000_000 { cleanDocument += clean + "\n" }
        let cleanCJK = String(repeating: MojibakeSentences.simplifiedChinese.joined() + "\n", count: 2000)
        let repair = MojibakeRepair()
        // Build the tables (charset tables, level sets, language data) before timing.
        _ = repair.repair("涓枃娴嬭瘯 ä¸­æ–‡")
        let gateClean = megabytesPerSecond(cleanCJK, repetitions: 5) { _ = MojibakeGate.signals(in: $0) }
        let repairClean = megabytesPerSecond(cleanCJK, repetitions: 5) { _ = repair.repair($0) }
        let gateMixed = megabytesPerSecond(cleanDocument, repetitions: 2) { _ = MojibakeGate.signals(in: $0) }
        let repairMixed = megabytesPerSecond(cleanDocument, repetitions: 1) { _ = repair.repair($0) }
        let garbledSentences = MojibakeSentences.simplifiedChinese.compactMap { Garbler.utf8($0, readAs: "windows-1252") }
        let garbled1252 = garbledSentences.joined(separator: "\n")
        let garbledGBK = MojibakeSentences.simplifiedChinese.compactMap { Garbler.utf8($0, readAs: "GB18030") }
            .joined(separator: "\n")
        let repair1252 = megabytesPerSecond(garbled1252, repetitions: 3) { _ = repair.repair($0) }
        let repairGBK = megabytesPerSecond(garbledGBK, repetitions: 3) { _ = repair.repair($0) }
        report("Throughput (MB/s of UTF-8):")
        report("  gate, clean zh-Hans text           \(String(format: "%.0f", gateClean))")
        report("  repair, clean zh-Hans text         \(String(format: "%.0f", repairClean))")
        report("  gate, clean corpus (tricky incl.)  \(String(format: "%.0f", gateMixed))")
        report("  repair, clean corpus               \(String(format: "%.1f", repairMixed))")
        report("  repair, UTF-8 read as Windows-1252 \(String(format: "%.2f", repair1252))")
        report("  repair, UTF-8 read as GBK          \(String(format: "%.2f", repairGBK))")
        XCTAssertEqual(repair.repair(cleanCJK).text, cleanCJK)
    }
}
