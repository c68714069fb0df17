import CJKClean
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures tokenizer and decoder throughput over the development pages; prints figures, asserts no timings.
///
/// Times are process CPU time, so that other work on a shared machine does not distort them.
///
/// Runs only when `CJKCLEAN_MEASURE=1`, and is meant for release builds:
/// `CJKCLEAN_MEASURE=1 swift test -c release --filter HTMLTokenizerThroughputTests`.
final class HTMLTokenizerThroughputTests: XCTestCase {
    func testThroughputOverDevelopmentPages() throws {
        guard ProcessInfo.processInfo.environment["CJKCLEAN_MEASURE"] == "1" else {
            throw XCTSkip("set CJKCLEAN_MEASURE=1 to measure throughput")
        }
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/devset/pages").standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw XCTSkip("development set not found at \(directory.path)")
        }
        let pages = try names.filter { $0.hasSuffix(".html") }.sorted().map {
            [UInt8](try Data(contentsOf: directory.appendingPathComponent($0)))
        }
        let decoded = try pages.map { try HTMLDecoder.decode($0) }
        let texts = decoded.map(\.text)
        let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }

        let rounds = 10
        var tokens = 0
        let tokenizeStart = Self.cpuSeconds()
        for _ in 0..<rounds {
            for text in texts {
                var tokenizer = HTMLTokenizer(text)
                while tokenizer.next() != nil { tokens += 1 }
            }
        }
        let tokenizeSeconds = Self.cpuSeconds() - tokenizeStart

        let decodeStart = Self.cpuSeconds()
        for _ in 0..<rounds {
            for page in pages { _ = try HTMLDecoder.decode(page) }
        }
        let decodeSeconds = Self.cpuSeconds() - decodeStart

        let megabytes = Double(totalBytes * rounds) / 1_000_000
        print(
            String(
                format: "tokenizer: %.1f MB/s, %.0f pages/s (%d pages, %.1f MB, %d tokens per round)",
                megabytes / tokenizeSeconds, Double(pages.count * rounds) / tokenizeSeconds,
                pages.count, Double(totalBytes) / 1_000_000, tokens / rounds))
        print(
            String(
                format: "decoder: %.0f pages/s, %.1f MB/s",
                Double(pages.count * rounds) / decodeSeconds,
                Double(pages.reduce(0) { $0 + $1.count } * rounds) / 1_000_000 / decodeSeconds))
        XCTAssertGreaterThan(tokens, 0)
    }

    private static func cpuSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }
}
