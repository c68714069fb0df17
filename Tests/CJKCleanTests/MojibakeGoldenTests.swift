import Foundation
import XCTest

@testable import CJKClean

/// The golden documents: `001` needs exactly its gloss and shifted-GBK repairs, the other four
/// are clean pages that must come out unchanged.
final class MojibakeGoldenTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func fixture(_ prefix: String, _ suffix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
        let name = try XCTUnwrap(names.first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(suffix) && $0.split(separator: ".").count == suffix.split(separator: ".").count + 1 })
        return try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    func testGoldenDocumentRepairs() throws {
        let result = MojibakeRepair().repair(try fixture("001", ".txt"))
        let kinds = Dictionary(grouping: result.repairs, by: \.kind).mapValues(\.count)
        XCTAssertEqual(kinds, [.pinyinGloss: 89, .shiftedGBKIsland: 4])
        let repairedLines = Set(result.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        // The lost trail byte of `無條件?;穑?/p>` is the list item's `；`, like its sibling lines'.
        XCTAssertTrue(repairedLines.contains("要求實現全面無條件停火；"))
        for line in try fixture("001", ".body.txt").split(separator: "\n") {
            XCTAssertTrue(repairedLines.contains(String(line)) || result.text.contains(line), "missing: \(line)")
        }
    }

    func testCleanGoldenDocumentsAreUntouched() throws {
        for prefix in ["000", "002", "003", "004"] {
            let text = try fixture(prefix, ".txt")
            let result = MojibakeRepair().repair(text)
            XCTAssertEqual(result.explanation, "", prefix)
            XCTAssertTrue(result.text == text, prefix)
        }
    }
}
