/// A page decoded to text, with the charset used and how it was chosen.
public struct DecodedDocument: Sendable, Equatable {
    /// The decoded text (without a byte order mark); undecodable bytes are U+FFFD.
    public var text: String {
        get { decoded.string }
        set { decoded = .string(newValue) }
    }
    /// The WHATWG name of the charset used, e.g. `"gbk"`, `"utf-8"`, `"big5"`.
    public var charset: String
    /// Where the charset came from.
    public var source: CharsetSource
    /// Whether some bytes could not be decoded and became U+FFFD.
    public var hadErrors: Bool
    /// The text, as the page's own bytes when they were valid UTF-8.
    var decoded: DecodedText

    /// Creates a decoded document.
    /// - Parameters:
    ///   - text: The decoded text.
    ///   - charset: The WHATWG charset name used.
    ///   - source: Where the charset came from.
    ///   - hadErrors: Whether some bytes became U+FFFD.
    public init(text: String, charset: String, source: CharsetSource, hadErrors: Bool) {
        self.init(decoded: .string(text), charset: charset, source: source, hadErrors: hadErrors)
    }

    init(decoded: DecodedText, charset: String, source: CharsetSource, hadErrors: Bool) {
        self.decoded = decoded
        self.charset = charset
        self.source = source
        self.hadErrors = hadErrors
    }

    /// Documents are equal when their text, charset, source and error flag are.
    public static func == (left: DecodedDocument, right: DecodedDocument) -> Bool {
        left.charset == right.charset && left.source == right.source && left.hadErrors == right.hadErrors
            && left.text == right.text
    }
}

/// How ``HTMLDecoder`` chose a page's charset.
public enum CharsetSource: Sendable, Hashable {
    /// A UTF-8 or UTF-16 byte order mark.
    case byteOrderMark
    /// The charset given by the caller, e.g. from an HTTP `Content-Type` header.
    case transportLayer
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` declaration.
    case metaTag
    /// Nothing was declared; the bytes are valid UTF-8 or the statistical detector chose.
    case detected
    /// A declaration did not fit the bytes (many undecodable sequences); another charset decoded them better.
    /// The associated value is the WHATWG name of the charset that was declared.
    case correctedDeclaration(declared: String)
    /// Nothing was declared or detected; the default (windows-1252) was used.
    case fallback
}
