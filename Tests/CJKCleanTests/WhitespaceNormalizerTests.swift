import XCTest

@testable import CJKClean

final class WhitespaceNormalizerTests: XCTestCase {
    func testTrimsAndCollapses() {
        XCTAssertEqual(WhitespaceNormalizer.normalizeLine("\u{3000}\u{3000}正文  开始\t\u{00A0}了 "), "正文 开始 了")
    }

    func testKeepsInnerIdeographicSpacesAndCleanText() {
        XCTAssertEqual(WhitespaceNormalizer.normalizeLine("東京\u{3000}大阪"), "東京\u{3000}大阪")
        let clean = "俄乌举行第三轮直接谈判 核心议题无突破"
        XCTAssertEqual(WhitespaceNormalizer.normalizeLine(clean), clean)
    }

    func testDropsZeroWidthAndControls() {
        XCTAssertEqual(WhitespaceNormalizer.normalizeLine("\u{FEFF}正\u{200B}文\u{0007}"), "正文")
    }

    func testLinesSplitsOnEveryBreakAndDropsEmptyOnes() {
        XCTAssertEqual(WhitespaceNormalizer.lines(of: "甲\r\n\n 乙 \r丙\u{2028}丁\n   \n"), ["甲", "乙", "丙", "丁"])
    }
}
