/// The ``LegacyReadingChains`` of one lossless re-reading of a line, built the first time a start
/// needs screening. A line that the re-reading repairs whole from its first start never needs
/// them: a start that gives a candidate is one the chains would have kept.
struct ChainsOnDemand {
    /// The chains, once built.
    private(set) var built: LegacyReadingChains?
    private let build: () -> LegacyReadingChains

    /// Prepares the chains without building them.
    /// - Parameter build: Builds them.
    init(_ build: @escaping () -> LegacyReadingChains) {
        self.build = build
    }

    /// The chains, built now if they were not yet.
    mutating func chains() -> LegacyReadingChains {
        if let built { return built }
        let chains = build()
        built = chains
        return chains
    }
}
