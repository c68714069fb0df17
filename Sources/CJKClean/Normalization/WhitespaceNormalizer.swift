/// Cleans white space inside one line: trims both ends (including no-break and ideographic
/// spaces used as indentation), turns each inner run of spaces, tabs and no-break spaces into
/// one space, and drops zero-width and control characters. Runs made only of ideographic
/// spaces inside a line are kept, since Japanese and Chinese text use them deliberately.
public enum WhitespaceNormalizer {
    /// Normalises the white space of one line.
    /// - Parameter line: A line of text (without line breaks).
    /// - Returns: The cleaned line; text without white space problems comes back identical.
    public static func normalizeLine(_ line: some StringProtocol) -> String {
        normalizeLine(line.unicodeScalars)
    }

    private static func normalizeLine(_ line: some Sequence<Unicode.Scalar>) -> String {
        var output = String.UnicodeScalarView()
        var pending: [Unicode.Scalar] = []
        for scalar in line {
            if scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{200C}" || scalar == "\u{200D}" && output.isEmpty {
                continue
            }
            if scalar.isCJKWhitespace {
                pending.append(scalar)
                continue
            }
            if scalar.isUnexpectedControl { continue }
            if !pending.isEmpty {
                if !output.isEmpty {
                    if pending.allSatisfy({ $0 == "\u{3000}" }) {
                        output.append(contentsOf: pending)
                    } else {
                        output.append(" ")
                    }
                }
                pending.removeAll(keepingCapacity: true)
            }
            output.append(scalar)
        }
        return String(output)
    }

    /// Splits text into lines (LF, CRLF, CR, U+2028, U+2029), normalises each and drops empty ones.
    /// - Parameter text: Plain text.
    /// - Returns: The non-empty normalised lines.
    public static func lines(of text: String) -> [String] {
        text.unicodeScalars.split { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }
            .map(normalizeLine)
            .filter { !$0.isEmpty }
    }
}
