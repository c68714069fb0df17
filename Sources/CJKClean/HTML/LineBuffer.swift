/// Accumulates the text of one line, collapsing HTML white space and counting link text.
struct LineBuffer {
    private var scalars = String.UnicodeScalarView()
    private var linkCharacters = 0
    private var pendingSpace = false
    private var hasNonLinkText = false

    /// Appends character data.
    /// - Parameters:
    ///   - text: The decoded text of a text token.
    ///   - isLink: Whether it sits inside `<a>`.
    ///   - preservesWhitespace: Whether it sits inside `<pre>`, where line breaks end lines.
    mutating func append(_ text: String, isLink: Bool, preservesWhitespace: Bool) {
        for scalar in text.unicodeScalars {
            if scalar.isCJKWhitespace && scalar != "\u{3000}" {
                if !scalars.isEmpty { pendingSpace = true }
                continue
            }
            if scalar.isUnexpectedControl { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
            // Separators between links ("|", "·", "-") count as link text.
            if isLink || BoilerplateLexicon.separators.contains(scalar) {
                linkCharacters += 1
            } else {
                hasNonLinkText = true
            }
        }
    }

    /// The finished line, or `nil` when it holds no visible text; the buffer is reset.
    mutating func finish() -> (text: String, linkCharacters: Int)? {
        defer {
            scalars = String.UnicodeScalarView()
            linkCharacters = 0
            pendingSpace = false
            hasNonLinkText = false
        }
        let text = WhitespaceNormalizer.normalizeLine(String(scalars))
        guard !text.isEmpty else { return nil }
        return (text, hasNonLinkText ? linkCharacters : text.unicodeScalars.count)
    }
}
