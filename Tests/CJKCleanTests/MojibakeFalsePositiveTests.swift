import XCTest

@testable import CJKClean

/// Clean text from real pages that once looked like mojibake to the re-decoder.
final class MojibakeFalsePositiveTests: XCTestCase {
    private let repair = MojibakeRepair()

    func testEuropeanWordsWithAccentsAreKept() {
        for text in [
            "Classificação", "Informação", "Nesta página você terá sempre a classificação atualizada.",
            "Die Größe der Stadt", "«Bonjour», dit-il.", "Ça va très bien, merci.",
        ] {
            XCTAssertEqual(repair.repair(text).repairs, [], text)
        }
    }

    func testPrivateUseGlyphsBetweenPunctuationAreKept() {
        let text = "他说：\u{E004}\u{E004}……我们明天再见\u{E004}乔。"
        XCTAssertEqual(repair.repair(text).text, text)
    }

    func testRareDialectCharactersAreKept() {
        let text = "香港人叫朋友做嘟佬嘟佬，这是粤语的说法。"
        XCTAssertEqual(repair.repair(text).text, text)
    }

    func testReplacementCharactersAroundOrdinaryWordsAreKept() {
        // U+FFFD here stands for bytes that were bad on their own, not for a shifted GBK island.
        for text in ["空\u{FFFD}字符\u{FFFD}也是", "空?字符?也是", "输入了\u{FFFD}字符\u{FFFD}之后"] {
            XCTAssertEqual(repair.repair(text).text, text, text)
        }
    }
}
