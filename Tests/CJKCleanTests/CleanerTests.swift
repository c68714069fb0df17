import Foundation
import XCTest

@testable import CJKClean

final class CleanerTests: XCTestCase {
    private static let repositoryRoot = SharedMaterial.repositoryRoot

    /// The sample page shipped for the README, cleaned from its GB2312 bytes, against its golden
    /// output. Set CJKCLEAN_RECORD_GOLDEN=1 to re-record the golden file deliberately.
    func testSamplePageMatchesGoldenOutput() throws {
        let page = Self.repositoryRoot.appendingPathComponent("Examples/Samples/news-gb2312.html")
        let golden = Self.repositoryRoot.appendingPathComponent("Tests/CJKCleanTests/Golden/news-gb2312.expected.txt")
        let document = try Cleaner.clean(html: Array(try Data(contentsOf: page)))
        let actual = ([document.title ?? ""] + document.paragraphs + ["charset: \(document.charset ?? "")"])
            .joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["CJKCLEAN_RECORD_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            XCTFail("recorded \(golden.path); unset CJKCLEAN_RECORD_GOLDEN and run again")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if actual != expected {
            XCTFail(
                "sample differs from its golden file:\n"
                    + LineDiff.describe(
                        expected: expected.components(separatedBy: "\n"), actual: actual.components(separatedBy: "\n")))
        }
    }

    func testOptionsTurnStagesOff() throws {
        let fixture = try XCTUnwrap(GoldenFixture.all().first { $0.name.hasPrefix("001") })
        let unrepaired = Cleaner(options: CleanerOptions(repairsMojibake: false)).clean(text: fixture.page)
        XCTAssertTrue(unrepaired.paragraphs.contains { $0.contains("(xiàn)") })
        XCTAssertEqual(unrepaired.repairs, [])
        let everything = Cleaner(options: CleanerOptions(removesBoilerplate: false)).clean(text: fixture.page)
        XCTAssertEqual(everything.paragraphs.count, WhitespaceNormalizer.lines(of: fixture.page).count)
        XCTAssertEqual(everything.removed, [])
    }

    func testTraditionalOutput() {
        let document = Cleaner(options: CleanerOptions(script: .traditional)).clean(
            text: "俄乌举行第三轮直接谈判\n俄罗斯和乌克兰两国代表团23日晚在土耳其伊斯坦布尔举行第三轮直接谈判，谈判持续约1小时。")
        XCTAssertEqual(document.title, "俄烏舉行第三輪直接談判")
        XCTAssertEqual(document.paragraphs, ["俄羅斯和烏克蘭兩國代表團23日晚在土耳其伊斯坦布爾舉行第三輪直接談判，談判持續約1小時。"])
    }

    func testEmptyAndBinaryBytes() {
        XCTAssertEqual(try Cleaner.clean(html: [UInt8]()), CleanedDocument(title: nil, paragraphs: []))
        let binary = [UInt8](repeating: 0, count: 512) + [0x50, 0x4B, 0x03, 0x04]
        XCTAssertThrowsError(try Cleaner.clean(html: binary)) { error in
            guard case .notText = error as? CleanerError else { return XCTFail("unexpected \(error)") }
        }
    }

    func testTextIsParagraphsJoinedByNewlines() {
        XCTAssertEqual(CleanedDocument(title: nil, paragraphs: ["甲", "乙"]).text, "甲\n乙")
    }
}

final class CleanerScriptOptionTests: XCTestCase {
    private let text = "软件更新\n这里的面条很好吃，我们在柜子里找到了说明书，软件已经更新到最新版本。"

    func testRegionalTraditionalForms() {
        XCTAssertEqual(
            Cleaner(options: CleanerOptions(script: .taiwan(vocabulary: true))).clean(text: text).paragraphs,
            ["這裡的麵條很好吃，我們在櫃子裡找到了說明書，軟體已經更新到最新版本。"])
        XCTAssertEqual(
            Cleaner(options: CleanerOptions(script: .taiwan(vocabulary: false))).clean(text: text).title, "軟件更新")
    }
}

final class CleanerCharsetTests: XCTestCase {
    func testTransportCharsetIsUsedForUndeclaredBytes() throws {
        let paragraph = "市民憑本人身分證即可免費辦理借閱證，每證最多可同時借閱十冊圖書。"
        let big5 = try ICUCharset.encode("<p>\(paragraph)</p>", charset: "Big5", strict: true)
        let document = try Cleaner().clean(html: big5, declaredCharset: "big5")
        XCTAssertEqual(document.charset, "big5")
        XCTAssertEqual(document.paragraphs, [paragraph])
    }
}
