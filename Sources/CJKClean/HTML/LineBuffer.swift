/// Accumulates the text of one line as UTF-8, collapsing HTML white space and counting link text.
struct LineBuffer {
    private var bytes: [UInt8] = []
    private var linkCharacters = 0
    private var pendingSpace = false
    private var hasNonLinkText = false

    /// Appends character data.
    /// - Parameters:
    ///   - text: The decoded text of a text token.
    ///   - isLink: Whether it sits inside `<a>`.
    ///   - preservesWhitespace: Whether it sits inside `<pre>`.
    mutating func append(_ text: String, isLink: Bool, preservesWhitespace: Bool) {
        for scalar in text.unicodeScalars {
            // Ideographic spaces are kept inside a line but not at its start.
            if scalar.isCJKWhitespace && (scalar != "\u{3000}" || bytes.isEmpty) {
                if !bytes.isEmpty { pendingSpace = true }
                continue
            }
            if scalar.isUnexpectedControl { continue }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
            // Separators between links ("|", "·", "-") count as link text.
            if isLink || BoilerplateLexicon.isSeparator(scalar) {
                linkCharacters += 1
            } else {
                hasNonLinkText = true
            }
        }
    }

    /// The finished line, or `nil` when it holds no visible text; the buffer is reset.
    mutating func finish() -> (text: String, linkCharacters: Int)? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            linkCharacters = 0
            pendingSpace = false
            hasNonLinkText = false
        }
        // Trailing ideographic spaces (E3 80 80) go.
        while bytes.count >= 3, bytes[bytes.count - 3] == 0xE3, bytes[bytes.count - 2] == 0x80,
            bytes[bytes.count - 1] == 0x80
        {
            bytes.removeLast(3)
        }
        guard !bytes.isEmpty else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return (text, hasNonLinkText ? linkCharacters : text.unicodeScalars.count)
    }
}
