/// What a line as it stands costs from its start up to each scalar: running costs, the costs
/// of pairs of neighbours and the number of Han characters. Subtracting two sums prices any
/// stretch of the line in constant time. Built once per line, for every lossless re-reading of
/// it.
struct LinePrefixSums {
    /// The running costs (``RecodeRepair/runningCost(ofDamaged:model:)``) of the scalars before
    /// each offset; one element more than the line has scalars.
    let runningCost: [Double]
    /// The costs of the pairs of neighbours up to each offset: element `k + 1` adds the pair
    /// that ends on scalar `k` (none ends on the first).
    let pairCost: [Double]
    /// How many of the scalars before each offset are Han.
    let han: [Int]
    /// The running costs and the costs of the pairs ending on the scalars before each offset.
    let costWithPairs: [Double]

    /// Sums the costs of one line.
    /// - Parameters:
    ///   - scalars: The line as it stands.
    ///   - model: The model that scores it.
    init(_ scalars: [Unicode.Scalar], model: PlausibilityModel) {
        // Written once, straight into arrays of their final size: every suspicious line is
        // summed, and most of them are not repaired.
        let count = scalars.count + 1
        var pairCost: [Double] = []
        var han: [Int] = []
        var costWithPairs: [Double] = []
        runningCost = [Double](unsafeUninitializedCapacity: count) { running, runningCount in
            pairCost = [Double](unsafeUninitializedCapacity: count) { pairs, pairsCount in
                han = [Int](unsafeUninitializedCapacity: count) { hanCounts, hanCount in
                    costWithPairs = [Double](unsafeUninitializedCapacity: count) { both, bothCount in
                        var (runningSum, pairSum, hanSum) = (0.0, 0.0, 0)
                        var previous: Unicode.Scalar?
                        for offset in 0..<count {
                            running.initializeElement(at: offset, to: runningSum)
                            pairs.initializeElement(at: offset, to: pairSum)
                            hanCounts.initializeElement(at: offset, to: hanSum)
                            both.initializeElement(at: offset, to: runningSum + pairSum)
                            guard offset < scalars.count else { break }
                            let scalar = scalars[offset]
                            runningSum += RecodeRepair.runningCost(ofDamaged: scalar, model: model)
                            if let previous { pairSum += PlausibilityModel.pairCost(previous, scalar) }
                            if scalar.isHan { hanSum += 1 }
                            previous = scalar
                        }
                        bothCount = count
                    }
                    hanCount = count
                }
                pairsCount = count
            }
            runningCount = count
        }
        self.pairCost = pairCost
        self.han = han
        self.costWithPairs = costWithPairs
    }
}
