import XCTest

@testable import CJKClean

final class ICUWrapperTests: XCTestCase {
    func testStrictDecodingThrowsAtTheBadByte() {
        XCTAssertThrowsError(try ICUCharset.decode([0xC4, 0xE3, 0xFF, 0x41], charset: "GB18030", strict: true)) { error in
            XCTAssertEqual(error as? ICUError, .invalidInput(offset: 3))
        }
    }

    func testLossyDecodingUsesTheReplacementCharacter() throws {
        XCTAssertEqual(try ICUCharset.decode([0xC4, 0xE3, 0xFF, 0x41], charset: "GB18030"), "你\u{FFFD}A")
        XCTAssertEqual(try ICUCharset.decode([0xA4, 0xA4, 0xA4], charset: "Big5"), "中\u{FFFD}")
        XCTAssertEqual(try ICUCharset.decode([0xE4, 0xB8], charset: "UTF-8"), "\u{FFFD}")
    }

    func testDecodingToScalarsGivesTheScalarsOfTheLossyString() throws {
        // UTF-8 of 中文 and an emoji read as GB18030: pairs, a four-byte sequence, lost bytes.
        let bytes = Array("中文😀，ok".utf8) + [0xFF, 0x81]
        let text = try ICUCharset.decode(bytes, charset: "GB18030")
        XCTAssertEqual(try ICUCharset.decodeScalars(bytes, charset: "GB18030"), Array(text.unicodeScalars))
        XCTAssertEqual(try ICUCharset.decodeScalars([], charset: "GB18030"), [])
        // A four-byte GB18030 sequence outside the Basic Multilingual Plane: a surrogate pair.
        let supplementary = try ICUCharset.encode("𠀀😀a", charset: "GB18030")
        XCTAssertEqual(try ICUCharset.decodeScalars(supplementary, charset: "GB18030"), ["𠀀", "😀", "a"])
    }

    func testEncodingRoundTripsAndStrictFailsOnUnmappable() throws {
        XCTAssertEqual(try ICUCharset.encode("停火", charset: "GBK"), [0xCD, 0xA3, 0xBB, 0xF0])
        XCTAssertThrowsError(try ICUCharset.encode("한", charset: "Big5", strict: true))
        XCTAssertThrowsError(try ICUCharset.decode([0x41], charset: "no-such-charset")) { error in
            XCTAssertEqual(error as? ICUError, .unknownCharset("no-such-charset"))
        }
    }

    func testTransliterators() throws {
        XCTAssertEqual(try ICUTransliterator.shared("Han-Latin").transliterate("当"), "dāng")
        XCTAssertEqual(try ICUTransliterator.shared("Traditional-Simplified").transliterate("談判"), "谈判")
        XCTAssertThrowsError(try ICUTransliterator("No-Such-Transform")) { error in
            XCTAssertEqual(error as? ICUError, .unknownTransliterator("No-Such-Transform"))
        }
    }

    func testDetectorRecognisesGBK() throws {
        let text = String(repeating: "俄罗斯和乌克兰两国代表团在土耳其伊斯坦布尔举行第三轮直接谈判，双方在人道主义议题上取得进展。", count: 4)
        let guess = ICUCharsetDetector.detect(try ICUCharset.encode(text, charset: "GB18030"))
        XCTAssertEqual(guess?.charset, "GB18030")
    }
}
