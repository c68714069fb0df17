extension LegacyReadingChains {
    /// The most margin that any repair under one lossless re-reading of a line could have, from
    /// any start to any end: one pass over the line's bytes, without the per-start sums of the
    /// chains and before any of them is built. When a candidate already found over every start
    /// of the re-reading has more margin, the re-reading cannot change the line and is not
    /// searched at all.
    ///
    /// It bounds ``marginBound(replacing:cost:last:han:)`` for every stretch: each character
    /// along a chain gains what the scalars it replaces cost (with the pairs of neighbours ending
    /// on them), less its ``CharacterCostFloors`` floor; the best sum of gains
    /// along a chain, each pair of neighbours on it paid, is found from the end of the line
    /// backwards. The terms of a stretch's bound that depend on its context (the pairs with the
    /// characters on either side, the pair ending on the scalar after it, the Han characters
    /// around it, a line ending in an opening bracket) are added at their largest. The cheap
    /// checks are left out: they only turn stretches away.
    /// - Parameters:
    ///   - layout: The line's bytes under the misreading and its costs as it stands, laid out for
    ///     the pass.
    ///   - charset: The charset the bytes were really in.
    /// - Returns: The ceiling, or minus infinity when nothing decodes.
    static func marginCeiling(_ layout: CeilingLayout, charset: LegacyCharset) -> Double {
        let floors = charset.costFloors
        let ceiling = layout.bytes.withUnsafeBufferPointer { bytes in
            layout.costBefore.withUnsafeBufferPointer { costBefore in
                layout.startsScalar.withUnsafeBufferPointer { startsScalar in
                    bestSumOfGains(
                        bytes: bytes, costBefore: costBefore, startsScalar: startsScalar, floors: floors,
                        recoded: layout.recoded, table: charset.table)
                }
            }
        }
        guard ceiling > -.infinity else { return ceiling }
        return ceiling + layout.contextAllowance + 1e-6
    }

    /// The best sum of gains along a chain from any start of a scalar, in one pass from the
    /// end of the line.
    private static func bestSumOfGains(
        bytes: UnsafeBufferPointer<UInt16>, costBefore: UnsafeBufferPointer<Double>,
        startsScalar: UnsafeBufferPointer<Bool>, floors: CharacterCostFloors, recoded: RecodedLine,
        table: CharsetTable
    ) -> Double {
        let count = bytes.count
        // The best sum from each of the next two positions (the next character starts one or
        // two bytes on); minus infinity where nothing decodes.
        var (nearBest, farBest) = (-Double.infinity, -Double.infinity)
        var ceiling = -Double.infinity
        for position in (0..<count).reversed() {
            var best = -Double.infinity
            let (entry, next) = floors.entry(at: position, in: bytes)
            if entry != 0 {
                best = costBefore[next] - costBefore[position] - CharacterCostFloors.penalty(of: entry)
                let followingBest = next == position + 1 ? nearBest : farBest
                if followingBest > -.infinity {
                    var pair = 0.0
                    if entry & CharacterCostFloors.pricesPairs != 0,
                        let (decoded, _) = recoded.legacyCharacter(at: position, table: table, before: count),
                        let (following, _) = recoded.legacyCharacter(at: next, table: table, before: count)
                    {
                        pair = PlausibilityModel.pairCost(decoded, following)
                    }
                    best += max(0, followingBest - pair)
                }
                if startsScalar[position] { ceiling = max(ceiling, best) }
            }
            (farBest, nearBest) = (nearBest, best)
        }
        return ceiling
    }

    /// The most that a stretch's context adds to its bound beyond the sum of its gains: the
    /// pairs of the re-reading with the characters on either side at their lowest, the pair of
    /// the line ending on the scalar after it at its highest, every Han character of the context
    /// covered by a word, and the cost of a line ending in an opening bracket.
    static func contextAllowance(scalars: [Unicode.Scalar], sums: LinePrefixSums) -> Double {
        let pairs = sums.pairCost
        var highestPair = 0.0
        for offset in 1..<pairs.count { highestPair = max(highestPair, pairs[offset] - pairs[offset - 1]) }
        let contextHan = min(2 * RecodeRepair.contextLength, sums.han[scalars.count])
        var allowance = -2 * PlausibilityModel.lowestPairCost + highestPair
        allowance += PlausibilityModel.wordBonusPerCharacter * Double(contextHan)
        if let last = scalars.last, PlausibilityModel.isOpeningBracket(last) {
            allowance += PlausibilityModel.openingBracketAtEndCost
        }
        return allowance
    }
}

/// One misread line's bytes as ``LegacyReadingChains/marginCeiling(_:charset:)``
/// reads them, shared by every re-reading of the misreading.
struct CeilingLayout {
    /// The line's bytes as items, for the few characters whose scalar the pass needs.
    let recoded: RecodedLine
    /// Each item's byte, or ``noByte`` where the item is a lost byte or a barrier.
    let bytes: [UInt16]
    /// What the line as it stands costs (``LinePrefixSums/costWithPairs``) before the first of
    /// its scalars that starts at or after each item; one element more than there are items.
    let costBefore: [Double]
    /// Whether each item starts a scalar of the line.
    let startsScalar: [Bool]
    /// What the context of any stretch of the line may add to the sum of its gains
    /// (``LegacyReadingChains/contextAllowance(scalars:sums:)``).
    let contextAllowance: Double

    /// The mark of an item that is not a known byte.
    static let noByte: UInt16 = 0x100

    /// Lays out a misread line.
    /// - Parameters:
    ///   - recoded: The line's bytes under the misreading.
    ///   - scalars: The line as it stands.
    ///   - sums: The costs of the line as it stands, summed from its start.
    init(_ recoded: RecodedLine, scalars: [Unicode.Scalar], sums: LinePrefixSums) {
        self.recoded = recoded
        contextAllowance = LegacyReadingChains.contextAllowance(scalars: scalars, sums: sums)
        let (items, owners, scalarStarts) = (recoded.items, recoded.owners, recoded.scalarStarts)
        let count = items.count
        var startsScalar: [Bool] = []
        var costBefore: [Double] = []
        bytes = [UInt16](unsafeUninitializedCapacity: count) { bytes, bytesCount in
            startsScalar = [Bool](unsafeUninitializedCapacity: count) { startsBuffer, startsCount in
                costBefore = [Double](unsafeUninitializedCapacity: count + 1) { costs, costsCount in
                    for position in 0..<count {
                        if case .byte(let byte, _) = items[position] {
                            bytes.initializeElement(at: position, to: UInt16(byte))
                        } else {
                            bytes.initializeElement(at: position, to: Self.noByte)
                        }
                        let owner = owners[position]
                        let starts = scalarStarts[owner] == position
                        startsBuffer.initializeElement(at: position, to: starts)
                        costs.initializeElement(at: position, to: sums.costWithPairs[starts ? owner : owner + 1])
                    }
                    costs.initializeElement(at: count, to: sums.costWithPairs[scalarStarts.count - 1])
                    costsCount = count + 1
                }
                startsCount = count
            }
            bytesCount = count
        }
        self.startsScalar = startsScalar
        self.costBefore = costBefore
    }
}
