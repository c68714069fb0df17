import Foundation
import XCTest

@testable import CJKClean

/// Clean sentences in zh-Hans, zh-Hant, ja and ko, tricky ones included, must come out
/// byte-identical with no repair reported.
final class MojibakeCleanTextTests: XCTestCase {
    func testCleanCorpusIsUntouched() {
        let repair = MojibakeRepair()
        let corpus = CleanCorpus.all
        XCTAssertGreaterThanOrEqual(corpus.count, 2000)
        var changed: [String] = []
        var flagged = 0
        var counts: [String: Int] = [:]
        for (language, text) in corpus {
            counts[language, default: 0] += 1
            if !MojibakeGate.signals(in: text).isEmpty { flagged += 1 }
            let result = repair.repair(text)
            if result.text != text || !result.repairs.isEmpty {
                changed.append("[\(language)] \(text) → \(result.text) \(result.explanation)")
            }
        }
        report("Clean corpus: \(corpus.count) sentences \(counts.sorted { $0.key < $1.key }), \(flagged) flagged by the gate, \(changed.count) changed")
        for line in changed.prefix(40) { report("  CHANGED " + line) }
        XCTAssertEqual(changed, [])
    }

    func testWholeCorpusAsOneDocumentIsUntouched() {
        // One textbook gloss per document: the same gloss twice reads as a systematic one.
        let document = CleanCorpus.all.map(\.text).filter { !$0.contains("(chóng)") }.joined(separator: "\n")
        let result = MojibakeRepair().repair(document)
        XCTAssertEqual(result.explanation, "")
        XCTAssertTrue(result.text == document)
    }
}
