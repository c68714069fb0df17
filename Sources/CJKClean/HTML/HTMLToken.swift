/// One attribute of a start tag, as written in the source (name lower-cased, value decoded).
public struct HTMLAttribute: Sendable, Hashable {
    /// The attribute name, ASCII lower-cased.
    public var name: String
    /// The attribute value with character references decoded; empty for a bare attribute.
    public var value: String

    /// Creates an attribute.
    /// - Parameters:
    ///   - name: The attribute name (lower-case).
    ///   - value: The decoded value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A token produced by ``HTMLTokenizer``, following the WHATWG tokenization stage.
public enum HTMLToken: Sendable, Hashable {
    /// A DOCTYPE; missing name or identifiers are `nil` (distinct from empty strings).
    case doctype(name: String?, publicIdentifier: String?, systemIdentifier: String?, forceQuirks: Bool)
    /// A start tag; the name is ASCII lower-cased and duplicate attributes are dropped (the first wins).
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    /// An end tag; the name is ASCII lower-cased. Attributes on end tags are discarded.
    case endTag(name: String)
    /// A comment's text (also produced for bogus comments such as `<?xml …>` and `<![CDATA[…]]>` in HTML content).
    case comment(String)
    /// Character data; adjacent characters are coalesced into one token and character references are decoded.
    case text(String)
}
