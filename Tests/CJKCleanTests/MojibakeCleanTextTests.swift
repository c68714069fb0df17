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
        for (language, text) in corpus {
            let result = repair.repair(text)
            if result.text != text || !result.repairs.isEmpty {
                changed.append("[\(language)] \(text) → \(result.text) \(result.explanation)")
            }
        }
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
