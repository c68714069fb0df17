@testable import CJKClean
import XCTest

/// Hostile pages through the whole pipeline (decode → lines → repair → boilerplate): each must
/// return a document or a ``CleanerError``, never trap, and take work linear in its size, bounded
/// by the cost of an ordinary page measured in the same run (see ``WorkBudget``).
final class PathologicalInputTests: XCTestCase {
    private let budget = WorkBudget.measured

    func testHundredThousandNestedDivs() throws {
        let html = String(repeating: "<div>", count: 100_000) + "正文内容在最深处。" + String(repeating: "</div>", count: 100_000)
        let document = try clean(Array(html.utf8))
        XCTAssertEqual(document.paragraphs, ["正文内容在最深处。"])
        XCTAssertEqual(document.removed, [])
    }

    func testHundredThousandUnclosedNestedElements() throws {
        let html = String(repeating: "<div><span><b>", count: 35_000) + "最深处的一句话。"
        let document = try clean(Array(html.utf8))
        XCTAssertEqual(document.paragraphs, ["最深处的一句话。"])
    }

    func testTenMegabytesWithoutANewline() throws {
        let sentence = "这是一个没有换行的很长的句子，"
        let body = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let document = try clean(Array(("<p>" + body + "</p>").utf8))
        XCTAssertEqual(document.paragraphs.map(\.unicodeScalars.count), [body.unicodeScalars.count])
        XCTAssertTrue(document.paragraphs.first == body)
        XCTAssertEqual(document.charset, "utf-8")
    }

    func testTwoMegabytesOfPlainTextWithoutANewline() {
        let text = String(repeating: "没有换行的纯文本，", count: 80_000)
        let (document, seconds) = WorkBudget.measure { Cleaner.clean(text: text) }
        assertWithinBudget(seconds, bytes: text.utf8.count)
        XCTAssertEqual(document.paragraphs.map(\.unicodeScalars.count), [text.unicodeScalars.count])
        XCTAssertEqual(document.paragraphs.first?.hashValue, text.hashValue)
    }

    func testAMillionLessThanSigns() throws {
        let html = String(repeating: "<", count: 1_000_000)
        let document = try clean(Array(html.utf8))
        XCTAssertEqual(document.paragraphs.count, 1)
        XCTAssertTrue(document.paragraphs.first == html)
    }

    func testAMillionAmpersandReferences() throws {
        let html = "<p>" + String(repeating: "&amp;", count: 1_000_000) + "</p>"
        let document = try clean(Array(html.utf8))
        XCTAssertTrue(document.text == String(repeating: "&", count: 1_000_000))
    }

    func testUnterminatedNumericReferences() throws {
        let html = "<p>" + String(repeating: "&#", count: 200_000) + String(repeating: "&#x", count: 200_000)
            + "&#99999999999999999999999999;&#x110000;</p>"
        let document = try clean(Array(html.utf8))
        let expected =
            String(repeating: "&#", count: 200_000) + String(repeating: "&#x", count: 200_000) + "\u{FFFD}\u{FFFD}"
        XCTAssertTrue(document.text == expected)
    }

    func testNulAndSurrogateReferencesBecomeReplacementCharacters() throws {
        let html = "<title>标题&#0;</title><p>高&#xD800;低&#xDFFF;代理&#55296;项，空&#0;字符&#x0;也是。</p>"
        let cleaner = Cleaner(options: CleanerOptions(repairsMojibake: false))
        let document = try clean(Array(html.utf8), with: cleaner)
        XCTAssertEqual(document.paragraphs, ["高\u{FFFD}低\u{FFFD}代理\u{FFFD}项，空\u{FFFD}字符\u{FFFD}也是。"])
        XCTAssertEqual(document.title, "标题\u{FFFD}")
    }

    func testNulBytesInTheMarkupAreDropped() throws {
        let html = Array("<p>正文\0内容\0。</p>".utf8)
        XCTAssertEqual(try clean(html).paragraphs, ["正文内容。"])
    }

