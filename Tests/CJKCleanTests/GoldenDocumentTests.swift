import XCTest

@testable import CJKClean

/// The five golden documents, cleaned through the real pipeline and compared whole.
final class GoldenDocumentTests: XCTestCase {
    func testFixturesArePresent() throws {
        XCTAssertEqual(try GoldenFixture.all().count, 5)
    }

    func testTitleAndBodyMatchGoldenFiles() throws {
        for fixture in try GoldenFixture.all() {
            let document = Cleaner.clean(text: fixture.page)
            XCTAssertEqual(document.title, fixture.title, "title of \(fixture.name)")
            assertLines(document.paragraphs, equal: fixture.body, fixture.name)
        }
    }

    func testSimplifiedBodyMatchesGoldenFiles() throws {
        let cleaner = Cleaner(options: CleanerOptions(script: .simplified))
        for fixture in try GoldenFixture.all() {
            let document = cleaner.clean(text: fixture.page)
            assertLines(document.paragraphs, equal: fixture.simplifiedBody, fixture.name + " (simplified)")
        }
    }

    func testRepairsOfTheMojibakeFixtureAreReported() throws {
        let fixture = try XCTUnwrap(GoldenFixture.all().first { $0.name.hasPrefix("001") })
        let document = Cleaner.clean(text: fixture.page)
        let islands = document.repairs.filter { $0.kind == .shiftedGBKIsland }
        XCTAssertEqual(islands.map(\.after), ["地時", "停火提議", "停火；", "停火條"])
        XCTAssertGreaterThan(document.repairs.filter { $0.kind == .pinyinGloss }.count, 40)
    }

    func testRemovedLinesCarryReasons() throws {
        let fixture = try XCTUnwrap(GoldenFixture.all().first { $0.name.hasPrefix("002") })
        let removed = Cleaner.clean(text: fixture.page).removed
        let reasons = Dictionary(removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(reasons["编辑:但堂丹"], .boilerplatePhrase)
        XCTAssertEqual(reasons["相关新闻"], .sectionHeading)
        XCTAssertEqual(reasons["首页 >> 国际新闻 >> 正文"], .navigation)
        XCTAssertEqual(reasons["俄乌时隔三年谈判未实现突破 特朗普称将给他们打电话"], .title)
    }

    private func assertLines(_ actual: [String], equal expected: [String], _ name: String, line: UInt = #line) {
        guard actual != expected else { return }
        XCTFail("\(name) differs from its golden file:\n\(LineDiff.describe(expected: expected, actual: actual))", line: line)
    }
}
