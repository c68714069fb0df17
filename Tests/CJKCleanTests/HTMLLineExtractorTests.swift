import XCTest

@testable import CJKClean

final class HTMLLineExtractorTests: XCTestCase {
    func testBlocksBecomeLinesWithLinkText() {
        let result = HTMLLineExtractor.extract(
            "<div><p>第一段<b>加粗</b>文字。</p><p>第二段 <a href='#'>链接</a></p><ul><li><a>甲</a> | <a>乙</a></li></ul></div>")
        XCTAssertEqual(result.lines.map(\.text), ["第一段加粗文字。", "第二段 链接", "甲 | 乙"])
        XCTAssertEqual(result.lines.map(\.linkCharacters), [0, 2, 5])
        XCTAssertEqual(result.lines.map(\.isListItem), [false, false, true])
    }

    func testWhiteSpaceSeparatorsAndControlsInsideLines() {
        let result = HTMLLineExtractor.extract(
            "<p>\n\t\u{3000}正文 第二句\u{3000}后半\n\n  Ab-c · <a>链接 x</a>\u{0007}é\u{00A0}end　</p>"
                + "<p><a>全是</a> | <a>链接</a></p>")
        // Leading and trailing white space (ideographic included) goes, inner runs become one space,
        // an inner ideographic space stays, controls vanish, and separators count as link text
        // (a line of nothing but links and separators is link text whole, spaces included).
        XCTAssertEqual(result.lines.map(\.text), ["正文 第二句\u{3000}后半 Ab-c · 链接 xé end", "全是 | 链接"])
        XCTAssertEqual(result.lines.map(\.linkCharacters), [5, 7])
    }

    func testScriptsStylesAndHeadAreSkipped() {
        let result = HTMLLineExtractor.extract(
            "<html><head><title>标题</title><style>p{}</style><script>var a='<p>不是正文</p>';</script></head>"
                + "<body><p>正文</p><noscript>请启用脚本</noscript></body></html>")
        XCTAssertEqual(result.lines.map(\.text), ["正文"])
        XCTAssertEqual(result.title, "标题")
    }

    func testMissingHeadEndTagDoesNotHideBody() {
        let result = HTMLLineExtractor.extract("<html><head><title>T</title><script>x()</script><body><p>正文在这里</p>")
        XCTAssertEqual(result.lines.map(\.text), ["正文在这里"])
    }

    func testUnclosedSelectEndsWithItsParent() {
        let result = HTMLLineExtractor.extract("<table><tr><td><select><option>2024</td></tr></table><p>正文</p>")
        XCTAssertEqual(result.lines.map(\.text), ["正文"])
    }

    func testHeadingsAndEntities() {
        let result = HTMLLineExtractor.extract("<h2>小标题&nbsp;&amp;&#x4E2D;</h2><p>A&lt;B</p>")
        XCTAssertEqual(result.lines.map(\.text), ["小标题 &中", "A<B"])
        XCTAssertEqual(result.lines.map(\.headingLevel), [2, nil])
    }

    func testContainerEvidence() {
        let result = HTMLLineExtractor.extract(
            "<article><p>甲</p></article><div class='comment-list'><p>乙</p></div><nav><p>丙</p></nav><div itemprop='articleBody'><p>丁</p></div>")
        let scores = result.lines.map(\.containerScore)
        XCTAssertEqual(scores.count, 4)
        XCTAssertGreaterThan(scores[0], 0)
        XCTAssertLessThan(scores[1], 0)
        XCTAssertLessThan(scores[2], 0)
        XCTAssertGreaterThan(scores[3], 0)
    }

    func testTitleSources() {
        XCTAssertEqual(
            HTMLLineExtractor.extract("<title>新闻标题_频道_网站</title><meta property='og:title' content='开放图谱标题'>").title,
            "开放图谱标题")
        XCTAssertEqual(HTMLLineExtractor.extract("<title>新闻标题 - 示例网</title><h1>新闻标题</h1>").title, "新闻标题")
        XCTAssertEqual(HTMLLineExtractor.extract("<title>滨江新图书馆正式开放_本地新闻_示例网</title>").title, "滨江新图书馆正式开放")
        XCTAssertNil(HTMLLineExtractor.extract("<p>没有标题</p>").title)
    }

    func testDeeplyNestedMarkupStaysLinear() {
        let html = String(repeating: "<div>", count: 100_000) + "正文" + String(repeating: "</div>", count: 100_000)
        XCTAssertEqual(HTMLLineExtractor.extract(html).lines.map(\.text), ["正文"])
    }
}
