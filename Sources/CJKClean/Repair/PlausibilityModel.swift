import Foundation

/// Scores how much a text looks like natural CJK writing; lower costs are more plausible.
///
/// Each character costs about −log2 of its frequency: Han characters from a frequency table
/// (falling back on level-1 membership of GB 2312, Big5 and JIS X 0208), kana and Hangul from
/// a ranking of common syllables and their structure, other classes from fixed costs. Han runs
/// covered by known words earn a bonus. Repairs compare
/// the cost of a candidate with the cost of the original, context included.
struct PlausibilityModel: Sendable {
    private let data: LanguageData
    /// How often each punctuation mark occurs in the document being repaired, full-width and
    /// ASCII forms counted together: a document's own habits decide between marks. Indexed by
    /// the ASCII form's value.
    private let punctuationCounts: [Int]
    /// The shared ``basicPlaneCosts``, held by each model so that lookups skip the lazy start.
    private let basicPlaneCosts: [Double]

    /// Cost of a Han character missing from the table.
    static let unknownHanCost = 26.0
    /// Bonus per character covered by a known word.
    static let wordBonusPerCharacter = 5.0

    /// Creates a model over the shared frequency tables.
    /// - Parameter document: The text being repaired, whose punctuation habits are learnt.
    init(document: [Unicode.Scalar] = []) {
        self.data = .shared
        self.basicPlaneCosts = Self.basicPlaneCosts
        var counts = [Int](repeating: 0, count: 0x80)
        // ASCII '?' is left out: in damaged text it usually stands for a lost character; the
        // ideographic comma and full stop have no ASCII form and are not looked up.
        for scalar in document where scalar.isSentencePunctuation && scalar != "?" {
            let ascii = Self.asciiForm(of: scalar).value
            if ascii < 0x80 { counts[Int(ascii)] += 1 }
        }
        self.punctuationCounts = counts
    }

