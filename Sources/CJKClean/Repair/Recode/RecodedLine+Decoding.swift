extension RecodedLine {
    /// The decoding of a stretch of the line. Most characters have one choice: they are kept as
    /// plain scalars, which a buffer reused from start to start drops at no cost, and the few
    /// with several choices are listed apart.
    struct Decoding {
        /// Each decoded character, or its first choice when it has several.
        private(set) var scalars: [Unicode.Scalar] = []
        /// The characters with several choices: their positions in ``scalars``, in order.
        private(set) var choices: [(position: Int, unit: Unit)] = []
        /// Ends where a character boundary of the decoding falls on a scalar boundary of the
        /// line: the scalar offset in the line and the number of characters up to there.
        var ends: [(scalar: Int, units: Int)] = []
        /// Whether any character contains a lost byte.
        var hasLostBytes = false

        /// How many characters were decoded.
        var count: Int { scalars.count }

        /// Adds a character with one choice.
        mutating func append(_ scalar: Unicode.Scalar) {
            scalars.append(scalar)
        }

        /// Adds a character with its choices.
        mutating func append(_ unit: Unit) {
            if unit.count > 1 { choices.append((scalars.count, unit)) }
            scalars.append(unit[0])
        }

        /// Whether any of the first `count` characters has several choices.
        func hasChoices(before count: Int) -> Bool {
            choices.first.map { $0.position < count } ?? false
        }

        /// Each character at its cheapest choice under `cost` (the earliest on a tie).
        func cheapest(by cost: (Unicode.Scalar) -> Double) -> [Unicode.Scalar] {
            var cheapest = scalars
            for (position, unit) in choices {
                cheapest[position] = unit.map { ($0, cost($0)) }.min { $0.1 < $1.1 }?.0 ?? unit[0]
            }
            return cheapest
        }

        /// Forgets the decoding, keeping its storage.
        mutating func removeAll() {
            scalars.removeAll(keepingCapacity: true)
            choices.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            hasLostBytes = false
        }

        /// Makes room for `count` characters.
        mutating func reserveCapacity(_ count: Int) {
            scalars.reserveCapacity(count)
            ends.reserveCapacity(count)
        }
    }
}
