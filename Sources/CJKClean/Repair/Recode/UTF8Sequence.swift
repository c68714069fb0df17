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
    static func decode(_ bytes: [UInt8]) -> Unicode.Scalar? {
        guard let lead = bytes.first, length(lead: lead) == bytes.count else { return nil }
        guard bytes.dropFirst().allSatisfy(isContinuation) else { return nil }
        switch bytes.count {
        case 1: return Unicode.Scalar(lead)
        case 2: return Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(bytes[1] & 0x3F))
        case 3:
            if lead == 0xE0 && bytes[1] < 0xA0 { return nil }
            if lead == 0xED && bytes[1] > 0x9F { return nil }
            return Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F))
        default:
            if lead == 0xF0 && bytes[1] < 0x90 { return nil }
            if lead == 0xF4 && bytes[1] > 0x8F { return nil }
            return Unicode.Scalar(
                UInt32(lead & 0x07) << 18 | UInt32(bytes[1] & 0x3F) << 12 | UInt32(bytes[2] & 0x3F) << 6
                    | UInt32(bytes[3] & 0x3F))
        }
    }
}
