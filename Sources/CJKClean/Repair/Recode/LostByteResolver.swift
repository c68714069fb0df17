/// Chooses, in a re-reading with lost bytes, one character for every unit that has several:
/// a beam search that scores each character with the three before it, so that the choices of
/// neighbouring units are made together.
struct LostByteResolver {
    /// Partial decodings kept while searching.
    static let beamWidth = 12
    /// Characters before a choice that can change its score; further ones change no ranking.
    static let contextLength = Tail.capacity

    private let model: PlausibilityModel

    /// Creates a resolver.
    /// - Parameter model: Scores the characters.
    init(model: PlausibilityModel) {
        self.model = model
    }

    /// A partial decoding. Hypotheses share their text as paths through one tree of chosen
    /// characters, so extending one adds a node instead of copying everything before it.
    private struct Hypothesis {
        /// The last chosen character in the tree, `-1` before the first.
        var node: Int
        var cost: Double
        /// The last characters, the one before the units included.
        var tail: Tail
        /// The opening marks not closed yet, innermost last.
        var openBrackets: [Unicode.Scalar]
    }

    /// The last three characters of a hypothesis (fewer at its start), kept inline: every
    /// hypothesis has one, and hypotheses are extended and compared at every choice.
    struct Tail: Equatable {
        /// How many characters a tail keeps.
        static let capacity = 3
        private var first: Unicode.Scalar = " "
        private var second: Unicode.Scalar = " "
        private var third: Unicode.Scalar = " "
        private var count = 0

        /// The characters, oldest first.
        var scalars: [Unicode.Scalar] {
            Array([first, second, third].suffix(count))
        }

        /// Adds a character, dropping the oldest when the tail is full.
        mutating func append(_ scalar: Unicode.Scalar) {
            first = second
            second = third
            third = scalar
            count = min(Self.capacity, count + 1)
        }
    }

    /// One character of the tree and the node before it (`-1` for none).
    private struct Node {
        var scalar: Unicode.Scalar
        var parent: Int
    }

    /// The characters that make the whole decoding most plausible.
    /// - Parameters:
    ///   - units: The decoded units; units with several choices offer the likeliest first.
    ///   - previous: The character before the units, if any: context for the first choice.
    ///   - atLineEnd: Whether the units end their line (where a comma is unlikely).
    /// - Returns: One character per unit.
    func resolve(_ units: [DecodedUnit], after previous: Unicode.Scalar?, atLineEnd: Bool) -> [Unicode.Scalar] {
        guard units.contains(where: { $0.count > 1 }) else { return units.compactMap(\.first) }
        var nodes: [Node] = []
        nodes.reserveCapacity(units.count * 2)
        var start = Hypothesis(node: -1, cost: 0, tail: Tail(), openBrackets: [])
        if let previous { Self.advance(&start, past: previous) }
        var beam = [start]
        var sinceChoice = Int.max
        for (index, unit) in units.enumerated() {
            // Far from any choice, a known character changes no ranking: append it for free.
            if unit.count == 1 {
                sinceChoice = sinceChoice == Int.max ? Int.max : sinceChoice + 1
                if sinceChoice > Self.contextLength || beam.count == 1 {
                    for slot in beam.indices { Self.append(unit[0], to: &beam[slot], nodes: &nodes) }
                    // Hypotheses that end alike and leave the same marks open score every later
                    // choice alike: any ending costs the cheapest one least (ties go to it as
                    // the earlier), so the search goes on from it alone.
                    if beam.count > 1,
                        beam.allSatisfy({ $0.tail == beam[0].tail && $0.openBrackets == beam[0].openBrackets })
                    {
                        beam = [beam[0]]
                    }
                    continue
                }
            } else {
                sinceChoice = 0
            }
            let isLast = index + 1 == units.count
            // Extensions are scored first and only the survivors are built.
            struct Extension {
                var hypothesis: Int
                var scalar: Unicode.Scalar
                var cost: Double
            }
            var next: [Extension] = []
            next.reserveCapacity(beam.count * unit.count)
            // Hypotheses that end alike (most differ only further back) score each choice alike.
            var costsAfterTail: [(tail: Tail, costs: [Double])] = []
            for (slot, hypothesis) in beam.enumerated() {
                let costs: [Double]
                if let known = costsAfterTail.first(where: { $0.tail == hypothesis.tail }) {
                    costs = known.costs
                } else {
                    costs = self.costs(of: unit, after: hypothesis.tail.scalars)
                    costsAfterTail.append((hypothesis.tail, costs))
                }
                let open = unit.count > 1 ? hypothesis.openBrackets.last : nil
                for (choice, scalar) in unit.enumerated() {
                    var cost = costs[choice]
                    // A line rarely ends in the middle of a sentence.
                    if isLast && atLineEnd && PlausibilityModel.commas.contains(scalar) {
                        cost += PlausibilityModel.commaAtLineEndCost
                    }
                    if let open, Self.closingBrackets[open] == scalar { cost -= Self.matchingBracketBonus }
                    next.append(Extension(hypothesis: slot, scalar: scalar, cost: hypothesis.cost + cost))
                }
            }
            // The cheapest `beamWidth`, ties in the order they were made.
            beam = next.cheapest(Self.beamWidth, by: \.cost).map { chosen in
                var extended = beam[chosen.hypothesis]
                extended.cost = chosen.cost
                Self.append(chosen.scalar, to: &extended, nodes: &nodes)
                return extended
            }
        }
        var text: [Unicode.Scalar] = []
        var node = beam.first?.node ?? -1
        while node >= 0 {
            text.append(nodes[node].scalar)
            node = nodes[node].parent
        }
        return text.reversed()
    }

    /// What each choice of a unit adds to the cost of a text ending in `tail`.
    private func costs(of unit: DecodedUnit, after tail: [Unicode.Scalar]) -> [Double] {
        var window = tail
        let tailCost = model.cost(of: window)
        window.append(" ")
        var costs: [Double] = []
        costs.reserveCapacity(unit.count)
        for scalar in unit {
            window[window.count - 1] = scalar
            costs.append(model.cost(of: window) - tailCost)
        }
        return costs
    }

    /// Extends a hypothesis by one chosen character: a new node of the tree.
    private static func append(_ scalar: Unicode.Scalar, to hypothesis: inout Hypothesis, nodes: inout [Node]) {
        nodes.append(Node(scalar: scalar, parent: hypothesis.node))
        hypothesis.node = nodes.count - 1
        advance(&hypothesis, past: scalar)
    }

    /// Moves a hypothesis's tail and open brackets past one more character.
    private static func advance(_ hypothesis: inout Hypothesis, past scalar: Unicode.Scalar) {
        hypothesis.tail.append(scalar)
        guard isBracketLike(scalar) else { return }
        if closingBrackets[scalar] != nil {
            hypothesis.openBrackets.append(scalar)
        } else if let last = hypothesis.openBrackets.last, closingBrackets[last] == scalar {
            hypothesis.openBrackets.removeLast()
        }
    }

    /// Opening marks and the closing marks that match them.
    private static let closingBrackets: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "《": "》", "〈": "〉", "【": "】", "〔": "〕", "(": ")",
    ]
    /// What closing the innermost open mark takes off a character's cost.
    private static let matchingBracketBonus = 8.0

    /// Whether a scalar may be one of the ``closingBrackets`` marks (a cheap range check before
    /// the table).
    private static func isBracketLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x29, 0x2018...0x201D, 0x3008...0x3015, 0xFF08, 0xFF09: return true
        default: return false
        }
    }
}
