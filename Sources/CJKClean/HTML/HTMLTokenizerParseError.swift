/// A parse error noticed by ``HTMLTokenizer``; parse errors are recorded, never thrown.
public struct HTMLParseError: Sendable, Hashable {
    /// The WHATWG parse error codes the tokenizer reports.
    public enum Code: String, Sendable, Hashable {
        /// `&#…;` with a value above U+10FFFF.
        case characterReferenceOutsideUnicodeRange = "character-reference-outside-unicode-range"
        /// `&#…;` naming a control character.
        case controlCharacterReference = "control-character-reference"
        /// `<![CDATA[` outside foreign content.
        case cdataInHTMLContent = "cdata-in-html-content"
        /// A tag with two attributes of the same name (the second is dropped).
        case duplicateAttribute = "duplicate-attribute"
        /// End of input inside a CDATA section.
        case eofInCDATA = "eof-in-cdata"
        /// End of input inside a comment.
        case eofInComment = "eof-in-comment"
        /// End of input inside a DOCTYPE.
        case eofInDoctype = "eof-in-doctype"
        /// End of input inside `<!--` … in script data.
        case eofInScriptHTMLCommentLikeText = "eof-in-script-html-comment-like-text"
        /// End of input inside a tag (the tag is dropped).
        case eofInTag = "eof-in-tag"
        /// End of input right after `<` or `</`.
        case eofBeforeTagName = "eof-before-tag-name"
        /// `<!-->` or `<!--->`.
        case abruptClosingOfEmptyComment = "abrupt-closing-of-empty-comment"
        /// `>` inside a DOCTYPE identifier.
        case abruptDoctypeIdentifier = "abrupt-doctype-identifier"
        /// `<!` not followed by `--`, `DOCTYPE` or `[CDATA[`.
        case incorrectlyOpenedComment = "incorrectly-opened-comment"
        /// `--!>` closing a comment.
        case incorrectlyClosedComment = "incorrectly-closed-comment"
        /// A character that cannot start a tag name after `<` or `</`.
        case invalidFirstCharacterOfTagName = "invalid-first-character-of-tag-name"
        /// Unexpected text after a DOCTYPE name.
        case invalidCharacterSequenceAfterDoctypeName = "invalid-character-sequence-after-doctype-name"
        /// `=` followed by `>` in a tag.
        case missingAttributeValue = "missing-attribute-value"
        /// `<!DOCTYPE>` without a name.
        case missingDoctypeName = "missing-doctype-name"
        /// `PUBLIC`/`SYSTEM` without an identifier, or an identifier without quotes.
        case missingDoctypeIdentifier = "missing-doctype-identifier"
        /// `</>`.
        case missingEndTagName = "missing-end-tag-name"
        /// A named character reference without its `;`.
        case missingSemicolonAfterCharacterReference = "missing-semicolon-after-character-reference"
        /// Missing whitespace between attributes or DOCTYPE parts.
        case missingWhitespace = "missing-whitespace"
        /// `<!--` inside a comment.
        case nestedComment = "nested-comment"
        /// `&#;` or `&#x;`: a numeric reference without digits.
        case absenceOfDigitsInNumericCharacterReference = "absence-of-digits-in-numeric-character-reference"
        /// `&#0;`.
        case nullCharacterReference = "null-character-reference"
        /// `&#…;` naming a noncharacter.
        case noncharacterCharacterReference = "noncharacter-character-reference"
        /// `&#…;` naming a surrogate.
        case surrogateCharacterReference = "surrogate-character-reference"
        /// `"`, `'`, `<`, `=` or `` ` `` where it is not expected in a tag.
        case unexpectedCharacterInTag = "unexpected-character-in-tag"
        /// Text after a DOCTYPE system identifier.
        case unexpectedCharacterAfterDoctypeSystemIdentifier = "unexpected-character-after-doctype-system-identifier"
        /// `=` where an attribute name should start.
        case unexpectedEqualsSignBeforeAttributeName = "unexpected-equals-sign-before-attribute-name"
        /// U+0000 in the input.
        case unexpectedNullCharacter = "unexpected-null-character"
        /// `<?`.
        case unexpectedQuestionMarkInsteadOfTagName = "unexpected-question-mark-instead-of-tag-name"
        /// `/` inside a tag not followed by `>`.
        case unexpectedSolidusInTag = "unexpected-solidus-in-tag"
        /// `&name;` that is not in the named reference table.
        case unknownNamedCharacterReference = "unknown-named-character-reference"
    }

    /// What was wrong.
    public var code: Code
    /// The UTF-8 byte offset in the preprocessed input where the tokenizer noticed it.
    public var offset: Int

    /// Creates a parse error record.
    /// - Parameters:
    ///   - code: The error code.
    ///   - offset: The byte offset in the preprocessed input.
    public init(code: Code, offset: Int) {
        self.code = code
        self.offset = offset
    }
}
