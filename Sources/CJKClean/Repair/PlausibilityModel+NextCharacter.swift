extension PlausibilityModel {
    /// The last few characters before a choice, scored once so that each possible next
    /// character costs only what it adds: the lost-byte search weighs every choice for a
    /// character after the three characters before it, thousands of times per repair.
    struct ShortContext {
        /// The characters, oldest first, kept inline.
        fileprivate let text: ShortText
        /// How many of its Han characters known words cover.
        fileprivate let wordCoverage: Int
        /// Where a Han character added after it could complete a word.
        fileprivate let wordStarts: WordStarts
    }

    /// Scores up to three characters as the context of a next one.
    /// - Parameters:
    ///   - text: The characters, oldest first.
    ///   - withWords: Whether the words of the text are looked up: a next character that is
    ///     not Han completes no word, and scores the same without them.
    /// - Returns: What ``cost(ofNext:after:)`` needs.
    func shortContext(_ text: ShortText, withWords: Bool = true) -> ShortContext {
        var wordStarts = WordStarts()
        // A word completed by the next character ends a run of Han at the text's end: after
        // any other character there is none, and the coverage of the text counts for nothing.
        let endsInHan = text.last?.isHan ?? false
        let coverage = withWords && endsInHan ? wordCoverage(text, recording: &wordStarts) : 0
        return ShortContext(text: text, wordCoverage: coverage, wordStarts: wordStarts)
    }

    /// What one more character adds to the cost of its context: the cost of the context and
    /// the character together minus the cost of the context alone (its own cost, its pair with
    /// the last character, the change in the penalty for ending in an opening bracket, and the
    /// bonus for the characters a word it completes covers anew).
    /// - Parameters:
    ///   - scalar: The next character.
    ///   - context: The characters before it.
    func cost(ofNext scalar: Unicode.Scalar, after context: ShortContext) -> Double {
        var added = cost(of: scalar)
        if let last = context.text.last {
            added += Self.pairCost(last, scalar)
            if Self.isOpeningBracket(last) { added -= Self.openingBracketAtEndCost }
        }
        if Self.isOpeningBracket(scalar) { added += Self.openingBracketAtEndCost }
        // The forward longest match goes as it went over the context unless, at one of the
        // starts whose Han run reaches its end, the longer word ending in `scalar` exists: a
        // word there takes precedence and ends the match. A character other than Han extends
        // no run.
        if scalar.isHan {
            for start in context.wordStarts where isWord(context.text, from: start.offset, followedBy: scalar) {
                let covered = start.coveredBefore + context.text.count + 1 - start.offset
                added -= Double(covered - context.wordCoverage) * Self.wordBonusPerCharacter
                break
            }
        }
        return added
    }
}

/// Up to three characters kept inline, oldest first: the context of a choice in the lost-byte
/// search, built and dropped for every hypothesis without touching the heap.
struct ShortText: RandomAccessCollection {
    /// How many characters it keeps at most.
    static let capacity = 3
    private var first: Unicode.Scalar = " "
    private var second: Unicode.Scalar = " "
    private var third: Unicode.Scalar = " "
    /// How many characters it holds.
    private(set) var count = 0

    /// An empty text.
    init() {}

    /// The first position.
    var startIndex: Int { 0 }
    /// One past the last character.
    var endIndex: Int { count }

    /// The character at `position`.
    subscript(position: Int) -> Unicode.Scalar {
        switch position {
        case 0: return first
        case 1: return second
        default: return third
        }
    }

    /// Adds a character at the end; a fourth one is ignored.
    mutating func append(_ scalar: Unicode.Scalar) {
        switch count {
        case 0: first = scalar
        case 1: second = scalar
        case 2: third = scalar
        default: return
        }
        count += 1
    }
}
