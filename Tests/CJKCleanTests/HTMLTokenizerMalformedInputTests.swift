import CJKClean
import XCTest

/// Pathological inputs must be tokenized in linear time without trapping; these assert the outputs.
final class HTMLTokenizerMalformedInputTests: XCTestCase {
    func testHundredThousandNestedTags() {
        let html = String(repeating: "<div>", count: 100_000) + "x" + String(repeating: "</div>", count: 100_000)
        var starts = 0
        var ends = 0
        var texts: [String] = []
        for token in HTMLTokenizer(html) {
            switch token {
            case .startTag: starts += 1
            case .endTag: ends += 1
            case .text(let text): texts.append(text)
            default: XCTFail("unexpected \(token)")
            }
        }
        XCTAssertEqual(starts, 100_000)
        XCTAssertEqual(ends, 100_000)
        XCTAssertEqual(texts, ["x"])
    }

    func testTenMegabytesWithoutClosingBracketDropsTheTag() {
        let html = "ok<a title='" + String(repeating: "y", count: 10_000_000)
        var tokenizer = HTMLTokenizer(html)
        XCTAssertEqual(tokenizer.next(), .text("ok"))
        XCTAssertNil(tokenizer.next())
        XCTAssertEqual(tokenizer.parseErrors.map(\.code), [.eofInTag])
    }

    func testAMillionLessThanSigns() {
        let html = String(repeating: "<", count: 1_000_000)
        var tokenizer = HTMLTokenizer(html)
        XCTAssertEqual(tokenizer.next(), .text(html))
        XCTAssertNil(tokenizer.next())
        XCTAssertEqual(tokenizer.parseErrorCount, 1_000_000)
        XCTAssertEqual(tokenizer.parseErrors.count, HTMLTokenizer.maximumRecordedParseErrors)
    }

    func testAMillionAmpersandReferences() {
        let html = String(repeating: "&amp;", count: 1_000_000)
        XCTAssertEqual(Array(HTMLTokenizer(html)), [.text(String(repeating: "&", count: 1_000_000))])
    }

    func testNullBytesEverywhere() {
        let bytes = [UInt8](repeating: 0, count: 100_000) + Array("<p\0 a\0=\0>\0<!--\0-->".utf8)
        XCTAssertEqual(
            Array(HTMLTokenizer(bytes)),
            [
                .startTag(
                    name: "p\u{FFFD}", attributes: [HTMLAttribute(name: "a\u{FFFD}", value: "\u{FFFD}")],
                    selfClosing: false),
                .comment("\u{FFFD}"),
            ])
    }

    func testUnterminatedReferencesAtEndOfInput() {
        XCTAssertEqual(Array(HTMLTokenizer("a&#")), [.text("a&#")])
        XCTAssertEqual(Array(HTMLTokenizer("a&#x")), [.text("a&#x")])
        XCTAssertEqual(Array(HTMLTokenizer("a&#12")), [.text("a\u{C}")])
        XCTAssertEqual(Array(HTMLTokenizer("a&")), [.text("a&")])
        XCTAssertEqual(Array(HTMLTokenizer("a&am")), [.text("a&am")])
        XCTAssertEqual(Array(HTMLTokenizer("&#99999999999999999999;")), [.text("\u{FFFD}")])
    }

    func testManyAttributesStayLinear() {
        let attributes = (0..<50_000).map { "a\($0)=1 a\($0)=2" }.joined(separator: " ")
        guard case .startTag(_, let parsed, _)? = HTMLTokenizer("<x \(attributes)>").first(where: { _ in true }) else {
            return XCTFail("no start tag")
        }
        XCTAssertEqual(parsed.count, 50_000)
        XCTAssertEqual(parsed.last, HTMLAttribute(name: "a49999", value: "1"))
    }

    func testUnterminatedCommentsScriptsAndDoctype() {
        XCTAssertEqual(Array(HTMLTokenizer("<!--" + String(repeating: "-", count: 100_000))).count, 1)
        XCTAssertEqual(
            Array(HTMLTokenizer("<script><!--<script>" + String(repeating: "<", count: 100_000))).count, 2)
        XCTAssertEqual(
            Array(HTMLTokenizer("<!DOCTYPE html PUBLIC \"" + String(repeating: "x", count: 100_000))),
            [
                .doctype(
                    name: "html", publicIdentifier: String(repeating: "x", count: 100_000), systemIdentifier: nil,
                    forceQuirks: true)
            ])
    }

    /// Random soup of the characters every state reacts to, in every initial state: tokenizing must finish without trapping.
    func testRandomMarkupSoupInEveryState() {
        let pieces = [
            "<", ">", "/", "!", "-", "--", "&", "#", "x", ";", "a", "A", "=", "\"", "'", " ", "\0", "[", "]", "?",
            "script", "DOCTYPE", "PUBLIC", "SYSTEM", "amp", "not", "[CDATA[", "\u{FFFD}", "中", "\r", "\n", "`", "99",
        ]
        let states: [HTMLTokenizer.ContentState] = [.data, .rcdata, .rawtext, .scriptData, .plaintext, .cdataSection]
        var seed: UInt64 = 0x5EED
        func nextRandom(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var totalTokens = 0
        for _ in 0..<3_000 {
            let input = (0..<nextRandom(40)).map { _ in pieces[nextRandom(pieces.count)] }.joined()
            for state in states {
                for switching in [true, false] {
                    let options = HTMLTokenizer.Options(
                        initialState: state, lastStartTag: "script", switchesContentState: switching,
                        dropsNullInText: switching)
                    var tokenizer = HTMLTokenizer(input, options: options)
                    var count = 0
                    while tokenizer.next() != nil { count += 1 }
                    XCTAssertLessThanOrEqual(count, input.utf8.count + 1, input)
                    totalTokens += count
                }
            }
        }
        XCTAssertGreaterThan(totalTokens, 0)
    }
}
