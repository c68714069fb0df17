/// The continuation bytes of three-byte UTF-8 sequences, ranked by the cost of the character
/// they complete: cheapest first, ties in decoding order.
///
/// A character whose last one or two bytes were lost may be any of 64 or 4,096 characters, of
/// which the lost-byte search keeps the few cheapest. Walking a ranking until enough of them
/// are valid finds those without decoding and scoring every value. The ranking is built once
/// from the costs every ``PlausibilityModel`` shares, so it covers the lead bytes E0–EE only:
/// from U+F000 on lies full-width punctuation, whose cost depends on the document.
struct CompletionRanking: Sendable {
    /// The ranking, built on first use.
    static let shared = CompletionRanking()
    /// The lead bytes ranked.
    static let leads: ClosedRange<UInt8> = 0xE0...0xEE

    /// For each lead byte, its 4,096 pairs of continuation bytes (the second byte high).
    private let pairs: [[UInt16]]
    /// For each lead byte and second byte, the 64 third bytes.
    private let thirdBytes: [[UInt8]]

    private init() {
        var pairs: [[UInt16]] = []
        var thirdBytes: [[UInt8]] = []
        for lead in Self.leads {
            let ranked = (0..<0x1000).map { index -> (cost: Double, pair: UInt16) in
                let (second, third) = (UInt8(0x80 + index >> 6), UInt8(0x80 + index & 0x3F))
                let pair = UInt16(second) << 8 | UInt16(third)
                // Values that are no character, or none a repair may produce, come last; the
                // walk skips them anyway.
                guard let scalar = UTF8Sequence.decode(lead, second, third, 0, count: 3), scalar.isPlausibleAfterRecoding
                else { return (.infinity, pair) }
                return (PlausibilityModel.documentIndependentCost(of: scalar), pair)
            }
            .sorted { ($0.cost, $0.pair) < ($1.cost, $1.pair) }
            .map(\.pair)
            pairs.append(ranked)
            // The third bytes after one second byte, in the order of the pairs: the same ranking.
            var bySecond = [[UInt8]](repeating: [], count: 64)
            for pair in ranked { bySecond[Int(pair >> 8) - 0x80].append(UInt8(truncatingIfNeeded: pair)) }
            thirdBytes.append(contentsOf: bySecond)
        }
        self.pairs = pairs
        self.thirdBytes = thirdBytes
    }

    /// The pairs of continuation bytes after a lead byte, the second byte in the high half.
    /// - Parameter lead: The lead byte.
    /// - Returns: The ranked pairs, or `nil` for a lead byte outside ``leads``.
    func continuationPairs(after lead: UInt8) -> [UInt16]? {
        Self.leads.contains(lead) ? pairs[Int(lead - Self.leads.lowerBound)] : nil
    }

    /// The third bytes after a lead byte and a second byte.
    /// - Parameters:
    ///   - lead: The lead byte.
    ///   - second: The second byte.
    /// - Returns: The ranked third bytes, or `nil` for a lead byte outside ``leads`` or a second
    ///   byte that is not a continuation byte.
    func thirdBytes(after lead: UInt8, _ second: UInt8) -> [UInt8]? {
        guard Self.leads.contains(lead), UTF8Sequence.isContinuation(second) else { return nil }
        return thirdBytes[Int(lead - Self.leads.lowerBound) * 64 + Int(second - 0x80)]
    }
}
