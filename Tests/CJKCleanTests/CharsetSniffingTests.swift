import CJKClean
import XCTest

/// Labels, byte order marks, the `<meta>` prescan and decoding of CJK charsets.
final class CharsetSniffingTests: XCTestCase {
    func testLabelsNormaliseToWHATWGNames() {
        XCTAssertEqual(CharsetLabel.normalize("GB2312"), "gbk")
        XCTAssertEqual(CharsetLabel.normalize(" x-gbk\t"), "gbk")
        XCTAssertEqual(CharsetLabel.normalize("\r\nUTF-8\r\n"), "utf-8")
        XCTAssertEqual(CharsetLabel.normalize("Big5-HKSCS"), "big5")
        XCTAssertEqual(CharsetLabel.normalize("MS932"), "shift_jis")
        XCTAssertEqual(CharsetLabel.normalize("ks_c_5601-1987"), "euc-kr")
        XCTAssertEqual(CharsetLabel.normalize("US-ASCII"), "windows-1252")
        XCTAssertEqual(CharsetLabel.normalize("ISO-8859-1"), "windows-1252")
        XCTAssertEqual(CharsetLabel.normalize("utf8"), "utf-8")
        XCTAssertEqual(CharsetLabel.normalize("utf-16"), "utf-16le")
        XCTAssertEqual(CharsetLabel.normalize("hz-gb-2312"), "replacement")
        XCTAssertNil(CharsetLabel.normalize("gb 2312"))
        XCTAssertNil(CharsetLabel.normalize(""))
    }

    func testByteOrderMarks() {
        XCTAssertEqual(ByteOrderMark.detect([0xEF, 0xBB, 0xBF, 0x41])?.charset, "utf-8")
        XCTAssertEqual(ByteOrderMark.detect([0xFF, 0xFE])?.charset, "utf-16le")
        XCTAssertEqual(ByteOrderMark.detect([0xFE, 0xFF, 0x00])?.length, 2)
        XCTAssertNil(ByteOrderMark.detect([0xEF, 0xBB]))
    }

    func testPrescanFindsCharsetAndPragmaDeclarations() {
        func prescan(_ html: String) -> String? { MetaCharsetPrescan.charset(in: Array(html.utf8)) }
        XCTAssertEqual(prescan("<meta charset=gb2312>"), "gbk")
        XCTAssertEqual(prescan("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=big5'>"), "big5")
        XCTAssertNil(prescan("<meta content='text/html; charset=big5'>"), "content without the pragma")
        XCTAssertEqual(prescan("<!-- <meta charset=big5> --><meta charset=shift_jis>"), "shift_jis")
        XCTAssertEqual(prescan("<div title='<meta charset=big5>'><meta charset=euc-kr>"), "euc-kr")
        XCTAssertEqual(prescan("<meta charset=utf-16be>"), "utf-8")
        XCTAssertNil(prescan("<script charset=gb2312 src=x.js></script>"))
        XCTAssertNil(
            MetaCharsetPrescan.charset(
                in: Array((String(repeating: " ", count: 2000) + "<meta charset=gbk>").utf8), limit: 1024))
    }

    func testDecodesDeclaredCJKCharsetsWithTheWHATWGDecoders() throws {
        let cases: [(label: String, icu: String, name: String, text: String)] = [
            ("gb2312", "GB18030", "gbk", "简体中文测试，欢迎光临"),
            ("big5", "Big5-HKSCS", "big5", "繁體中文測試，歡迎光臨"),
            ("shift_jis", "windows-31j", "shift_jis", "日本語のテスト①～"),
            ("euc-kr", "windows-949", "euc-kr", "한국어 시험"),
            ("euc-jp", "EUC-JP", "euc-jp", "日本語のテスト"),
        ]
        for testCase in cases {
            let html = "<html><head><meta charset=\"\(testCase.label)\"><title>\(testCase.text)</title>"
            let bytes = try ICUCharset.encode(html, charset: testCase.icu, strict: true)
            let document = try HTMLDecoder.decode(bytes)
            XCTAssertEqual(document.charset, testCase.name, testCase.label)
            XCTAssertEqual(document.source, .metaTag, testCase.label)
            XCTAssertEqual(document.text, html, testCase.label)
            XCTAssertFalse(document.hadErrors, testCase.label)
        }
    }

