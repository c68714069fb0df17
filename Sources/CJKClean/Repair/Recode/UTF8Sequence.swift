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
        guard let lead = iterator.next(), let count = length(lead: lead), count == bytes.count else { return nil }
        // The continuation bytes, at most three.
        var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for index in 1..<max(1, count) {
            guard let byte = iterator.next(), isContinuation(byte) else { return nil }
            switch index {
            case 1: tail.0 = byte
            case 2: tail.1 = byte
            default: tail.2 = byte
            }
        }
        switch count {
        case 1: return Unicode.Scalar(lead)
        case 2: return Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(tail.0 & 0x3F))
        case 3:
            if lead == 0xE0 && tail.0 < 0xA0 { return nil }
            if lead == 0xED && tail.0 > 0x9F { return nil }
            return Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(tail.0 & 0x3F) << 6 | UInt32(tail.1 & 0x3F))
        default:
            if lead == 0xF0 && tail.0 < 0x90 { return nil }
            if lead == 0xF4 && tail.0 > 0x8F { return nil }
            return Unicode.Scalar(
                UInt32(lead & 0x07) << 18 | UInt32(tail.0 & 0x3F) << 12 | UInt32(tail.1 & 0x3F) << 6
                    | UInt32(tail.2 & 0x3F))
        }
    }
}
