extension HTMLTokenizer {
    /// The WHATWG tokenizer states (character reference states are folded into ``characterReference(inAttribute:)``).
    enum State: Sendable {
        case data, rcdata, rawtext, scriptData, plaintext
        case tagOpen, endTagOpen, tagName
        case rcdataLessThanSign, rcdataEndTagOpen, rcdataEndTagName
        case rawtextLessThanSign, rawtextEndTagOpen, rawtextEndTagName
        case scriptDataLessThanSign, scriptDataEndTagOpen, scriptDataEndTagName
        case scriptDataEscapeStart, scriptDataEscapeStartDash
        case scriptDataEscaped, scriptDataEscapedDash, scriptDataEscapedDashDash
        case scriptDataEscapedLessThanSign, scriptDataEscapedEndTagOpen, scriptDataEscapedEndTagName
        case scriptDataDoubleEscapeStart, scriptDataDoubleEscaped, scriptDataDoubleEscapedDash
        case scriptDataDoubleEscapedDashDash, scriptDataDoubleEscapedLessThanSign, scriptDataDoubleEscapeEnd
        case beforeAttributeName, attributeName, afterAttributeName, beforeAttributeValue
        case attributeValueDoubleQuoted, attributeValueSingleQuoted, attributeValueUnquoted
        case afterAttributeValueQuoted, selfClosingStartTag
        case bogusComment, markupDeclarationOpen
        case commentStart, commentStartDash, comment, commentLessThanSign, commentLessThanSignBang
        case commentLessThanSignBangDash, commentLessThanSignBangDashDash, commentEndDash, commentEnd, commentEndBang
        case doctype, beforeDoctypeName, doctypeName, afterDoctypeName
        case afterDoctypePublicKeyword, beforeDoctypePublicIdentifier
        case doctypePublicIdentifierDoubleQuoted, doctypePublicIdentifierSingleQuoted, afterDoctypePublicIdentifier
        case betweenDoctypePublicAndSystemIdentifiers, afterDoctypeSystemKeyword, beforeDoctypeSystemIdentifier
        case doctypeSystemIdentifierDoubleQuoted, doctypeSystemIdentifierSingleQuoted, afterDoctypeSystemIdentifier
        case bogusDoctype
        case cdataSection, cdataSectionBracket, cdataSectionEnd
    }
}

/// Input characters as the state machine sees them: a byte value, or ``endOfFile``.
enum Char {
    static let endOfFile = -1
    static let null = 0x00
    static let tab = 0x09
    static let lineFeed = 0x0A
    static let formFeed = 0x0C
    static let space = 0x20
    static let exclamationMark = 0x21
    static let quotationMark = 0x22
    static let ampersand = 0x26
    static let apostrophe = 0x27
    static let hyphen = 0x2D
    static let solidus = 0x2F
    static let semicolon = 0x3B
    static let lessThan = 0x3C
    static let equals = 0x3D
    static let greaterThan = 0x3E
    static let questionMark = 0x3F
    static let rightBracket = 0x5D
    static let graveAccent = 0x60

    /// Whether `c` is tab, line feed, form feed or space.
    @inline(__always) static func isWhitespace(_ c: Int) -> Bool {
        c == tab || c == lineFeed || c == formFeed || c == space
    }

    /// Whether `c` is an ASCII letter.
    @inline(__always) static func isAlpha(_ c: Int) -> Bool {
        let folded = c | 0x20
        return c >= 0 && folded >= 0x61 && folded <= 0x7A
    }

    /// `c` lower-cased if it is an ASCII capital letter.
    @inline(__always) static func lowercased(_ c: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
    }
}

/// The UTF-8 encoding of U+FFFD.
let replacementCharacterUTF8: [UInt8] = [0xEF, 0xBF, 0xBD]
