/// A lossless re-reading of one line (legacy bytes read back in the charset they were in) seen
/// from every start at once, so that starts whose stretch must fail ``RecodeRepair``'s cheap
/// checks are turned away without decoding to the end of the line.
///
/// Without lost bytes, the character decoded at a byte position does not depend on where the
/// decoding started: each position leads to the next along one chain. Sums along the chain from
/// each position, taken from the end of the line backwards, give in constant time what a
/// decoding from any start would find: its ends, the end with the best running margin, and for
/// those two ends whether every character may appear in a repair, how many are CJK, their
/// mean cost, and the most margin over the line as it stands that scoring could find. A line
/// is thus examined in linear time instead of once per start.
struct LegacyReadingChains {
    /// What the chain from one byte position holds, up to the end of the line or the first byte
    /// that does not decode. Positions and counts are 32-bit, with -1 for none, to keep a link
    /// small: a line has one per byte, and each is built from a copy of the next.
    private struct Link {
        /// The position after the character decoded here; -1 when nothing decodes here.
        var next: Int32 = -1
        /// The character decoded here.
        var character: Unicode.Scalar = "\0"
        /// The position where the chain stops.
        var chainEnd: Int32
        /// How many characters the chain has.
        var characters: Int32 = 0
        /// How many of them are CJK.
        var cjkCharacters: Int32 = 0
        /// How many of them are Han, each of which a known word may cover.
        var hanCharacters: Int32 = 0
        /// The position of the first character that no repair may produce; -1 when none.
        var firstImplausible: Int32 = -1
        /// The scalar of the line that the character decoded here ends on; -1 when it ends
        /// inside one.
        var endScalar: Int32 = -1
        /// The position of the chain's last character that ends on a scalar of the line; -1
        /// when none does.
        var lastEnd: Int32 = -1
        /// The position of the character after which the running margin is best (the earliest
        /// within ``RecodeRepair/marginTieTolerance`` of the best); -1 when no character ends
        /// on a scalar.
        var bestEnd: Int32 = -1
        /// The character's cost.
        var cost = 0.0
        /// The sum of the chain's character costs.
        var characterCost = 0.0
        /// The same plus the cost of each pair of neighbours along the chain.
        var costWithPairs = 0.0
        /// The best running margin's share that does not depend on the start.
        var bestEndValue = -Double.infinity

        /// The link where nothing decodes and the chain stops at once.
        init(stoppingAt position: Int) {
            chainEnd = Int32(position)
        }
    }

    private let links: [Link]
    private let scalarStarts: [Int]
    private let minimumCJKCharacters: Int
    /// The line as it stands.
    private let scalars: [Unicode.Scalar]
    /// Its costs, summed from its start.
    private let sums: LinePrefixSums

    /// Follows every chain of one line.
    /// - Parameters:
    ///   - recoded: The line's bytes under the misreading.
    ///   - table: The charset the bytes were really in.
    ///   - scalars: The line as it stands.
    ///   - sums: The costs of the line as it stands, summed from its start.
    ///   - model: The model that scores the re-reading.
    ///   - minimumCJKCharacters: How many CJK characters a re-reading must contain.
    init(
        _ recoded: RecodedLine, table: CharsetTable, scalars: [Unicode.Scalar], sums: LinePrefixSums,
        model: PlausibilityModel, minimumCJKCharacters: Int
    ) {
        let count = recoded.items.count
        let originalCost = sums.runningCost
        // One pass from the end of the line, each link built from the one after its character
        // and written once.
        links = [Link](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            buffer.initializeElement(at: count, to: Link(stoppingAt: count))
            for position in (0..<count).reversed() {
                var link = Link(stoppingAt: position)
                defer { buffer.initializeElement(at: position, to: link) }
                guard let (character, next) = recoded.legacyCharacter(at: position, table: table, before: count) else {
                    continue
                }
                let following = buffer[next]
                let cost = model.cost(of: character)
                let pairCost = following.next < 0 ? 0 : PlausibilityModel.pairCost(character, following.character)
                link = following
                link.next = Int32(next)
                link.character = character
                link.cost = cost
                link.characters += 1
                if character.isHan {
                    link.hanCharacters += 1
                    link.cjkCharacters += 1
                } else if character.isCJK {
                    link.cjkCharacters += 1
                }
                link.characterCost = cost + following.characterCost
                link.costWithPairs = cost + pairCost + following.costWithPairs
                if !character.isPlausibleAfterRecoding { link.firstImplausible = Int32(position) }
                link.endScalar = -1
                if let endScalar = recoded.scalarEnded(before: next) {
                    // The character ends on a scalar of the line: the running margin after it,
                    // less what depends on the start.
                    link.endScalar = Int32(endScalar)
                    let endValue = originalCost[endScalar] + following.characterCost
                    if following.lastEnd < 0 { link.lastEnd = Int32(position) }
                    if endValue >= following.bestEndValue - RecodeRepair.marginTieTolerance {
                        link.bestEnd = Int32(position)
                    }
                    link.bestEndValue = max(endValue, following.bestEndValue)
                }
            }
            initialized = count + 1
        }
        self.scalarStarts = recoded.scalarStarts
        self.minimumCJKCharacters = minimumCJKCharacters
        self.scalars = scalars
        self.sums = sums
    }

