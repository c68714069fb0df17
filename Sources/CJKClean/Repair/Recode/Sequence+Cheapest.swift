extension Sequence {
    /// The `count` elements of least cost, cheapest first; elements of equal cost keep their
    /// order in the sequence (as a stable sort followed by a prefix would give).
    /// - Parameters:
    ///   - count: How many elements to keep.
    ///   - cost: The cost of an element, asked once per element.
    /// - Returns: At most `count` elements.
    func cheapest(_ count: Int, by cost: (Element) -> Double) -> [Element] {
        guard count > 0 else { return [] }
        var kept: [(element: Element, cost: Double)] = []
        kept.reserveCapacity(count + 1)
        for element in self {
            let elementCost = cost(element)
            if kept.count == count, let last = kept.last, !(elementCost < last.cost) { continue }
            var slot = kept.count
            while slot > 0 && elementCost < kept[slot - 1].cost { slot -= 1 }
            kept.insert((element, elementCost), at: slot)
            if kept.count > count { kept.removeLast() }
        }
        return kept.map(\.element)
    }
}
