/// Scores how much a text looks like natural CJK writing; lower costs are more plausible.
///
/// Each character costs about −log2 of its frequency (Han characters from a frequency table,
/// other classes from fixed costs); Han runs covered by known words earn a bonus. Repairs compare
/// the cost of a candidate with the cost of the original, context included.
struct PlausibilityModel: Sendable {
    private let data: LanguageData
    /// How often each punctuation mark occurs in the document being repaired, full-width and
    /// ASCII forms counted together: a document's own habits decide between marks.
    private let punctuationCounts: [Unicode.Scalar: Int]

    /// Cost of a Han character missing from the table.
    static let unknownHanCost = 26.0
    /// Bonus per character covered by a known word.
    static let wordBonusPerCharacter = 5.0

    /// Creates a model.
    /// - Parameters:
    ///   - data: The frequency tables.
    ///   - document: The text being repaired, whose punctuation habits are learnt.
    init(data: LanguageData = .shared, document: [Unicode.Scalar] = []) {
        self.data = data
        var counts: [Unicode.Scalar: Int] = [:]
        // ASCII '?' is left out: in damaged text it usually stands for a lost character.
        for scalar in document where scalar.isSentencePunctuation && scalar != "?" {
            counts[Self.asciiForm(of: scalar), default: 0] += 1
        }
        self.punctuationCounts = counts
    }

    /// The ASCII form of a full-width punctuation mark (the mark itself otherwise).
    static func asciiForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
    }

    /// The cost of one character.
    func cost(of scalar: Unicode.Scalar) -> Double {
        if scalar.isHan { return data.hanCosts[scalar].map(Double.init) ?? Self.unknownHanCost }
        switch scalar.value {
        case 0x20, 0x0A: return 2
        case 0x30...0x39: return 4
        case 0x41...0x5A, 0x61...0x7A: return 5
        case 0x3F: return 9  // '?' is often a lost character
        case 0x21...0x7E: return 6
        case 0xFF01...0xFF5E where scalar.isSentencePunctuation:
            let seen = Double(punctuationCounts[Self.asciiForm(of: scalar)] ?? 0)
            return 7 - min(4, (1 + seen).squareRoot() - 1)
        case 0x3001, 0x3002, 0x2018...0x201D, 0x2026, 0x00B7: return 6
        case 0x3000...0x303F, 0xFF08, 0xFF09: return 7  // brackets, quotes, other CJK symbols
        case 0xFF01...0xFF5E: return 10  // other full-width symbols are rare in prose
        case 0xFFFD: return 40
        default: break
        }
        if scalar.isKana || scalar.isHangul { return 12 }
        if scalar.isUnexpectedControl || scalar.isPrivateUse { return 40 }
        if (0xA0...0xFF).contains(scalar.value) { return 16 }
        return 18
    }

    private static let clauseMarks: Set<Unicode.Scalar> = ["，", "、", ","]
    private static let openingBrackets: Set<Unicode.Scalar> = Set("（「『“‘《〈【〔［｛".unicodeScalars)

    /// The cost of a text: character costs minus the bonus for known words.
    func cost(of text: some StringProtocol) -> Double {
        let scalars = Array(text.unicodeScalars)
        var total = scalars.reduce(0.0) { $0 + cost(of: $1) }
        // An opening bracket that nothing follows is a broken text; a comma does not end a line.
        if let last = scalars.last, Self.openingBrackets.contains(last) { total += 8 }
        for (scalar, next) in zip(scalars, scalars.dropFirst()) where next == "\n" && Self.clauseMarks.contains(scalar) {
            total += 4
        }
        total -= Double(wordCoverage(scalars)) * Self.wordBonusPerCharacter
        return total
    }

    /// How many Han characters are covered by known words (forward longest match).
    func wordCoverage(_ scalars: [Unicode.Scalar]) -> Int {
        var covered = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index].isHan else {
                index += 1
                continue
            }
            var matched = 0
            var length = min(4, scalars.count - index)
            while length >= 2 {
                let slice = scalars[index..<index + length]
                if slice.allSatisfy(\.isHan) && isWord(slice) {
                    matched = length
                    break
                }
                length -= 1
            }
            if matched > 0 {
                covered += matched
                index += matched
            } else {
                index += 1
            }
        }
        return covered
    }

    /// Whether the characters form a known word.
    func isWord(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars)
        return data.words.contains(String(word))
    }
}
