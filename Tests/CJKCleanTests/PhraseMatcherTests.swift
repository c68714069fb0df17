import XCTest

@testable import CJKClean

final class PhraseMatcherTests: XCTestCase {
    func testFoldingLowerCasesASCIIOnlyAndKeepsEveryScalar() {
        let text = "Share 分享到 ÀÉ Ωμέγα 😀 Read MORE"
        XCTAssertEqual(PhraseMatcher.fold(text).string, "share 分享到 ÀÉ Ωμέγα 😀 read more")
        XCTAssertEqual(PhraseMatcher.fold(text[...]), PhraseMatcher.fold(text), "a substring folds like its string")
        XCTAssertEqual(PhraseMatcher.fold(""), [])
    }

    func testEveryOccurrenceInTextOrderWithOverlapsAndCaseFolding() {
        let matcher = PhraseMatcher(["相关阅读", "相关", "Read more", "阅读"])
        let matches = matcher.matches(in: "相关阅读：READ MORE相关")
        XCTAssertEqual(
            matches,
            [
                .init(offset: 0, length: 4), .init(offset: 0, length: 2), .init(offset: 2, length: 2),
                .init(offset: 5, length: 9), .init(offset: 14, length: 2),
            ])
        XCTAssertFalse(matcher.containsAny(in: "相 关 阅"))
        XCTAssertTrue(matcher.containsAny(in: "…相关"), "a phrase that ends the text is found")
    }
}
