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
        var runningCost = [Double](repeating: 0, count: scalars.count + 1)
        var pairCost = [Double](repeating: 0, count: scalars.count + 1)
        var han = [Int](repeating: 0, count: scalars.count + 1)
        var previous: Unicode.Scalar?
        for (offset, scalar) in scalars.enumerated() {
            runningCost[offset + 1] = runningCost[offset] + RecodeRepair.runningCost(ofDamaged: scalar, model: model)
            pairCost[offset + 1] = pairCost[offset] + (previous.map { PlausibilityModel.pairCost($0, scalar) } ?? 0)
            han[offset + 1] = han[offset] + (scalar.isHan ? 1 : 0)
            previous = scalar
        }
        self.runningCost = runningCost
        self.pairCost = pairCost
        self.han = han
        costWithPairs = zip(runningCost, pairCost).map(+)
    }
}
