extension Unicode.Scalar {
    /// Whether the scalar is a Han ideograph (CJK Unified Ideographs, extensions, compatibility).
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007: return true
        default: return false
        }
    }

    /// Whether the scalar is hiragana or katakana (full- or half-width).
    var isKana: Bool {
        switch value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Whether the scalar is a Hangul syllable or jamo.
    var isHangul: Bool {
        switch value {
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return true
        default: return false
        }
    }

    /// Whether the scalar is written in a CJK script (Han, kana or Hangul).
    var isCJK: Bool { isHan || isKana || isHangul }

    /// Whether the scalar is sentence or clause punctuation, CJK or ASCII.
    var isSentencePunctuation: Bool {
        switch value {
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF0E,  // 、。，；：！？．
            0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F:  // , . ; : ! ?
            return true
        default: return false
        }
    }

    /// Whether the scalar ends a sentence (。！？ and their ASCII forms).
    var isSentenceTerminator: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x2E, 0x21, 0x3F, 0xFF0E: return true
        default: return false
        }
    }

    /// The case of a letter.
    enum LatinLetterCase {
        case upper, lower
    }

    /// The case of an ASCII or Latin-1 letter (`A`–`Z`, `a`–`z`, `À`–`ÿ` but `×` and `÷`; `ß`
    /// counts as lowercase), `nil` for any other scalar. (A switch over values: the
    /// plausibility model asks this of every pair of neighbours it scores.)
    var latinLetterCase: LatinLetterCase? {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return .upper
        case 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: return .lower
        default: return nil
        }
    }

    /// Whether the scalar is a private-use code point.
    var isPrivateUse: Bool {
        switch value {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
        default: return false
        }
    }

    /// Whether the scalar is a C0 or C1 control other than tab and newline.
    var isUnexpectedControl: Bool {
        Self.isUnexpectedControl(value: value)
    }

    /// Whether a scalar value is a C0 or C1 control other than tab and newline.
    static func isUnexpectedControl(value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Whether the scalar is white space, including no-break and ideographic spaces.
    var isCJKWhitespace: Bool {
        Self.isCJKWhitespace(value: value)
    }

    /// Whether a scalar value is white space, including no-break and ideographic spaces.
    static func isCJKWhitespace(value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default: return false
        }
    }
}
