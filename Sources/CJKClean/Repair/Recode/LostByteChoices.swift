/// The choices for characters with lost bytes under one misreading, ranked by plausibility and
/// remembered across the starts and lines of a document: decodings from neighbouring starts
/// meet the same characters, and working one out enumerates every value its lost bytes could
/// have had (thousands when two continuation bytes were lost).
struct LostByteChoices {
    /// A character with lost bytes as the decoder meets it: its bytes (`nil` for a lost one)
    /// and what each hole must satisfy.
    private struct Key: Hashable {
        var bytes: [UInt8?]
        var rules: [RecodedLine.HoleRule?]
    }

    private var units: [Key: DecodedUnit] = [:]
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
        if let unit = units[key] { return unit }
        var choices = completions(maximumChoices)
        guard !choices.isEmpty else { return nil }
        if choices.count > maximumChoices {
            choices = choices.cheapest(maximumChoices) { model.cost(of: $0) }
        }
        let unit = DecodedUnit(choices: choices)
        units[key] = unit
        return unit
    }
}
