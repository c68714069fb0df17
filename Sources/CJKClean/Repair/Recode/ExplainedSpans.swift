/// Stretches of a text that one re-reading already explains, kept sorted and merged so that
/// later re-readings can step over them.
struct ExplainedSpans {
    /// The stretches, in scalar offsets of the whole text: sorted, disjoint, not adjacent.
    private(set) var spans: [Range<Int>] = []

    /// Adds a stretch, merging it with those it touches.
    /// - Parameter range: The stretch, in scalar offsets.
    mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var merged = range
        var first = firstIndex(endingAtOrAfter: range.lowerBound)
        while first < spans.count, spans[first].lowerBound <= merged.upperBound {
            merged = min(merged.lowerBound, spans[first].lowerBound)..<max(merged.upperBound, spans[first].upperBound)
            spans.remove(at: first)
        }
        first = firstIndex(endingAtOrAfter: merged.lowerBound)
        spans.insert(merged, at: first)
    }

    /// The stretch that contains `offset`, if any.
    func span(containing offset: Int) -> Range<Int>? {
        let index = firstIndex(endingAtOrAfter: offset + 1)
        guard index < spans.count, spans[index].contains(offset) else { return nil }
        return spans[index]
    }

    /// How many scalars lie between `offset` and the next stretch, or `nil` when none follows.
    func distanceToNextSpan(from offset: Int) -> Int? {
        let index = firstIndex(endingAtOrAfter: offset + 1)
        guard index < spans.count else { return nil }
        return max(0, spans[index].lowerBound - offset)
    }

    /// Whether every scalar from U+0080 up of a line lies in some stretch.
    /// - Parameter line: The line, indexed by scalar offsets of the whole text.
    func coversEveryNonASCIIScalar(of line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !spans.isEmpty else { return false }
        var offset = line.startIndex
        while offset < line.endIndex {
            if let span = span(containing: offset) {
                offset = span.upperBound
            } else if line[offset].value >= 0x80 {
                return false
            } else {
                offset += 1
            }
        }
        return true
    }

    /// The index of the first stretch whose end is at or after `offset` (binary search).
    private func firstIndex(endingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
