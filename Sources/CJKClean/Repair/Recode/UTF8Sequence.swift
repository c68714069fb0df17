/// The structure of UTF-8 byte sequences: lengths, continuation bytes, strict decoding.
enum UTF8Sequence {
    /// How many bytes a sequence starting with `lead` has, or `nil` when `lead` cannot start one.
    static func length(lead: UInt8) -> Int? {
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return nil
        }
    }

    /// Whether a byte is a continuation byte.
    static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// Decodes one complete sequence, rejecting overlong forms and surrogates.
    /// - Parameter bytes: The bytes of exactly one sequence.
    /// - Returns: The scalar, or `nil` when the bytes are not one valid sequence.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        guard let lead = iterator.next(), bytes.count <= 4 else { return nil }
        let first = iterator.next() ?? 0
        let second = iterator.next() ?? 0
        let third = iterator.next() ?? 0
        return decode(lead, first, second, third, count: bytes.count)
    }

    /// Decodes one complete sequence given byte by byte, rejecting overlong forms and
    /// surrogates: the decoder of the innermost loops, which enumerate the possible values of
    /// lost bytes and so decode thousands of sequences per repair.
    /// - Parameters:
    ///   - lead: The first byte.
    ///   - first: The second byte (ignored when `count` is 1).
    ///   - second: The third byte (ignored when `count` is below 3).
    ///   - third: The fourth byte (ignored when `count` is below 4).
    ///   - count: How many bytes the sequence has.
    /// - Returns: The scalar, or `nil` when the bytes are not one valid sequence.
    @inline(__always)
    static func decode(_ lead: UInt8, _ first: UInt8, _ second: UInt8, _ third: UInt8, count: Int) -> Unicode.Scalar? {
        guard length(lead: lead) == count else { return nil }
        switch count {
        case 1: return Unicode.Scalar(lead)
        case 2:
            guard isContinuation(first) else { return nil }
            return Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(first & 0x3F))
        case 3:
            guard isContinuation(first), isContinuation(second) else { return nil }
            if lead == 0xE0 && first < 0xA0 { return nil }
            if lead == 0xED && first > 0x9F { return nil }
            return Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(first & 0x3F) << 6 | UInt32(second & 0x3F))
        default:
            guard isContinuation(first), isContinuation(second), isContinuation(third) else { return nil }
            if lead == 0xF0 && first < 0x90 { return nil }
            if lead == 0xF4 && first > 0x8F { return nil }
            return Unicode.Scalar(
                UInt32(lead & 0x07) << 18 | UInt32(first & 0x3F) << 12 | UInt32(second & 0x3F) << 6
                    | UInt32(third & 0x3F))
        }
    }
}