    func testGBKIndentationSpaceDecodesAsIdeographicSpace() throws {
        // 0xA3 0xA0 is U+3000 in the WHATWG gb18030 index, not the private-use U+E5E5.
        let head = Array("<html><head><meta charset=\"gb2312\"></head><body><p>".utf8)
        let body = try ICUCharset.encode("有一个法官。", charset: "GB18030", strict: true)
        let bytes = head + [0xA3, 0xA0, 0xA3, 0xA0] + body + Array("</p></body></html>".utf8)
        let document = try HTMLDecoder.decode(bytes)
        XCTAssertEqual(document.charset, "gbk")
        XCTAssertTrue(document.text.contains("<p>\u{3000}\u{3000}有一个法官。</p>"))
        XCTAssertEqual(try Cleaner.clean(html: bytes).paragraphs, ["有一个法官。"])
    }

    func testUndeclaredGBKAndBig5AreDetected() throws {
        let simplified = String(repeating: "<p>中华人民共和国国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。</p>", count: 20)
        let gbk = try HTMLDecoder.decode(try ICUCharset.encode(simplified, charset: "GB18030"))
        XCTAssertEqual(gbk.charset, "gbk")
        XCTAssertEqual(gbk.source, .detected)
        XCTAssertEqual(gbk.text, simplified)

        let traditional = String(repeating: "<p>中華民國行政院新聞局今天舉行記者會，說明經濟發展與臺灣的產業情況。</p>", count: 20)
        let big5 = try HTMLDecoder.decode(try ICUCharset.encode(traditional, charset: "Big5-HKSCS"))
        XCTAssertEqual(big5.charset, "big5")
        XCTAssertEqual(big5.text, traditional)
    }

    func testWrongMetaDeclarationsAreCorrected() throws {
        let text = "<meta charset=gb2312><p>这是一个用UTF-8编码却声明为GB2312的网页。</p>"
        let utf8 = try HTMLDecoder.decode(Array(text.utf8))
        XCTAssertEqual(utf8.charset, "utf-8")
        XCTAssertEqual(utf8.source, .correctedDeclaration(declared: "gbk"))
        XCTAssertEqual(utf8.text, text)

        let latin1Declared = "<meta charset=iso-8859-1><p>中文内容</p>"
        let corrected = try HTMLDecoder.decode(Array(latin1Declared.utf8))
        XCTAssertEqual(corrected.charset, "utf-8")
        XCTAssertEqual(corrected.text, latin1Declared)

        let gbkBytes = try ICUCharset.encode("<meta charset=utf-8><p>声明为UTF-8但实际是GBK编码的中文网页内容。</p>", charset: "GB18030")
        let gbk = try HTMLDecoder.decode(gbkBytes)
        XCTAssertEqual(gbk.charset, "gbk")
        XCTAssertEqual(gbk.source, .correctedDeclaration(declared: "utf-8"))
        XCTAssertEqual(gbk.text, "<meta charset=utf-8><p>声明为UTF-8但实际是GBK编码的中文网页内容。</p>")
    }

