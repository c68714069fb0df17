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
        /// The innermost opening mark not closed yet, in the tree of open marks (`-1` for none).
        var openMarks: Int
    }

    /// The last three characters of a hypothesis (fewer at its start), kept inline: every
    /// hypothesis has one, and hypotheses are extended and compared at every choice.
    struct Tail: Equatable {
        /// How many characters a tail keeps: as many as the ``ShortText`` it is scored as.
        static let capacity = ShortText.capacity
        /// What stands for a character not there yet: no scalar has this value.
        private static let none: UInt64 = 0x1F_FFFF
        /// The three characters in 21 bits each, the newest lowest: one integer, so that
        /// tails compare at once.
        private var packed = none << 42 | none << 21 | none

        /// The tail's characters, oldest first.
        var text: ShortText {
            var text = ShortText()
            let (oldest, middle, newest) = (packed >> 42 & Self.none, packed >> 21 & Self.none, packed & Self.none)
            if oldest != Self.none { text.append(Self.scalar(oldest)) }
            if middle != Self.none { text.append(Self.scalar(middle)) }
            if newest != Self.none { text.append(Self.scalar(newest)) }
            return text
        }

        private static func scalar(_ value: UInt64) -> Unicode.Scalar {
            Unicode.Scalar(UInt32(truncatingIfNeeded: value)) ?? "\u{FFFD}"
        }

        /// Adds a character, dropping the oldest when the tail is full.
        mutating func append(_ scalar: Unicode.Scalar) {
            packed = (packed << 21 | UInt64(scalar.value)) & (1 << 63 - 1)
        }
    }

    /// A hypothesis extended by one choice, scored before any is built.
    private struct Extension {
        var hypothesis: Int
        var scalar: Unicode.Scalar
        var cost: Double
    }

    /// One character of the tree and the node before it (`-1` for none).
    private struct Node {
        var scalar: Unicode.Scalar
        var parent: Int
    }

    /// One open mark and the mark open around it (`-1` for none): the stacks of open marks of
    /// every hypothesis, shared as a tree like their text.
    private struct OpenMark {
        var mark: Unicode.Scalar
        var enclosing: Int
    }

    /// The chosen characters and open marks of every hypothesis.
    private struct Trees {
        var nodes: [Node] = []
        var marks: [OpenMark] = []

        /// The innermost open mark of a stack, if any.
        func innermost(_ stack: Int) -> Unicode.Scalar? {
            stack >= 0 ? marks[stack].mark : nil
        }

        /// Whether two stacks of open marks hold the same marks.
        func sameMarks(_ first: Int, _ second: Int) -> Bool {
            var (first, second) = (first, second)
            while first != second {
                guard first >= 0, second >= 0, marks[first].mark == marks[second].mark else { return false }
                (first, second) = (marks[first].enclosing, marks[second].enclosing)
            }
            return true
        }
    }

    /// The characters that make the whole decoding most plausible.
    /// - Parameters:
    ///   - units: The decoded units; units with several choices offer the likeliest first.
    ///   - previous: The character before the units, if any: context for the first choice.
    ///   - atLineEnd: Whether the units end their line (where a comma is unlikely).
    /// - Returns: One character per unit.
    func resolve(_ units: [DecodedUnit], after previous: Unicode.Scalar?, atLineEnd: Bool) -> [Unicode.Scalar] {
        let choices = units.enumerated().filter { $0.element.count > 1 }.map { (position: $0.offset, unit: $0.element) }
        return resolve(units.map { $0[0] }, choices: choices, after: previous, atLineEnd: atLineEnd)
    }

    /// The characters that make the whole decoding most plausible, from a decoding kept as
    /// ``RecodedLine/Decoding`` keeps it: no unit is built for the many characters with one
    /// choice.
    /// - Parameters:
    ///   - scalars: One scalar per character: the character, or its likeliest choice.
    ///   - choices: The characters with several choices: their positions in `scalars`, in
    ///     order, with the choices, the likeliest first.
    ///   - previous: The character before them, if any: context for the first choice.
    ///   - atLineEnd: Whether the characters end their line (where a comma is unlikely).
    /// - Returns: One character per scalar.
    func resolve(
        _ scalars: [Unicode.Scalar], choices: [(position: Int, unit: DecodedUnit)], after previous: Unicode.Scalar?,
        atLineEnd: Bool
    ) -> [Unicode.Scalar] {
        guard !choices.isEmpty else { return scalars }
        var trees = Trees()
        trees.nodes.reserveCapacity(scalars.count * 2)
        var start = Hypothesis(node: -1, cost: 0, tail: Tail(), openMarks: -1)
        if let previous { Self.advance(&start, past: previous, marks: &trees.marks) }
        var beam = [start]
        var sinceChoice = Int.max
        // Buffers every step reuses: the cheapest extensions, the beam they make, and the costs
        // of the choices after each distinct tail.
        let mostChoices = choices.reduce(1) { max($0, $1.unit.count) }
        var survivors: [Extension] = []
        survivors.reserveCapacity(Self.beamWidth)
        var nextBeam: [Hypothesis] = []
        nextBeam.reserveCapacity(Self.beamWidth)
        beam.reserveCapacity(Self.beamWidth)
        var stepCosts = StepCosts(tails: Self.beamWidth, choices: mostChoices)
        var nextChoice = 0
        for index in scalars.indices {
            var unit: DecodedUnit?
            if nextChoice < choices.count && choices[nextChoice].position == index {
                unit = choices[nextChoice].unit
                nextChoice += 1
            }
            let scalar = scalars[index]
            // Far from any choice, a known character changes no ranking: append it for free.
            if unit == nil {
                sinceChoice = sinceChoice == Int.max ? Int.max : sinceChoice + 1
                if sinceChoice > Self.contextLength || beam.count == 1 {
                    for slot in beam.indices { Self.append(scalar, to: &beam[slot], trees: &trees) }
                    // Hypotheses that end alike and leave the same marks open score every later
                    // choice alike: any ending costs the cheapest one least (ties go to it as
                    // the earlier), so the search goes on from it alone.
                    if beam.count > 1,
                        beam.allSatisfy({ $0.tail == beam[0].tail && trees.sameMarks($0.openMarks, beam[0].openMarks) })
                    {
                        beam.removeSubrange(1...)
                    }
                    continue
                }
            } else {
                sinceChoice = 0
            }
            // A line rarely ends in the middle of a sentence: the last character of a line is
            // scored with the line break after it.
            let endsLine = atLineEnd && index + 1 == scalars.count
            stepCosts.removeAll()
            guard let unit else {
                // One character for every hypothesis: each is extended in place, and the beam,
                // no wider than the selection below keeps, is ordered by cost as it would be.
                for slot in beam.indices {
                    let firstCost = stepCosts.firstCost(after: beam[slot].tail, of: CollectionOfOne(scalar), model: model)
                    var cost = stepCosts.costs[firstCost]
                    if endsLine { cost += PlausibilityModel.pairCost(scalar, "\n") }
                    beam[slot].cost += cost
                    Self.append(scalar, to: &beam[slot], trees: &trees)
                }
                Self.orderByCost(&beam)
                continue
            }
            // Extensions are scored first and only the survivors are built: the cheapest
            // `beamWidth`, ties in the order they were made, chosen as they come.
            survivors.removeAll(keepingCapacity: true)
            for (slot, hypothesis) in beam.enumerated() {
                let firstCost = stepCosts.firstCost(after: hypothesis.tail, of: unit, model: model)
                let open = trees.innermost(hypothesis.openMarks)
                for (choice, scalar) in unit.enumerated() {
                    var cost = stepCosts.costs[firstCost + choice]
                    if endsLine { cost += PlausibilityModel.pairCost(scalar, "\n") }
                    if let open, Self.closingMark(of: open) == scalar { cost -= Self.matchingBracketBonus }
                    survivors.insert(
                        Extension(hypothesis: slot, scalar: scalar, cost: hypothesis.cost + cost),
                        keepingCheapest: Self.beamWidth, by: \.cost)
                }
            }
            nextBeam.removeAll(keepingCapacity: true)
            for chosen in survivors {
                var extended = beam[chosen.hypothesis]
                extended.cost = chosen.cost
                Self.append(chosen.scalar, to: &extended, trees: &trees)
                nextBeam.append(extended)
            }
            swap(&beam, &nextBeam)
        }
        // Every unit added one node to the path of each hypothesis: the path, read backwards,
        // fills the text from its end.
        var text = [Unicode.Scalar](repeating: " ", count: scalars.count)
        var node = beam.first?.node ?? -1
        var position = scalars.count
        while node >= 0, position > 0 {
            position -= 1
            text[position] = trees.nodes[node].scalar
            node = trees.nodes[node].parent
        }
        return text
    }

    /// What each choice of one unit adds to the cost of the text before it, worked out once
    /// for each distinct tail among the hypotheses (hypotheses that end alike score alike).
    private struct StepCosts {
        /// The tails met so far and where their costs start in ``costs``.
        private var tails: [(tail: Tail, firstCost: Int)] = []
        /// The costs, one per choice after each tail.
        private(set) var costs: [Double] = []

        /// Creates empty costs with room for a step.
        /// - Parameters:
        ///   - tails: How many distinct tails a step may have.
        ///   - choices: How many choices a unit may have.
        init(tails: Int, choices: Int) {
            self.tails.reserveCapacity(tails)
            costs.reserveCapacity(tails * choices)
        }

        /// Forgets the tails and costs of the last step.
        mutating func removeAll() {
            tails.removeAll(keepingCapacity: true)
            costs.removeAll(keepingCapacity: true)
        }

        /// The index in ``costs`` of the first choice's cost after `tail`, scoring every choice
        /// the first time the tail is met.
        mutating func firstCost(
            after tail: Tail, of unit: some Collection<Unicode.Scalar>, model: PlausibilityModel
        ) -> Int {
            if let known = tails.first(where: { $0.tail == tail }) { return known.firstCost }
            let firstCost = costs.count
            tails.append((tail, firstCost))
            // Only a Han character can complete a word: the words of the tail matter to no other.
            let context = model.shortContext(tail.text, withWords: unit.contains(where: \.isHan))
            for scalar in unit {
                costs.append(model.cost(ofNext: scalar, after: context))
            }
            return firstCost
        }
    }

    /// Orders hypotheses by cost, keeping the order of equal ones (as the selection of the
    /// cheapest does); a few at most, so by insertion.
    private static func orderByCost(_ beam: inout [Hypothesis]) {
        for index in beam.indices.dropFirst() {
            let hypothesis = beam[index]
            var slot = index
            while slot > 0 && hypothesis.cost < beam[slot - 1].cost {
                beam[slot] = beam[slot - 1]
                slot -= 1
            }
            beam[slot] = hypothesis
        }
    }

    /// Extends a hypothesis by one chosen character: a new node of the tree.
    private static func append(_ scalar: Unicode.Scalar, to hypothesis: inout Hypothesis, trees: inout Trees) {
        trees.nodes.append(Node(scalar: scalar, parent: hypothesis.node))
        hypothesis.node = trees.nodes.count - 1
        advance(&hypothesis, past: scalar, marks: &trees.marks)
    }

    /// Moves a hypothesis's tail and open marks past one more character.
    private static func advance(_ hypothesis: inout Hypothesis, past scalar: Unicode.Scalar, marks: inout [OpenMark]) {
        hypothesis.tail.append(scalar)
        // The common Han blocks, most of what is appended, hold no mark (a range test: this
        // runs for every character appended, where `isHan` and its other blocks cost more).
        if (0x3400...0x9FFF).contains(scalar.value) { return }
        if closingMark(of: scalar) != nil {
            marks.append(OpenMark(mark: scalar, enclosing: hypothesis.openMarks))
            hypothesis.openMarks = marks.count - 1
        } else if hypothesis.openMarks >= 0, closingMark(of: marks[hypothesis.openMarks].mark) == scalar {
            hypothesis.openMarks = marks[hypothesis.openMarks].enclosing
        }
    }

    /// The closing mark that matches an opening one (`nil` for any other character).
    private static func closingMark(of opening: Unicode.Scalar) -> Unicode.Scalar? {
        switch opening {
        case "“": return "”"
        case "‘": return "’"
        case "「": return "」"
        case "『": return "』"
        case "（": return "）"
        case "《": return "》"
        case "〈": return "〉"
        case "【": return "】"
        case "〔": return "〕"
        case "(": return ")"
        default: return nil
        }
    }
    /// What closing the innermost open mark takes off a character's cost.
    private static let matchingBracketBonus = 8.0
}
