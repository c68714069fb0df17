/// The choices for characters with lost bytes under one misreading, ranked by plausibility and
/// remembered across the starts and lines of a document: decodings from neighbouring starts
/// meet the same characters, and working one out enumerates every value its lost bytes could
/// have had (thousands when two continuation bytes were lost).
struct LostByteChoices {
    /// A character with lost bytes as the decoder meets it, packed into two integers: hashing
    /// two arrays of optionals for every such character cost more than working it out once.
    private struct Key: Hashable {
        /// Nine bits per byte, the first lowest: the byte, and above it whether it is known.
        var bytes: UInt64 = 0
        /// Eleven bits per hole rule: the kind (none, alone, alone before a known byte, first
        /// or second of a pair) in three, the known byte after a lone hole in the other eight.
        var rules: UInt64 = 0

        /// Packs a character, or returns `nil` for one longer than any UTF-8 sequence.
        init?(bytes: [UInt8?], rules: [RecodedLine.HoleRule?]) {
            guard bytes.count <= 4, rules.count <= 4 else { return nil }
            for (index, byte) in bytes.enumerated() {
                let packed: UInt64 = byte.map { 0x100 | UInt64($0) } ?? 0
                self.bytes |= packed << (9 * UInt64(index))
            }
            self.bytes |= UInt64(bytes.count) << 36
            for (index, rule) in rules.enumerated() {
                let packed: UInt64
                switch rule {
                case nil: packed = 0
                case .lone(next: nil): packed = 1 << 8
                case .lone(next: let next?): packed = 2 << 8 | UInt64(next)
                case .pairFirst: packed = 3 << 8
                case .pairSecond: packed = 4 << 8
                }
                self.rules |= packed << (11 * UInt64(index))
            }
            self.rules |= UInt64(rules.count) << 55
        }
    }

    /// The unit of each character met, or `nil` when none fits it.
    private var units: [Key: DecodedUnit?] = [:]
    /// Ranks the choices.
    private let model: PlausibilityModel
    /// The most choices a character keeps.
    private let maximumChoices: Int

    /// Creates an empty memory.
    /// - Parameters:
    ///   - model: Ranks the choices.
    ///   - maximumChoices: The most choices a character keeps: the most plausible ones, in
    ///     order of plausibility (ties in decoding order). A character with no more than this
    ///     many keeps them all, in decoding order.
    init(model: PlausibilityModel, maximumChoices: Int) {
        self.model = model
        self.maximumChoices = maximumChoices
    }

    /// The unit for a character with lost bytes, worked out by `completions` the first time.
    /// - Parameters:
    ///   - bytes: The character's bytes, `nil` for a lost one.
    ///   - rules: What each hole must satisfy.
    ///   - completions: Given how many choices a character keeps, every character the bytes
    ///     can be, in decoding order, or, when there are more than that, possibly just that
    ///     many of the most plausible, most plausible first (ties in decoding order).
    /// - Returns: The unit, or `nil` when no character fits.
    mutating func unit(
        bytes: [UInt8?], rules: [RecodedLine.HoleRule?], completions: (_ limit: Int) -> [Unicode.Scalar]
    ) -> DecodedUnit? {
        let key = Key(bytes: bytes, rules: rules)
        if let key, let unit = units[key] { return unit }
        var choices = completions(maximumChoices)
        if choices.count > maximumChoices {
            choices = choices.cheapest(maximumChoices) { model.cost(of: $0) }
        }
        let unit = choices.isEmpty ? nil : DecodedUnit(choices: choices)
        if let key { units[key] = unit }
        return unit
    }
}
