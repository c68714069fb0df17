import CJKClean
import XCTest

/// Behaviour of the tokenizer beyond the conformance suite: tree-builder-like switching, input preprocessing.
final class HTMLTokenizerTests: XCTestCase {
    private func tokens(_ html: String) -> [HTMLToken] {
        Array(HTMLTokenizer(html))
    }

    func testTagsTextAndDecodedReferences() {
        XCTAssertEqual(
            tokens("<P Class=\"a\" class=b ID=x>1 &lt; 2 &amp&copy 中文</p>"),
            [
                .startTag(
                    name: "p",
                    attributes: [HTMLAttribute(name: "class", value: "a"), HTMLAttribute(name: "id", value: "x")],
                    selfClosing: false),
                .text("1 < 2 &© 中文"),
                .endTag(name: "p"),
            ])
    }

    func testLegacyReferenceInAttributeIsKeptBeforeEqualsOrAlphanumeric() {
        XCTAssertEqual(
            tokens("<a href=\"?a=1&copy=2&not;x&notit\">"),
            [
                .startTag(
                    name: "a", attributes: [HTMLAttribute(name: "href", value: "?a=1&copy=2¬x&notit")],
                    selfClosing: false)
            ])
        XCTAssertEqual(tokens("&notit; &notin;"), [.text("¬it; ∉")])
    }

    func testNumericReferencesFollowTheReplacementTable() {
        XCTAssertEqual(
            tokens("&#x80;&#150;&#0;&#xD800;&#x110000;&#65;&#x4e2d;"), [.text("€–\u{FFFD}\u{FFFD}\u{FFFD}A中")])
        XCTAssertEqual(tokens("&#;&#x;&#"), [.text("&#;&#x;&#")])
    }

    func testContentStateSwitchingLikeATreeBuilder() {
        XCTAssertEqual(
            tokens("<title>a<b>&amp;</title><script>if (a<b) x = '</p>';</script><style>p{}</style>"),
            [
                .startTag(name: "title", attributes: [], selfClosing: false),
                .text("a<b>&"),
                .endTag(name: "title"),
                .startTag(name: "script", attributes: [], selfClosing: false),
                .text("if (a<b) x = '</p>';"),
                .endTag(name: "script"),
                .startTag(name: "style", attributes: [], selfClosing: false),
                .text("p{}"),
                .endTag(name: "style"),
            ])
        XCTAssertEqual(
            tokens("<xmp><b></xmp><noscript><i></noscript>"),
            [
                .startTag(name: "xmp", attributes: [], selfClosing: false), .text("<b>"), .endTag(name: "xmp"),
                .startTag(name: "noscript", attributes: [], selfClosing: false), .text("<i>"),
                .endTag(name: "noscript"),
            ])
        XCTAssertEqual(
            tokens("<plaintext></plaintext>&amp;"),
            [.startTag(name: "plaintext", attributes: [], selfClosing: false), .text("</plaintext>&amp;")])
    }

    func testSwitchingCanBeDisabledAndStateSetExplicitly() {
        let options = HTMLTokenizer.Options.conformance(initialState: .rcdata, lastStartTag: "textarea")
        XCTAssertEqual(
            Array(HTMLTokenizer("<b>&lt;</textarea><script>x</script>", options: options)),
            [
                .text("<b><"), .endTag(name: "textarea"),
                .startTag(name: "script", attributes: [], selfClosing: false), .text("x"), .endTag(name: "script"),
            ])
    }

    func testCommentsDoctypeAndCDATAInHTMLContent() {
        XCTAssertEqual(
            tokens("<!DOCTYPE html><!-- a -- b --><![CDATA[x]]><?php echo ?>"),
            [
                .doctype(name: "html", publicIdentifier: nil, systemIdentifier: nil, forceQuirks: false),
                .comment(" a -- b "), .comment("[CDATA[x]]"), .comment("?php echo ?"),
            ])
    }

    func testNewlinesAreNormalisedAndInvalidUTF8BecomesReplacementCharacters() {
        let bytes: [UInt8] = Array("a\r\nb\rc".utf8) + [0xFF, 0xE4, 0xB8] + Array("<br>".utf8)
        XCTAssertEqual(
            Array(HTMLTokenizer(bytes)),
            [.text("a\nb\nc\u{FFFD}\u{FFFD}"), .startTag(name: "br", attributes: [], selfClosing: false)])
    }

    func testCarriageReturnsAtEdgesAndInRuns() {
        XCTAssertEqual(tokens("\r\na\r\r\nb\n\rc\r"), [.text("\na\n\nb\n\nc\n")])
        XCTAssertEqual(tokens("\r"), [.text("\n")])
    }

    func testNullCharactersAreDroppedFromTextByDefaultAndKeptForConformance() {
        XCTAssertEqual(
            tokens("a\u{0}b<x\u{0}>"), [.text("ab"), .startTag(name: "x\u{FFFD}", attributes: [], selfClosing: false)])
        let options = HTMLTokenizer.Options.conformance(initialState: .data, lastStartTag: nil)
        XCTAssertEqual(Array(HTMLTokenizer("a\u{0}b", options: options)), [.text("a\u{0}b")])
    }

    func testParseErrorsAreRecordedNotThrown() {
        var tokenizer = HTMLTokenizer("<a b b>&notin</>")
        while tokenizer.next() != nil {}
        XCTAssertEqual(
            tokenizer.parseErrors.map(\.code),
            [.duplicateAttribute, .missingSemicolonAfterCharacterReference, .missingEndTagName])
    }
}
