extension PlausibilityModel {
    /// A text scored once so that texts that continue it score cheaply: the ends of one
    /// re-reading share their context and their first characters.
    struct Prefix {
        /// The text.
        fileprivate var scalars: [Unicode.Scalar]
        /// Its cost.
        var cost: Double
        /// The sum of its character costs, added in order.
        fileprivate var characterSum: Double
        /// The costs of its pairs of neighbours that are not zero, in order (adding the zero
        /// ones leaves a total exactly as it is).
        fileprivate var pairCosts: [Double]
        /// How many of its Han characters known words cover.
        fileprivate var wordCoverage: Int
        /// Where a Han character added after it could complete a word.
        fileprivate var wordStarts: WordStarts
    }

    /// Scores a text, keeping what extending it needs.
    /// - Parameter scalars: The text.
    /// - Returns: The text's cost and what ``cost(of:extending:)`` needs.
    func prefix(_ scalars: [Unicode.Scalar]) -> Prefix {
        let characterSum = scalars.reduce(0.0) { $0 + cost(of: $1) }
        // Indices rather than `zip`, which would retain the array at every call.
        var pairCosts: [Double] = []
        for index in scalars.indices.dropFirst() {
            let adjustment = Self.pairCost(scalars[index - 1], scalars[index])
            if adjustment != 0 { pairCosts.append(adjustment) }
        }
        var wordStarts = WordStarts()
        let coverage = wordCoverage(scalars, recording: &wordStarts)
        return Prefix(
            scalars: scalars,
            cost: Self.total(characterSum, last: scalars.last, pairCosts: pairCosts, wordCoverage: coverage),
            characterSum: characterSum, pairCosts: pairCosts, wordCoverage: coverage, wordStarts: wordStarts)
    }

    /// The cost of `prefix` followed by `suffix`: exactly what
    /// ``PlausibilityModel/cost(of:)-([Unicode.Scalar])`` gives for the whole text, without
    /// scoring the prefix again. The forward longest match is final before the first start
    /// where a following character could complete a word, and goes on from there.
    /// - Parameters:
    ///   - suffix: The characters after the prefix.
    ///   - prefix: The text before them.
    func cost(of suffix: ArraySlice<Unicode.Scalar>, extending prefix: Prefix) -> Double {
        var characterSum = prefix.characterSum
        var pairCosts = prefix.pairCosts
        var previous = prefix.scalars.last
        for scalar in suffix {
            characterSum += cost(of: scalar)
            if let previous {
                let adjustment = Self.pairCost(previous, scalar)
                if adjustment != 0 { pairCosts.append(adjustment) }
            }
            previous = scalar
        }
        var coverage = prefix.wordCoverage
        if !suffix.isEmpty {
            var resumed = WordStart(offset: prefix.scalars.count, coveredBefore: prefix.wordCoverage)
            for start in prefix.wordStarts {
                resumed = start
                break
            }
            // The match goes on over the prefix's last characters and the suffix, joined once.
            var resumedText: [Unicode.Scalar] = []
            resumedText.reserveCapacity(prefix.scalars.count - resumed.offset + suffix.count)
            resumedText.append(contentsOf: prefix.scalars[resumed.offset...])
            resumedText.append(contentsOf: suffix)
            coverage = resumed.coveredBefore + wordCoverage(resumedText)
        }
        return Self.total(characterSum, last: previous, pairCosts: pairCosts, wordCoverage: coverage)
    }
}
