import CJKClean
import Foundation
import XCTest

/// Decodes real pages from the development set (`<repo>/../shared/devset`), in their original bytes.
final class CharsetSniffingDevsetTests: XCTestCase {
    static let devsetDirectory = SharedMaterial.url("devset")

    private func page(_ id: String, _ suffix: String = "html") throws -> Data {
        let url = Self.devsetDirectory.appendingPathComponent("pages/\(id).\(suffix)")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("development set not found at \(Self.devsetDirectory.path)")
        }
        return try Data(contentsOf: url)
    }

    func testGB2312PagesDecodeToTheirChineseText() throws {
        let expectations: [(id: String, source: CharsetSource, text: String)] = [
            ("cwced-zh-0001", .metaTag, "一九八九年四月，我在湖南张家界开一个全省教学研究"),
            ("cwced-zh-0003", .metaTag, "人生如戏。一夜之间，它可以让一个穷光蛋成为百万富翁"),
            ("cwced-zh-0016", .detected, "飞行归因于作用在飞机上的几个力"),
            ("cwced-zh-0069", .detected, "四、规范理论与结构理论"),
        ]
        for expectation in expectations {
            let document = try HTMLDecoder.decode(try page(expectation.id))
            XCTAssertEqual(document.charset, "gbk", expectation.id)
            XCTAssertEqual(document.source, expectation.source, expectation.id)
            XCTAssertFalse(document.hadErrors, expectation.id)
            XCTAssertTrue(document.text.contains(expectation.text), expectation.id)
        }
    }

    /// No development page declares the wrong charset in a `<meta>`, so real bytes are given a wrong transport declaration.
    func testWrongDeclarationsOfRealPagesAreCorrected() throws {
        let utf8Page = try HTMLDecoder.decode(try page("cwced-zh-0002"), declaredCharset: "gb2312")
        XCTAssertEqual(utf8Page.charset, "utf-8")
        XCTAssertEqual(utf8Page.source, .correctedDeclaration(declared: "gbk"))
        XCTAssertFalse(utf8Page.hadErrors)
        XCTAssertTrue(utf8Page.text.contains("13岁，正是花季的年龄，可13岁的李某却成了妈妈"))

        let gbkPage = try HTMLDecoder.decode(try page("cwced-zh-0003"), declaredCharset: "utf-8")
        XCTAssertEqual(gbkPage.charset, "gbk")
        XCTAssertEqual(gbkPage.source, .correctedDeclaration(declared: "utf-8"))
        XCTAssertTrue(gbkPage.text.contains("人生如戏。一夜之间"))
    }

    /// A `charset` attribute on a `<script>` is not a declaration of the page's charset.
    func testScriptCharsetAttributeIsNotADeclaration() throws {
        let document = try HTMLDecoder.decode(try page("cwced-zh-0002"))
        XCTAssertEqual(document.charset, "utf-8")
        XCTAssertEqual(document.source, .detected)
    }

    /// Every page decodes, and lines of the gold text of the Chinese pages are found in the decoded bytes.
    func testEveryPageDecodesAndChineseGoldTextIsFound() throws {
        let indexURL = Self.devsetDirectory.appendingPathComponent("index.jsonl")
        guard FileManager.default.fileExists(atPath: indexURL.path) else {
            throw XCTSkip("development set not found at \(Self.devsetDirectory.path)")
        }
        var pages = 0
        var goldLines = 0
        var goldLinesFound = 0
        var pagesWithErrors: [String] = []
        for line in try String(contentsOf: indexURL, encoding: .utf8).split(separator: "\n") {
            let row = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try XCTUnwrap(row["id"] as? String)
            let document = try HTMLDecoder.decode(try page(id), declaredCharset: row["charset"] as? String)
            pages += 1
            if document.hadErrors { pagesWithErrors.append(id) }
            guard id.hasPrefix("cwced-zh-") else { continue }
            let gold = String(decoding: try page(id, "txt"), as: UTF8.self)
            let text = String(document.text.unicodeScalars.filter { !$0.properties.isWhitespace })
            // The opening characters of up to ten gold lines per page, spread over the page.
            let prefixes = gold.split(separator: "\n")
                .map {
                    String(String.UnicodeScalarView($0.unicodeScalars.filter { !$0.properties.isWhitespace }.prefix(6)))
                }
                .filter { $0.unicodeScalars.count == 6 }
            let stride = max(1, prefixes.count / 10)
            for prefix in prefixes.enumerated().filter({ $0.offset % stride == 0 }).prefix(10).map(\.element) {
                goldLines += 1
                if text.contains(prefix) { goldLinesFound += 1 }
            }
        }
        print(
            "devset: decoded \(pages) pages; Chinese gold lines found \(goldLinesFound) of \(goldLines); with undecodable bytes: \(pagesWithErrors)"
        )
        XCTAssertEqual(pages, 250)
        XCTAssertGreaterThan(Double(goldLinesFound) / Double(max(goldLines, 1)), 0.9)
        XCTAssertLessThanOrEqual(pagesWithErrors.count, 2)
    }
}