    func testTransportDeclarationComesBeforeMetaAndBOMBeforeBoth() throws {
        let html = "<meta charset=big5><p>中文</p>"
        let gbkBytes = try ICUCharset.encode(html, charset: "GB18030")
        let document = try HTMLDecoder.decode(gbkBytes, declaredCharset: "GBK")
        XCTAssertEqual(document.charset, "gbk")
        XCTAssertEqual(document.source, .transportLayer)
        XCTAssertEqual(document.text, html)

        let withBOM = try HTMLDecoder.decode([0xEF, 0xBB, 0xBF] + Array(html.utf8), declaredCharset: "gbk")
        XCTAssertEqual(withBOM.charset, "utf-8")
        XCTAssertEqual(withBOM.source, .byteOrderMark)
        XCTAssertEqual(withBOM.text, html)

        let utf16 = try HTMLDecoder.decode(
            [0xFF, 0xFE] + Array(html.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(utf16.charset, "utf-16le")
        XCTAssertEqual(utf16.source, .byteOrderMark)
        XCTAssertEqual(utf16.text, html)

        let page = "<html><body><p>UTF-16 without a byte order mark: 中文</p></body></html>"
        let bigEndian = try HTMLDecoder.decode(Array(page.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        XCTAssertEqual(bigEndian.charset, "utf-16be")
        XCTAssertEqual(bigEndian.source, .detected)
        XCTAssertEqual(bigEndian.text, page)
    }

    func testMalformedBytesBecomeReplacementCharacters() throws {
        let bytes = Array("<meta charset=utf-8><p>中文".utf8) + [0xFF] + Array("好</p>".utf8)
        let document = try HTMLDecoder.decode(bytes)
        XCTAssertEqual(document.charset, "utf-8")
        XCTAssertTrue(document.hadErrors)
        XCTAssertEqual(document.text, "<meta charset=utf-8><p>中文\u{FFFD}好</p>")
    }

    func testPureASCIIWithoutDeclarationFallsBack() throws {
        let document = try HTMLDecoder.decode(Array("<p>hello</p>".utf8))
        XCTAssertEqual(document.charset, "windows-1252")
        XCTAssertEqual(document.source, .fallback)
        XCTAssertEqual(document.text, "<p>hello</p>")
    }

    func testEmptyAndBinaryInputThrow() {
        XCTAssertThrowsError(try HTMLDecoder.decode([UInt8]())) { error in
            XCTAssertEqual(error as? DecodingError, .empty)
        }
        let binary: [UInt8] = (0..<4096).map { $0 % 3 == 0 ? 0 : 0x90 }
        XCTAssertThrowsError(try HTMLDecoder.decode(binary)) { error in
            XCTAssertEqual(error as? DecodingError, .looksBinary(nulCount: 1366, sampleSize: 4096))
        }
    }

    /// Random bytes and markup fragments: sniffing and decoding must finish without trapping.
    func testRandomInputNeverTraps() {
        let pieces: [[UInt8]] = [
            Array("<meta".utf8), Array(" charset=".utf8), Array("gbk".utf8), Array("'".utf8), Array("\"".utf8),
            Array("<!--".utf8),
            Array("-->".utf8), Array(">".utf8), Array("<".utf8), Array("/".utf8), Array("http-equiv=content-type".utf8),
            Array(" content=\"text/html;charset=big5\"".utf8), [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xB5, 0xDA],
            [0xA4, 0x40], [0x80],
        ]
        var seed: UInt64 = 0xC0FFEE
        func nextRandom(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var decoded = 0
        for _ in 0..<2_000 {
            let bytes = (0..<nextRandom(30)).flatMap { _ in pieces[nextRandom(pieces.count)] }
            _ = MetaCharsetPrescan.charset(in: bytes)
            if let document = try? HTMLDecoder.decode(bytes, declaredCharset: nextRandom(2) == 0 ? "gb2312" : nil) {
                XCTAssertFalse(document.charset.isEmpty)
                decoded += 1
            }
        }
        XCTAssertGreaterThan(decoded, 1_000)
    }

    /// Every WHATWG encoding has a decoder: a declared ASCII page decodes unchanged with the declared charset.
    func testEveryWHATWGEncodingDecodes() throws {
        let html = "<p>plain ASCII text</p>"
        XCTAssertEqual(CharsetLabel.encodingNames.count, 40)
        for name in CharsetLabel.encodingNames.sorted() {
            // "replacement" is a name but not a label; hz-gb-2312 is one of its labels.
            let label = name == "replacement" ? "hz-gb-2312" : name
            let document = try HTMLDecoder.decode(Array(html.utf8), declaredCharset: label)
            XCTAssertEqual(document.text, html, name)
            switch name {
            case "utf-16le", "utf-16be":
                // ASCII bytes without a single NUL cannot be UTF-16.
                XCTAssertEqual(document.charset, "utf-8", name)
            case "replacement":
                // The standard's replacement decoder would yield one U+FFFD; UTF-8 decodes the page without errors.
                XCTAssertEqual(document.charset, "utf-8", name)
                XCTAssertEqual(document.source, .correctedDeclaration(declared: "replacement"), name)
            default:
                XCTAssertEqual(document.charset, name, name)
                XCTAssertEqual(document.source, .transportLayer, name)
            }
        }
    }

    func testSingleByteDeclarationsDecodeTheirCharacters() throws {
        let cases: [(label: String, icu: String, text: String)] = [
            ("koi8-r", "KOI8-R", "Привет, мир"),
            ("windows-1251", "windows-1251", "Привет, мир"),
            ("iso-8859-2", "ISO-8859-2", "Zażółć gęślą jaźń"),
            ("latin1", "windows-1252", "Café crème – “quoted”"),
            ("windows-874", "windows-874", "ภาษาไทย"),
        ]
        let romanian = "<p>Știință și țară</p>"
        let latin10 = try HTMLDecoder.decode(
            Array("<p>".utf8) + [
                0xAA, 0x74, 0x69, 0x69, 0x6E, 0xFE, 0xE3, 0x20, 0xBA, 0x69, 0x20, 0xFE, 0x61, 0x72, 0xE3,
            ]
                + Array("</p>".utf8),
            declaredCharset: "iso-8859-16")
        XCTAssertEqual(latin10.text, romanian)
        for testCase in cases {
            let bytes = try ICUCharset.encode("<p>\(testCase.text)</p>", charset: testCase.icu, strict: true)
            let document = try HTMLDecoder.decode(bytes, declaredCharset: testCase.label)
            XCTAssertEqual(document.text, "<p>\(testCase.text)</p>", testCase.label)
            XCTAssertEqual(document.charset, CharsetLabel.normalize(testCase.label), testCase.label)
            XCTAssertFalse(document.hadErrors, testCase.label)
        }
    }
}
