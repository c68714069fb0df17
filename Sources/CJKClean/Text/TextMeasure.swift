/// Script-aware measures of a piece of text, where a CJK character counts like a word.
struct TextMeasure: Sendable, Equatable {
    /// Han, kana and Hangul characters.
    var cjkCharacters = 0
    /// Runs of Latin (or other alphabetic) letters.
    var words = 0
    /// Runs of digits.
    var numbers = 0
    /// Sentence or clause punctuation marks.
    var punctuation = 0
    /// Characters that are not white space.
    var visibleCharacters = 0

    /// The length in word units: one per CJK character, one per word, half per number.
    var weightedLength: Double { Double(cjkCharacters + words) + Double(numbers) * 0.5 }

    init() {}

    /// Measures a text.
    init(_ text: some StringProtocol) {
        self.init(scalars: text.unicodeScalars)
    }

    /// Measures a text given as scalars (ASCII case does not matter).
    init(scalars: some Sequence<Unicode.Scalar>) {
        var inWord = false
        var inNumber = false
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x4E00 && value <= 0x9FFF {
                // The common case in CJK text: a unified ideograph ends any word or number.
                cjkCharacters += 1
                visibleCharacters += 1
                inWord = false
                inNumber = false
                continue
            }
            // ASCII, the rest of most pages, is never CJK and skips the Unicode property check.
            let isASCII = value < 0x80
            let isCJK = !isASCII && scalar.isCJK
            let isWhitespace = scalar.isCJKWhitespace
            let isLetter: Bool
            if isASCII {
                isLetter = (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
            } else {
                isLetter = !isCJK && value >= 0xC0 && !Self.isSymbolBlock(value) && !isWhitespace
                    && scalar.properties.isAlphabetic
            }
            let isDigit = (value >= 0x30 && value <= 0x39) || (0xFF10...0xFF19).contains(value)
            if isCJK {
                cjkCharacters += 1
            } else if isLetter {
                if !inWord { words += 1 }
            } else if isDigit {
                if !inNumber && !inWord { numbers += 1 }
            } else if scalar.isSentencePunctuation {
                punctuation += 1
            }
            inWord = isLetter || (inWord && isDigit)
            inNumber = isDigit
            if !isWhitespace { visibleCharacters += 1 }
        }
    }

    /// Whether a scalar value lies in a block of punctuation and symbols (general punctuation to
    /// miscellaneous symbols, CJK symbols, vertical and small forms, full-width ASCII punctuation),
    /// where no letter is: a quick answer for the commonest non-letters in CJK text.
    private static func isSymbolBlock(_ value: UInt32) -> Bool {
        switch value {
        case 0x2000...0x206F, 0x2190...0x245F, 0x2500...0x2775, 0x2794...0x2BFF, 0x3000...0x3004, 0x3008...0x3020, 0x3030, 0xFE10...0xFE6F, 0xFF01...0xFF0F,
            0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
            return true
        default: return false
        }
    }

    /// Punctuation marks per word unit.
    var punctuationDensity: Double {
        weightedLength > 0 ? Double(punctuation) / weightedLength : 0
    }
}
