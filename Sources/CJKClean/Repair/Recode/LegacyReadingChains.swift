/// A lossless re-reading of one line (legacy bytes read back in the charset they were in) seen
/// from every start at once, so that starts whose stretch must fail ``RecodeRepair``'s cheap
/// checks are turned away without decoding to the end of the line.
///
/// Without lost bytes, the character decoded at a byte position does not depend on where the
/// decoding started: each position leads to the next along one chain. Sums along the chain from
/// each position, taken from the end of the line backwards, give in constant time what a
/// decoding from any start would find: its ends, the end with the best running margin, and for
/// those two ends whether every character may appear in a repair, how many are CJK and their
/// mean cost. A line is thus examined in linear time instead of once per start.
struct LegacyReadingChains {
    /// What the chain from one byte position holds, up to the end of the line or the first byte
    /// that does not decode.
    private struct Link {
        /// The position after the character decoded here; `nil` when nothing decodes here.
        var next: Int?
        /// The character decoded here.
        var character: Unicode.Scalar = "\0"
        /// Its cost.
        var cost = 0.0
        /// The position where the chain stops.
        var chainEnd: Int
        /// How many characters the chain has.
        var characters = 0
        /// How many of them are CJK.
        var cjkCharacters = 0
        /// The sum of their costs.
        var characterCost = 0.0
        /// The same plus the cost of each pair of neighbours along the chain.
        var costWithPairs = 0.0
        /// The position of the first character that no repair may produce, if any.
        var firstImplausible: Int?
        /// The position of the chain's last character that ends on a scalar of the line.
        var lastEnd: Int?
        /// The position of the character after which the running margin is best (the earliest
        /// within ``RecodeRepair/marginTieTolerance`` of the best), and that margin's share
        /// that does not depend on the start.
        var bestEnd: Int?
        var bestEndValue = -Double.infinity
    }

    private let links: [Link]
    private let scalarStarts: [Int]
    private let minimumCJKCharacters: Int

    /// Follows every chain of one line.
    /// - Parameters:
    ///   - recoded: The line's bytes under the misreading.
    ///   - table: The charset the bytes were really in.
    ///   - scalars: The line as it stands.
    ///   - model: The model that scores the re-reading.
    ///   - minimumCJKCharacters: How many CJK characters a re-reading must contain.
    init(
        _ recoded: RecodedLine, table: CharsetTable, scalars: [Unicode.Scalar], model: PlausibilityModel,
        minimumCJKCharacters: Int
    ) {
        let count = recoded.items.count
        // The cost of the line as it stands up to each scalar, as the running margin counts it.
        var originalCost = [Double](repeating: 0, count: scalars.count + 1)
        for (offset, scalar) in scalars.enumerated() {
            originalCost[offset + 1] = originalCost[offset] + RecodeRepair.runningCost(ofDamaged: scalar, model: model)
        }
        var links = [Link](repeating: Link(chainEnd: count), count: count + 1)
        // One pass from the end of the line, each link built from the one after its character.
        for position in (0..<count).reversed() {
            links[position].chainEnd = position
            guard let (character, next) = recoded.legacyCharacter(at: position, table: table, before: count) else {
                continue
            }
            let following = links[next]
            let cost = model.cost(of: character)
            let pairCost = following.next == nil ? 0 : PlausibilityModel.pairCost(character, following.character)
            var link = Link(next: next, character: character, cost: cost, chainEnd: following.chainEnd)
            link.characters = following.characters + 1
            link.cjkCharacters = following.cjkCharacters + (character.isCJK ? 1 : 0)
            link.characterCost = cost + following.characterCost
            link.costWithPairs = cost + pairCost + following.costWithPairs
            link.firstImplausible = character.isPlausibleAfterRecoding ? following.firstImplausible : position
            link.lastEnd = following.lastEnd
            link.bestEnd = following.bestEnd
            link.bestEndValue = following.bestEndValue
            if let endScalar = recoded.scalarEnded(before: next) {
                // The character ends on a scalar of the line: the running margin after it, less
                // what depends on the start.
                let endValue = originalCost[endScalar] + following.characterCost
                link.lastEnd = following.lastEnd ?? position
                if endValue >= following.bestEndValue - RecodeRepair.marginTieTolerance {
                    link.bestEnd = position
                }
                link.bestEndValue = max(endValue, following.bestEndValue)
            }
            links[position] = link
        }
        self.links = links
        self.scalarStarts = recoded.scalarStarts
        self.minimumCJKCharacters = minimumCJKCharacters
    }

    /// Whether a decoding from scalar `offset` may give a repair; `false` only when both ends
    /// that ``RecodeRepair`` would judge (the best running margin and the longest) fail a cheap
    /// check that it makes before scoring: a character no repair may produce, too few CJK
    /// characters, or a mean cost above ``RecodeRepair/maximumMeanCost``.
    /// - Parameters:
    ///   - offset: The first scalar of the stretch.
    ///   - window: How many scalars the stretch may cover. When the chain runs past them the
    ///     answer is `true`: the decoding would stop short, and these sums do not.
    ///   - left: The scalar before the stretch, if any.
    func mayRepair(from offset: Int, window: Int, after left: Unicode.Scalar?) -> Bool {
        let start = scalarStarts[offset]
        let first = links[start]
        guard first.chainEnd <= scalarStarts[min(scalarStarts.count - 1, offset + window)] else { return true }
        // Without an end on a scalar the decoding gives nothing to judge.
        guard let longest = first.lastEnd, let best = first.bestEnd else { return false }
        let leftPairCost = left.map { PlausibilityModel.pairCost($0, first.character) } ?? 0
        return passesCheapChecks(from: start, through: best, leftPairCost: leftPairCost)
            || passesCheapChecks(from: start, through: longest, leftPairCost: leftPairCost)
    }

    /// Whether the characters from `start` through the one at `last` pass the cheap checks.
    private func passesCheapChecks(from start: Int, through last: Int, leftPairCost: Double) -> Bool {
        let first = links[start]
        let final = links[last]
        let after = links[final.next ?? last]
        if let implausible = first.firstImplausible, implausible <= last { return false }
        if first.cjkCharacters - after.cjkCharacters < minimumCJKCharacters { return false }
        let characters = first.characters - final.characters + 1
        let cost = first.costWithPairs - final.costWithPairs + final.cost + leftPairCost
        // A hair of slack: the check itself sums the same costs in another order.
        return cost / Double(characters) <= RecodeRepair.maximumMeanCost + 1e-6
    }
}
