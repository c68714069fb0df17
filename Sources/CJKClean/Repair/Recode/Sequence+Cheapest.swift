extension Sequence {
    /// The `count` elements of least cost, cheapest first; elements of equal cost keep their
    /// order in the sequence (as a stable sort followed by a prefix would give).
    /// - Parameters:
    ///   - count: How many elements to keep.
    ///   - cost: The cost of an element, asked once per element.
    /// - Returns: At most `count` elements.
    func cheapest(_ count: Int, by cost: (Element) -> Double) -> [Element] {
        var kept: [(element: Element, cost: Double)] = []
        cheapest(count, by: cost, into: &kept)
        return kept.map(\.element)
    }

    /// The `count` elements of least cost with their costs, cheapest first, written into a
    /// buffer that a caller choosing again and again reuses; ties keep their order.
    /// - Parameters:
    ///   - count: How many elements to keep.
    ///   - cost: The cost of an element, asked once per element.
    ///   - kept: Emptied, then filled with at most `count` elements and their costs.
    func cheapest(_ count: Int, by cost: (Element) -> Double, into kept: inout [(element: Element, cost: Double)]) {
        kept.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        kept.reserveCapacity(Swift.min(count, underestimatedCount))
        for element in self {
            let elementCost = cost(element)
            // When all places are taken, the element takes the last one if it is cheaper, and
            // then moves up past every dearer element (never past an equal one).
            if kept.count == count {
                guard elementCost < kept[count - 1].cost else { continue }
                kept[count - 1] = (element, elementCost)
            } else {
                kept.append((element, elementCost))
            }
            var slot = kept.count - 1
            while slot > 0 && elementCost < kept[slot - 1].cost {
                kept.swapAt(slot, slot - 1)
                slot -= 1
            }
        }
    }
}
