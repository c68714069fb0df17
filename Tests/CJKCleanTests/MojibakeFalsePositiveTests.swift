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
}
