/// A decoded character reference: where it ends and the one or two scalars it stands for.
struct HTMLCharacterReference {
    /// The offset just past the reference in the input.
    var end: Int
    /// The first scalar value.
    var first: UInt32
    /// The second scalar value, or 0.
    var second: UInt32
}

/// A trie over the named character reference table, built once.
struct HTMLNamedEntityTrie: Sendable {
    /// The shared trie.
    static let shared = HTMLNamedEntityTrie()

    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var label: [UInt8] = [0]
    /// Index into `HTMLNamedEntities.codePoints` (pairs), or -1 when no name ends here.
    private var value: [Int32] = [-1]
    /// Direct children of the root, by byte.
    private var rootChildren = [Int32](repeating: -1, count: 128)

    private init() {
        var index: Int32 = 0
        for name in HTMLNamedEntities.names.split(separator: " ") {
            var node: Int32 = 0
            for byte in name.utf8 {
                node = child(of: node, byte: byte, creating: true)
            }
            value[Int(node)] = index * 2
            index += 1
        }
    }

    private mutating func child(of node: Int32, byte: UInt8, creating: Bool) -> Int32 {
        if let existing = child(of: node, byte: byte) { return existing }
        let new = Int32(label.count)
        label.append(byte)
        firstChild.append(-1)
        value.append(-1)
        nextSibling.append(firstChild[Int(node)])
        firstChild[Int(node)] = new
        if node == 0, byte < 128 { rootChildren[Int(byte)] = new }
        return new
    }

    /// The child of `node` reached by `byte`, if any.
    func child(of node: Int32, byte: UInt8) -> Int32? {
        if node == 0 {
            guard byte < 128 else { return nil }
            let found = rootChildren[Int(byte)]
            return found < 0 ? nil : found
        }
        var candidate = firstChild[Int(node)]
        while candidate >= 0 {
            if label[Int(candidate)] == byte { return candidate }
            candidate = nextSibling[Int(candidate)]
        }
        return nil
    }

    /// The value index stored at `node`, if a name ends there.
    func valueIndex(at node: Int32) -> Int? {
        let found = value[Int(node)]
        return found < 0 ? nil : Int(found)
    }
}

extension HTMLTokenizer {
    /// Decodes the character reference whose `&` was just consumed.
    ///
    /// Implements the character reference, named, numeric and numeric end states. When the
    /// reference is not decoded (no match, or a legacy name inside an attribute value followed by
    /// `=` or an alphanumeric), returns `nil` and the caller emits the `&` literally; the following
    /// characters are then tokenized as ordinary text, which is what the ambiguous ampersand state does.
    /// - Parameter inAttribute: Whether the reference is in an attribute value.
    /// - Returns: The decoded reference, or `nil`.
    mutating func characterReference(inAttribute: Bool) -> HTMLCharacterReference? {
        let start = position
        guard start < input.count else { return nil }
        let byte = input[start]
        if byte == UInt8(ascii: "#") {
            return numericCharacterReference()
        }
        guard byte.isASCIIAlphanumeric else { return nil }
        return namedCharacterReference(inAttribute: inAttribute)
    }

    private mutating func namedCharacterReference(inAttribute: Bool) -> HTMLCharacterReference? {
        let trie = HTMLNamedEntityTrie.shared
        var node: Int32 = 0
        var index = position
        var match: (end: Int, value: Int)? = nil
        while index < input.count, let next = trie.child(of: node, byte: input[index]) {
            node = next
            index += 1
            if let value = trie.valueIndex(at: node) { match = (index, value) }
        }
        guard let (end, valueIndex) = match else {
            var scan = position
            while scan < input.count, input[scan].isASCIIAlphanumeric { scan += 1 }
            if scan < input.count, input[scan] == UInt8(ascii: ";") { parseError(.unknownNamedCharacterReference) }
            return nil
        }
        let endsWithSemicolon = input[end - 1] == UInt8(ascii: ";")
        if !endsWithSemicolon {
            if inAttribute, end < input.count, input[end] == UInt8(ascii: "=") || input[end].isASCIIAlphanumeric {
                return nil
            }
            parseError(.missingSemicolonAfterCharacterReference)
        }
        return HTMLCharacterReference(
            end: end,
            first: HTMLNamedEntities.codePoints[valueIndex],
            second: HTMLNamedEntities.codePoints[valueIndex + 1]
        )
    }