    /// The ASCII form of a full-width punctuation mark (the mark itself otherwise).
    static func asciiForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
    }

    /// Cost of a Han character missing from the table but in level 1 of GB 2312, Big5 or
    /// JIS X 0208 (common in some CJK language, e.g. Japanese-only kanji).
    static let levelOneHanCost = 15.0
    /// Cost of a Han character missing from the table but in some legacy charset.
    static let legacyHanCost = 21.0

    /// The cost of one character.
    func cost(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        // Full-width punctuation depends on the document; every other BMP cost is fixed.
        if value < 0x10000 && !(0xFF01...0xFF5E).contains(value) { return basicPlaneCosts[Int(value)] }
        return computedCost(of: scalar)
    }

    /// The cost that every model gives a character of the Basic Multilingual Plane other than
    /// full-width punctuation (U+FF01–U+FF5E), whose cost depends on the document.
    /// - Parameter scalar: A scalar below U+10000, outside U+FF01–U+FF5E.
    static func documentIndependentCost(of scalar: Unicode.Scalar) -> Double {
        basicPlaneCosts[Int(scalar.value)]
    }

    /// The document-independent cost of every scalar of the Basic Multilingual Plane, computed
    /// once: repairs score the same characters many times over.
    private static let basicPlaneCosts: [Double] = {
        let model = PlausibilityModel(data: .shared)
        return (0..<0x10000).map { value in Unicode.Scalar(UInt32(value)).map(model.computedCost) ?? 0 }
    }()

    /// A model without the table of costs, to fill the table.
    private init(data: LanguageData) {
        self.data = data
        self.punctuationCounts = []
        self.basicPlaneCosts = []
    }

    /// The cost of one character, worked out from the tables.
    private func computedCost(of scalar: Unicode.Scalar) -> Double {
        if scalar.isHan {
            if let cost = data.hanCost(scalar) { return Double(cost) }
            let levels = CharacterLevels.shared
            if levels.isLevelOneHan(scalar.value) { return Self.levelOneHanCost }
            return levels.isLegacyHan(scalar.value) ? Self.legacyHanCost : Self.unknownHanCost
        }
        switch scalar.value {
        case 0x20, 0x0A: return 2
        case 0x30...0x39: return 4
        case 0x41...0x5A, 0x61...0x7A: return 5
        case 0x3F: return 9  // '?' is often a lost character
        case 0x21...0x7E: return 6
        case 0xFF01...0xFF5E where scalar.isSentencePunctuation:
            let ascii = Int(Self.asciiForm(of: scalar).value)
            let seen = Double(ascii < punctuationCounts.count ? punctuationCounts[ascii] : 0)
            return Self.fullWidthPunctuationCost - min(Self.seenPunctuationDiscount, (1 + seen).squareRoot() - 1)
        case 0x3001, 0x3002, 0x2018...0x201D, 0x2026, 0x00B7: return 6
        case 0x3000, 0x3003, 0x3005, 0x3008...0x3011, 0x3014, 0x3015, 0x301C...0x301F, 0xFF08, 0xFF09:
            return 7  // ideographic space, ditto and iteration marks, brackets, quotes, wave dash
        case 0x3001...0x303F: return 16  // other CJK symbols are rare in prose
        case 0xFF01...0xFF5E: return 10  // other full-width symbols are rare in prose
        case 0xFFFD: return 40
        default: break
        }
        if let ranked = data.syllableRanks[scalar] {
            // From 6 for the most frequent syllable to 10 for the last ranked one.
            return 6 + 4 * log2(Double(1 + ranked.rank)) / log2(Double(1 + ranked.of))
        }
        if scalar.isKana { return Self.kanaCost(scalar.value) }
        if scalar.isHangul { return Self.hangulCost(scalar.value) }
        if (0x3100...0x312F).contains(scalar.value) { return 11 }  // bopomofo, a script of its own
        if scalar.isUnexpectedControl || scalar.isPrivateUse { return 40 }
        switch scalar.value {
        case 0xA0: return 4  // a no-break space, as common on web pages as `&nbsp;`
        case 0xA9, 0xAE, 0xB0, 0xB1, 0xA7, 0xA5, 0xA3, 0xAB, 0xBB: return 12  // © ® ° ± § ¥ £ « »
        case 0xA1...0xFF: return 16
        default: break
        }
        return 18
    }

    /// What a full-width sentence punctuation mark costs in a document that never uses it.
    private static let fullWidthPunctuationCost = 7.0
    /// The most that a document's own use of a punctuation mark takes off its full-width form.
    private static let seenPunctuationDiscount = 4.0

    /// The least that a character costs in any document: its cost, or for full-width sentence
    /// punctuation, whose cost falls as the document uses it, what it costs in a document that
    /// uses it most.
    static func lowestCost(of scalar: Unicode.Scalar) -> Double {
        if (0xFF01...0xFF5E).contains(scalar.value) && scalar.isSentencePunctuation {
            return fullWidthPunctuationCost - seenPunctuationDiscount
        }
        return withoutDocument.cost(of: scalar)
    }

    /// A model that has learnt no document's punctuation.
    private static let withoutDocument = PlausibilityModel()

    /// Kana by class: hiragana and katakana are ordinary in Japanese prose; half-width,
    /// archaic and small forms that prose rarely uses cost more.
    private static func kanaCost(_ value: UInt32) -> Double {
        switch value {
        case 0x3090, 0x3091, 0x308E, 0x3094, 0x3095, 0x3096, 0x30F0, 0x30F1, 0x30EE, 0x30F5, 0x30F6, 0x30F7...0x30FA:
            return 15  // ゐゑゎゔ and their katakana, ヵヶ, ヷ–ヺ
        case 0x3099...0x309F, 0x30FD...0x30FF, 0x30A0: return 15  // combining marks, iteration marks
        case 0x3041...0x3096: return 10
        case 0x30FC, 0x30FB: return 9  // ー ・
        case 0x30A1...0x30FA: return 11
        case 0xFF66...0xFF9F: return 16  // half-width katakana
        default: return 15
        }
    }

    /// Hangul syllables by their parts: syllables of KS X 1001 are the common ones; among them,
    /// plain vowels and no or simple final consonants are more frequent than compound ones.
    private static func hangulCost(_ value: UInt32) -> Double {
        guard (0xAC00...0xD7A3).contains(value) else { return 17 }  // jamo
        guard CharacterLevels.shared.isCommonHangul(value) else { return 19 }
        let index = Int(value - 0xAC00)
        let vowel = (index / 28) % 21
        let final = index % 28
        var cost = 11.0
        // ㅏ ㅐ ㅓ ㅔ ㅗ ㅜ ㅡ ㅣ are the plain vowels.
        if ![0, 1, 4, 5, 8, 13, 18, 20].contains(vowel) { cost += 2 }
        switch final {
        case 0: break
        case 4, 8, 16, 21, 1, 17, 19, 20: cost += 1  // ㄴ ㄹ ㅁ ㅇ ㄱ ㅂ ㅅ ㅆ
        default: cost += 3
        }
        return cost
    }

    /// Whether a scalar is a comma (`，`, `、` or `,`), which ends a clause and never a line.
    private static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "、" || scalar == ","
    }
    /// The extra cost of a comma at the end of a line.
    private static let commaAtLineEndCost = 6.0
    /// Whether a scalar is a particle that ends questions (a question mark follows it).
    private static func isQuestionParticle(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "吗", "嗎", "呢", "么", "麼", "か", "까": return true
        default: return false
        }
    }

    /// Whether a scalar is one of `（「『“‘《〈【〔［｛` (a switch: this runs for every score).
    @inline(__always)
    static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF08, 0x300C, 0x300E, 0x201C, 0x2018, 0x300A, 0x3008, 0x3010, 0x3014, 0xFF3B, 0xFF5B: return true
        default: return false
        }
    }

    /// The cost of a text: character costs minus the bonus for known words.
    func cost(of text: some StringProtocol) -> Double {
        cost(of: Array(text.unicodeScalars))
    }

    /// The cost of a sequence of characters: character costs minus the bonus for known words.
    func cost(of scalars: [Unicode.Scalar]) -> Double {
        prefix(scalars).cost
    }

    /// What a text ending in an opening bracket (a broken text) costs more.
    static let openingBracketAtEndCost = 8.0

    /// Puts the parts of a text's cost together, always in the same order so that every way of
    /// scoring a text gives the same number: the character costs, a penalty when the text ends
    /// in an opening bracket (a broken text), the costs of pairs of neighbours, and the bonus
    /// for characters covered by known words.
    static func total(_ characterSum: Double, last: Unicode.Scalar?, pairCosts: [Double], wordCoverage: Int) -> Double {
        var total = characterSum
        if let last, isOpeningBracket(last) { total += openingBracketAtEndCost }
        for adjustment in pairCosts { total += adjustment }
        total -= Double(wordCoverage) * wordBonusPerCharacter
        return total
    }

    /// What a character adds to the cost of a text after the character before it: a comma
    /// does not end a line (a semicolon may, in lists); a question mark follows a question
    /// particle; an accented letter continues a Latin word (`café`, `GRÖSSE`). Zero for most
    /// pairs.
    /// (Comparisons first: this runs for every pair of neighbours scored, most of them Han.)
    @inline(__always)
    static func pairCost(_ previous: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value > 0xFF { return value == 0xFF1F && isQuestionParticle(previous) ? questionAfterParticleCost : 0 }
        switch value {
        case 0x0A: return isComma(previous) ? commaAtLineEndCost : 0
        case 0x3F: return isQuestionParticle(previous) ? questionAfterParticleCost : 0
        default: return isAccentedLetterInLatinWord(previous, scalar) ? accentInLatinWordCost : 0
        }
    }

    /// Whether ``pairCost(_:_:)`` may price a pair that begins with `previous`: it gives zero
    /// for every pair after any other character.
    @inline(__always)
    static func pricesPairs(after previous: Unicode.Scalar) -> Bool {
        previous.value <= 0xFF || isComma(previous) || isQuestionParticle(previous)
    }

    /// What a question mark after a question particle adds: it is expected there.
    private static let questionAfterParticleCost = -4.0

    /// The lowest that ``pairCost(_:_:)`` gives any pair.
    static let lowestPairCost = min(0, questionAfterParticleCost, accentInLatinWordCost, commaAtLineEndCost)

    /// What each ASCII letter beside a Latin-1 letter in the same word adds: it brings the
    /// accented letter's cost near that of the ASCII letters around it, so that UTF-8 misread
    /// as Windows-1252 inside a word (`cafÃ©`, `MÃ¼nchen`) re-reads as the accented letter
    /// rather than as a CJK character.
    private static let accentInLatinWordCost = -8.0

    /// Whether two neighbours are an ASCII letter and a Latin-1 letter of one word, in either
    /// order: any case but a lowercase letter before a capital (`Mü`, `üb`, `ÉT`, `Él`, `fé`).
    /// (Comparisons first: this runs for every pair of neighbours scored.)
    @inline(__always)
    private static func isAccentedLetterInLatinWord(_ previous: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Bool {
        let (first, second) = (previous.value, scalar.value)
        guard first <= 0xFF, second <= 0xFF, (first >= 0xC0) != (second >= 0xC0),
            let firstCase = previous.latinLetterCase, let secondCase = scalar.latinLetterCase
        else { return false }
        return !(firstCase == .lower && secondCase == .upper)
    }

    /// Whether the characters of `scalars` from `offset` on, followed by `next`, form a known
    /// word of two to four characters (`scalars` is indexed from zero).
    func isWord<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ scalars: Scalars, from offset: Int, followedBy next: Unicode.Scalar
    ) -> Bool where Scalars.Index == Int {
        switch scalars.count - offset {
        case 1:
            return data.packedWords.mayBeginWord(scalars[offset], next) && isWord(scalars[offset], next, nil, nil)
        case 2: return isWord(scalars[offset], scalars[offset + 1], next, nil)
        case 3: return isWord(scalars[offset], scalars[offset + 1], scalars[offset + 2], next)
        default: return false
        }
    }

    /// Whether two, three or four characters form a known word (`third` and `fourth` are `nil`
    /// for shorter words).
    private func isWord(
        _ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar?, _ fourth: Unicode.Scalar?
    ) -> Bool {
        var head = LanguageData.pack(LanguageData.pack(0, appending: first), appending: second)
        if let third { head = LanguageData.pack(head, appending: third) }
        return data.packedWords.contains(head: head, tail: fourth?.value ?? 0)
    }

    /// How many Han characters are covered by known words (forward longest match).
    func wordCoverage(_ scalars: [Unicode.Scalar]) -> Int {
        var unused = WordStarts()
        return wordCoverage(scalars, recording: &unused)
    }

    /// A start of the forward longest match whose Han characters run to the end of the text,
    /// fewer than four of them: a Han character added to the text may complete a longer word
    /// there.
    struct WordStart {
        /// The offset of the start.
        var offset: Int
        /// How many characters words covered before it.
        var coveredBefore: Int
    }

    /// The starts where a Han character added to a text could complete a word, in order. There
    /// are three at most, since words have four characters at most: they are kept inline.
    struct WordStarts: Sequence {
        private var starts: (WordStart, WordStart, WordStart) = (
            WordStart(offset: 0, coveredBefore: 0), WordStart(offset: 0, coveredBefore: 0),
            WordStart(offset: 0, coveredBefore: 0)
        )
        private var count = 0

        /// Adds a start after the others (the fourth and later are impossible and ignored).
        mutating func append(_ start: WordStart) {
            switch count {
            case 0: starts.0 = start
            case 1: starts.1 = start
            case 2: starts.2 = start
            default: return
            }
            count += 1
        }

        /// Iterates over the starts in order.
        struct Iterator: IteratorProtocol {
            fileprivate let starts: WordStarts
            fileprivate var position = 0

            mutating func next() -> WordStart? {
                guard position < starts.count else { return nil }
                defer { position += 1 }
                switch position {
                case 0: return starts.starts.0
                case 1: return starts.starts.1
                default: return starts.starts.2
                }
            }
        }

        /// An iterator over the starts in order.
        func makeIterator() -> Iterator {
            Iterator(starts: self)
        }
    }

    /// How many Han characters are covered by known words (forward longest match), and the
    /// starts where a Han character added to the text could complete a word.
    /// - Parameters:
    ///   - scalars: The text, indexed from zero.
    ///   - starts: Receives the starts, in order.
    /// - Returns: The number of covered characters.
    func wordCoverage<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ scalars: Scalars, recording starts: inout WordStarts
    ) -> Int where Scalars.Index == Int {
        var covered = 0
        var index = 0
        // The end of the run of Han characters that `index` is in, found once per run.
        var runEnd = 0
        while index < scalars.count {
            if index >= runEnd {
                guard scalars[index].isHan else {
                    index += 1
                    continue
                }
                runEnd = index + 1
                while runEnd < scalars.count && scalars[runEnd].isHan { runEnd += 1 }
            }
            // Words are two to four Han characters: how many follow, at most four in all.
            let run = min(4, runEnd - index)
            var matched = 0
            // Most pairs of characters begin no word: one small table rules them out. The
            // longer words are looked up by their packed first characters, built once.
            let mayBeginWord = run >= 2 && data.packedWords.mayBeginWord(scalars[index], scalars[index + 1])
            if runEnd == scalars.count && run < 4 && (run == 1 || mayBeginWord) {
                starts.append(WordStart(offset: index, coveredBefore: covered))
            }
            if mayBeginWord {
                let (first, second) = (scalars[index], scalars[index + 1])
                if run == 4 && isWord(first, second, scalars[index + 2], scalars[index + 3]) {
                    matched = 4
                } else if run >= 3 && isWord(first, second, scalars[index + 2], nil) {
                    matched = 3
                } else if isWord(first, second, nil, nil) {
                    matched = 2
                }
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
}
