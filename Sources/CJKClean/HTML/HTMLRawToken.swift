/// The kind of token the tokenizer has ready, whose data is read from the tokenizer's buffers
/// without building strings (the line extractor's fast path; ``HTMLToken`` is built from the same data).
enum HTMLRawTokenKind: Sendable {
    case text
    case startTag
    case endTag
    case comment
    case doctype
}

/// Where one attribute's name and value sit in the tokenizer's attribute storage.
struct HTMLAttributeSpan: Sendable, Hashable {
    /// Offset of the name's first byte.
    var nameStart: Int
    /// Offset of the value's first byte (the end of the name).
    var valueStart: Int
    /// Offset just past the value.
    var valueEnd: Int
}