    private mutating func numericCharacterReference() -> HTMLCharacterReference? {
        var index = position + 1
        var isHex = false
        if index < input.count, input[index] | 0x20 == UInt8(ascii: "x") {
            isHex = true
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < input.count, let digit = input[index].digitValue(hex: isHex) {
            value = Swift.min(value * (isHex ? 16 : 10) + digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else {
            parseError(.absenceOfDigitsInNumericCharacterReference)
            return nil
        }
        if index < input.count, input[index] == UInt8(ascii: ";") {
            index += 1
        } else {
            parseError(.missingSemicolonAfterCharacterReference)
        }
        return HTMLCharacterReference(end: index, first: checkedNumericValue(value), second: 0)
    }

    /// The numeric character reference end state: maps forbidden values to U+FFFD and C1 controls through the Windows-1252 table.
    private mutating func checkedNumericValue(_ value: UInt32) -> UInt32 {
        switch value {
        case 0:
            parseError(.nullCharacterReference)
            return 0xFFFD
        case 0x110000...:
            parseError(.characterReferenceOutsideUnicodeRange)
            return 0xFFFD
        case 0xD800...0xDFFF:
            parseError(.surrogateCharacterReference)
            return 0xFFFD
        default:
            break
        }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE {
            parseError(.noncharacterCharacterReference)
        }
        if value == 0x0D || (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C)
            || (0x7F...0x9F).contains(value)
        {
            parseError(.controlCharacterReference)
        }
        if (0x80...0x9F).contains(value) {
            let replacement = Self.windows1252C1[Int(value - 0x80)]
            if replacement != 0 { return replacement }
        }
        return value
    }

    /// The spec's replacement table for numeric references to 0x80–0x9F (0 means "keep the value").
    private static let windows1252C1: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}

extension UInt8 {
    /// Whether the byte is an ASCII letter or digit.
    var isASCIIAlphanumeric: Bool {
        (self | 0x20 >= 0x61 && self | 0x20 <= 0x7A) || (self >= 0x30 && self <= 0x39)
    }

    /// Whether the byte is an ASCII letter.
    var isASCIIAlpha: Bool {
        self | 0x20 >= 0x61 && self | 0x20 <= 0x7A
    }

    /// The byte lower-cased if it is an ASCII capital letter.
    var asciiLowercased: UInt8 {
        self >= 0x41 && self <= 0x5A ? self | 0x20 : self
    }

    /// The value of the byte as a decimal or hexadecimal digit.
    func digitValue(hex: Bool) -> UInt32? {
        switch self {
        case 0x30...0x39: return UInt32(self - 0x30)
        case 0x41...0x46 where hex: return UInt32(self - 0x41 + 10)
        case 0x61...0x66 where hex: return UInt32(self - 0x61 + 10)
        default: return nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of a scalar value (values that are not scalars become U+FFFD).
    mutating func appendScalar(_ value: UInt32) {
        let scalar = Unicode.Scalar(value).map(\.value) ?? 0xFFFD
        switch scalar {
        case ..<0x80:
            append(UInt8(scalar))
        case ..<0x800:
            append(UInt8(0xC0 | scalar >> 6))
            append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            append(UInt8(0xE0 | scalar >> 12))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        default:
            append(UInt8(0xF0 | scalar >> 18))
            append(UInt8(0x80 | scalar >> 12 & 0x3F))
            append(UInt8(0x80 | scalar >> 6 & 0x3F))
            append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

extension Array where Element == UInt8 {
    /// Empties a token buffer, keeping its storage for the next token.
    @inline(__always) mutating func clear() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
