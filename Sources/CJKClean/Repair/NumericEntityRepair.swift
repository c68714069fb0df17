/// Decodes numeric character references that were left escaped, once or twice:
/// `&#20013;`, `&#x4E2D;` and `&amp;#20013;` all become `中`.
///
/// Only references to characters outside ASCII are decoded (an escaped `&#60;` may be
/// deliberate), and never to controls, private-use characters, surrogates or U+FFFD.
struct NumericEntityRepair: Sendable {
    /// Edits that replace each reference with its character.
    func edits(for scalars: [Unicode.Scalar]) -> [ScalarEdit] {
        var edits: [ScalarEdit] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, end) = Self.reference(at: index, in: scalars) {
                edits.append(ScalarEdit(range: index..<end, replacement: [scalar], kind: .numericEntity, confidence: 0.99))
                index = end
            } else {
                index += 1
            }
        }
        return edits
    }

    private static let escapedAmpersand = Array("amp;".unicodeScalars)

    /// The character a reference at `start` stands for and the index after the reference.
    private static func reference(at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        var cursor = start + 1
        if cursor + escapedAmpersand.count <= scalars.count,
            Array(scalars[cursor..<cursor + escapedAmpersand.count]) == escapedAmpersand
        {
            cursor += escapedAmpersand.count
        }
        guard cursor < scalars.count, scalars[cursor] == "#" else { return nil }
        cursor += 1
        var radix: UInt32 = 10
        if cursor < scalars.count, scalars[cursor] == "x" || scalars[cursor] == "X" {
            radix = 16
            cursor += 1
        }
        var value: UInt32 = 0
        let digitsStart = cursor
        while cursor < scalars.count, cursor - digitsStart < 8,
            let digit = Character(scalars[cursor]).hexDigitValue, UInt32(digit) < radix
        {
            value = value * radix + UInt32(digit)
            cursor += 1
        }
        guard cursor > digitsStart, cursor < scalars.count, scalars[cursor] == ";",
            value >= 0x80, let scalar = Unicode.Scalar(value), scalar != "\u{FFFD}", !scalar.isPrivateUse,
            !scalar.isUnexpectedControl
        else { return nil }
        return (scalar, cursor + 1)
    }
}