    func testBinaryDataIsATypedError() {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) & ($0 % 3 == 0 ? 0 : 0xFF) }
        XCTAssertThrowsError(try Cleaner.clean(html: bytes)) { error in
            guard case CleanerError.notText(let nulBytes, let sampleSize) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(sampleSize, 65_536)
            XCTAssertGreaterThan(nulBytes, 65_536 / 10)
        }
    }

    func testInvalidUTF8() throws {
        var bytes = Array("<meta charset=utf-8><p>前文".utf8)
        for index in 0..<300_000 { bytes.append(UInt8(0x80 + index % 0x7F)) }
        bytes += Array("后文。</p>".utf8)
        let document = try clean(bytes)
        XCTAssertNotNil(document.charset)
        XCTAssertEqual(document.paragraphs.count, 1)
    }

    func testTruncatedMultiByteSequencesAtTheEnd() throws {
        let article = String(repeating: "<p>一篇正常的中文新闻报道，内容很长，在传输中被截断了。</p>", count: 40) + "<p>最后一句"
        let utf8 = Array(("<meta charset=utf-8>" + article).utf8)
        for cut in [1, 2] {
            let document = try clean(utf8.dropLast(cut))
            XCTAssertEqual(document.charset, "utf-8")
            XCTAssertEqual(document.paragraphs.last, "最后一\u{FFFD}")
        }
        let gbk = Array("<meta charset=gbk>".utf8) + (try ICUCharset.encode(article, charset: "GB18030")).dropLast()
        let document = try clean(gbk)
        XCTAssertEqual(document.charset, "gbk")
        XCTAssertEqual(document.paragraphs.last, "最后一\u{FFFD}")
    }

    func testLoneSurrogatesAndTruncationInUTF16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<p>".utf8).flatMap { [$0, 0] } + [0x2D, 0x4E, 0x00, 0xD8, 0x87, 0x65, 0x3C]
        let document = try clean(bytes)
        XCTAssertEqual(document.charset, "utf-16le")
        XCTAssertEqual(document.text, "中\u{FFFD}文\u{FFFD}")
    }

    func testAPageThatIsAllLinks() throws {
        let links = (0..<20_000).map { "<a href=\"/p\($0)\">第\($0)条链接</a>" }.joined(separator: " ")
        let html = "<html><body><div>" + links + "</div></body></html>"
        let document = try clean(Array(html.utf8))
        XCTAssertEqual(document.paragraphs, [])
        XCTAssertEqual(document.removed.map(\.reason), [.links])
    }

    func testTwentyThousandLinkLines() throws {
        let html = (0..<20_000).map { "<li><a href=\"/p\($0)\">第\($0)条链接的标题</a></li>" }.joined()
        let document = try clean(Array(("<ul>" + html + "</ul>").utf8))
        XCTAssertEqual(document.paragraphs, [])
        XCTAssertEqual(document.removed.count, 20_000)
    }

    func testEmptyPages() throws {
        XCTAssertEqual(try Cleaner.clean(html: [UInt8]()), CleanedDocument(title: nil, paragraphs: []))
        XCTAssertEqual(Cleaner.clean(html: ""), CleanedDocument(title: nil, paragraphs: []))
        XCTAssertEqual(Cleaner.clean(text: ""), CleanedDocument(title: nil, paragraphs: []))
        XCTAssertEqual(try Cleaner.clean(html: Array(" \n\t\r\n ".utf8)).paragraphs, [])
        XCTAssertEqual(try Cleaner.clean(html: Array("<html><head></head><body></body></html>".utf8)).paragraphs, [])
    }

    func testUTF8PageDeclaredAsGB2312() throws {
        let html = "<meta charset=\"gb2312\"><title>标题</title><p>这一页声明了国标编码，其实是万国码。</p>"
        let document = try clean(Array(html.utf8))
        XCTAssertEqual(document.charset, "utf-8")
        XCTAssertEqual(document.paragraphs, ["这一页声明了国标编码，其实是万国码。"])
    }

    func testGBKPageDeclaredAsUTF8() throws {
        let text = "这一页声明了万国码，其实是国标编码。"
        let html = Array("<meta charset=\"utf-8\"><p>".utf8) + (try ICUCharset.encode(text, charset: "GB18030"))
        let document = try clean(html)
        XCTAssertEqual(document.charset, "gbk")
        XCTAssertEqual(document.paragraphs, [text])
    }

    func testBig5PageDeclaredAsUTF8() throws {
        let text = "這一頁聲明了萬國碼，其實是大五碼，內容是繁體中文的新聞報導。"
        let html = Array("<meta charset=\"utf-8\"><p>".utf8) + (try ICUCharset.encode(text, charset: "Big5"))
        let document = try clean(html)
        XCTAssertEqual(document.charset, "big5")
        XCTAssertEqual(document.paragraphs, [text])
    }

    /// Every `?` after a Han character is a candidate island whose repair tries hundreds of
    /// decodings, so such text costs far more per byte than an ordinary page. The cost grows
    /// linearly, and a document's islands are tried only up to a fixed number: past it, the
    /// rest are left as they are.
    func testRepairOfManyIslandsIsLinear() {
        func repairSeconds(_ count: Int) -> (seconds: Double, repairs: Int) {
            let text = String(repeating: "其他?;鹛嶙h現(xiàn)場", count: count)
            let (result, seconds) = WorkBudget.measure { MojibakeRepair().repair(text) }
            return (seconds, result.repairs.count)
        }
        let small = repairSeconds(100)
        let large = repairSeconds(400)
        XCTAssertEqual(small.repairs, 200)
        XCTAssertEqual(large.repairs, 400 + ShiftedGBKIslandRepair.maximumAttemptsPerDocument)
        XCTAssertLessThanOrEqual(large.seconds, 8 * small.seconds + WorkBudget.floorSeconds)
    }

    // MARK: - Helpers

    /// Cleans bytes, checking the work against the budget and the output against the input's size.
    private func clean(
        _ bytes: some Collection<UInt8>, with cleaner: Cleaner = Cleaner(), file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> CleanedDocument {
        let (document, seconds) = try WorkBudget.measure { try cleaner.clean(html: bytes) }
        assertWithinBudget(seconds, bytes: bytes.count, file: file, line: line)
        let outputScalars = (document.paragraphs + document.removed.map(\.text) + [document.title ?? ""])
            .reduce(0) { $0 + $1.unicodeScalars.count }
        XCTAssertLessThanOrEqual(outputScalars, bytes.count, "output larger than input", file: file, line: line)
        return document
    }

    private func assertWithinBudget(
        _ seconds: Double, bytes: Int, file: StaticString = #filePath, line: UInt = #line
    ) {
        let limit = budget.limit(forBytes: bytes)
        XCTAssertLessThanOrEqual(
            seconds, limit,
            String(
                format: "%.2f s for %d bytes; an ordinary page costs %.3f µs/byte", seconds, bytes,
                budget.secondsPerByte * 1e6),
            file: file, line: line)
    }
}
