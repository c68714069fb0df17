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
            kept.insert((element, cost(element)), keepingCheapest: count, by: \.cost)
        }
    }
}

extension Array {
    /// Adds an element to the cheapest ones kept so far, kept cheapest first: when `limit` are
    /// kept, it takes the last place only if it is cheaper than the element there, and then it
    /// moves up past every dearer element (never past an equal one, so that ties keep the
    /// order they came in).
    /// - Parameters:
    ///   - element: The element.
    ///   - limit: How many elements are kept at most.
    ///   - cost: The cost of an element.
    @inline(__always)
    mutating func insert(_ element: Element, keepingCheapest limit: Int, by cost: (Element) -> Double) {
        let elementCost = cost(element)
        if count == limit {
            guard elementCost < cost(self[limit - 1]) else { return }
            self[limit - 1] = element
        } else {
            append(element)
        }
        var slot = count - 1
        while slot > 0 && elementCost < cost(self[slot - 1]) {
            self[slot] = self[slot - 1]
            slot -= 1
        }
        self[slot] = element
    }
}