    /// What the sums along the chain say of a decoding from one start.
    enum Start: Equatable {
        /// The chain runs past the window: the decoding would stop short, and the sums say
        /// nothing about it.
        case unknown
        /// The decoding cannot give a repair: both ends that ``RecodeRepair`` would judge (the
        /// best running margin and the longest) fail a cheap check that it makes before
        /// scoring. A character no repair may produce, too few CJK characters, a mean cost above
        /// ``RecodeRepair/maximumMeanCost``, or less margin than a change of that size needs even
        /// if known words covered every Han character.
        case turnedAway
        /// The decoding may give a repair.
        /// - Parameters:
        ///   - marginBound: The most margin its repair could have.
        ///   - reach: The scalar its longest end reaches: a repair from this start ends there
        ///     or before.
        case mayRepair(marginBound: Double, reach: Int)
    }

    /// What a decoding from scalar `offset` may give.
    /// - Parameters:
    ///   - offset: The first scalar of the stretch.
    ///   - window: How many scalars the stretch may cover.
    ///   - left: The scalar before the stretch, if any.
    func start(at offset: Int, window: Int, after left: Unicode.Scalar?) -> Start {
        let start = scalarStarts[offset]
        let first = links[start]
        guard Int(first.chainEnd) <= scalarStarts[min(scalarStarts.count - 1, offset + window)] else { return .unknown }
        // Without an end on a scalar the decoding gives nothing to judge.
        guard first.lastEnd >= 0, first.bestEnd >= 0 else { return .turnedAway }
        let leftPairCost = left.map { PlausibilityModel.pairCost($0, first.character) } ?? 0
        let best = marginBoundIfCheapChecksPass(
            from: start, at: offset, through: Int(first.bestEnd), leftPairCost: leftPairCost)
        let longest =
            first.lastEnd == first.bestEnd
            ? best
            : marginBoundIfCheapChecksPass(
                from: start, at: offset, through: Int(first.lastEnd), leftPairCost: leftPairCost)
        guard let bound = [best, longest].lazy.compactMap({ $0 }).max() else { return .turnedAway }
        return .mayRepair(marginBound: bound, reach: Int(links[Int(first.lastEnd)].endScalar))
    }

    /// Whether a decoding from scalar `offset` may give a repair: ``start(at:window:after:)``
    /// does not turn it away.
    func mayRepair(from offset: Int, window: Int, after left: Unicode.Scalar?) -> Bool {
        start(at: offset, window: window, after: left) != .turnedAway
    }

    /// The most margin that the characters from `start` (the start of scalar `offset`) through
    /// the one at `last`, which ends on a scalar, could have as a repair; `nil` when they fail
    /// the cheap checks.
    private func marginBoundIfCheapChecksPass(from start: Int, at offset: Int, through last: Int, leftPairCost: Double)
        -> Double?
    {
        let first = links[start]
        let final = links[last]
        let after = links[final.next < 0 ? last : Int(final.next)]
        if first.firstImplausible >= 0 && first.firstImplausible <= last { return nil }
        if Int(first.cjkCharacters - after.cjkCharacters) < minimumCJKCharacters { return nil }
        let characters = Int(first.characters - final.characters) + 1
        let cost = first.costWithPairs - final.costWithPairs + final.cost + leftPairCost
        // A hair of slack: the checks themselves sum the same costs in another order.
        guard cost / Double(characters) <= RecodeRepair.maximumMeanCost + 1e-6 else { return nil }
        let end = Int(final.endScalar)
        let han = Int(first.hanCharacters - after.hanCharacters)
        let bound = marginBound(replacing: offset..<end, cost: cost, last: final.character, han: han) + 1e-6
        return bound >= RecodeRepair.requiredMargin(original: end - offset, replacement: characters) ? bound : nil
    }

    /// The most margin that scoring could give a re-reading of the scalars in `range`: the
    /// margin with no known word in the line as it stands and every Han character of the
    /// re-reading and of its context covered by one.
    /// - Parameters:
    ///   - range: The scalars of the line replaced.
    ///   - cost: The re-reading's character costs and those of its pairs of neighbours, the
    ///     one with the character before it included.
    ///   - last: The re-reading's last character.
    ///   - han: How many of its characters are Han.
    private func marginBound(replacing range: Range<Int>, cost: Double, last: Unicode.Scalar, han: Int) -> Double {
        let count = scalars.count
        let context = RecodeRepair.contextLength
        let (lower, upper) = (range.lowerBound, range.upperBound)
        // The pairs of the line that the stretch takes part in, from the one ending on its
        // first scalar to the one ending on the scalar after it.
        let pairs = sums.pairCost[min(upper, count - 1) + 1] - sums.pairCost[lower]
        var original = sums.runningCost[upper] - sums.runningCost[lower] + pairs
        var replacement = cost
        if upper < count {
            replacement += PlausibilityModel.pairCost(last, scalars[upper])
        } else if PlausibilityModel.isOpeningBracket(scalars[count - 1]) {
            // The text as it stands ends in an opening bracket; the re-reading may not.
            original += PlausibilityModel.openingBracketAtEndCost
        }
        let contextHan =
            sums.han[lower] - sums.han[max(0, lower - context)] + sums.han[min(count, upper + context)]
            - sums.han[upper]
        return original - replacement + PlausibilityModel.wordBonusPerCharacter * Double(han + contextHan)
    }
}
