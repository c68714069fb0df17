/// Decoded page text, kept as the page's own bytes when those were already valid UTF-8, so that
/// the HTML front end reads them without a `String` being built and validated again.
enum DecodedText: Sendable {
    /// Text produced by a decoder.
    case string(String)
    /// Bytes checked to be well-formed UTF-8.
    case validUTF8([UInt8])

    /// The text as a string.
    var string: String {
        switch self {
        case .string(let text): text
        case .validUTF8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }
}
