/// The candidate changes found on one line, and what let the search skip work there: starts of
/// lossless re-readings turned away because a candidate already found over them has more
/// margin than any repair from them could have.
///
/// Such a start could only give a change that the final choice (the most margin first, each
/// scalar changed once) rejects, provided the candidate that outranked it is chosen. Skipping it
/// is exact when, once the line is done, every such candidate is chosen and no candidate of the
/// same re-reading begins inside the stretch the skipped start could have covered (a start
/// inside it would have been passed over after a change there). ``isExact`` checks both;
/// when it fails the line's lossless re-readings are searched again without skipping.
struct LineCandidates {
    /// A candidate change with its margin over the original.
    struct Candidate {
        var edit: ScalarEdit
        var margin: Double
        /// The position of its misreading in the repair's list: changes with equal margins are
        /// chosen in that order, then from the start of the line.
        var transform: Int
    }

    /// A start turned away because a candidate outranked it.
    private struct Skip {
        /// The re-reading it belongs to.
        var transform: Int
        /// The start, and the scalar its longest decoding reaches.
        var span: Range<Int>
    }

    /// The line's scalars within the whole text.
    private let line: Range<Int>
    /// The candidates, in the order they were found.
    private(set) var found: [Candidate] = []
    /// For each scalar of the line, the most margin of a candidate covering it; empty until a
    /// start is first checked.
    private var bestMargin: [Double] = []
    /// For each scalar of the line, the candidate with that margin (an index into ``found``).
    private var bestOwner: [Int] = []
    /// Whether each candidate outranked a start.
    private var outranked: [Bool] = []
    /// The skipped starts; starts of one re-reading whose stretches overlap share one record.
    private var skips: [Skip] = []

    /// Starts with no candidate.
    /// - Parameter line: The line's scalars within the whole text.
    init(line: Range<Int>) {
        self.line = line
    }

    /// Adds a candidate found on the line.
    mutating func append(_ candidate: Candidate) {
        found.append(candidate)
        outranked.append(false)
        if !bestMargin.isEmpty { cover(with: found.count - 1) }
    }

    /// Records the margin of candidate `index` over the scalars it covers.
    private mutating func cover(with index: Int) {
        let (range, margin) = (found[index].edit.range, found[index].margin)
        let lower = line.lowerBound
        bestMargin.withUnsafeMutableBufferPointer { bestMargin in
            bestOwner.withUnsafeMutableBufferPointer { bestOwner in
                for offset in range where margin > bestMargin[offset - lower] {
                    bestMargin[offset - lower] = margin
                    bestOwner[offset - lower] = index
                }
            }
        }
    }

    /// Fills ``bestMargin`` and ``bestOwner`` on the first check of a start.
    private mutating func coverOnFirstCheck() {
        guard bestMargin.isEmpty else { return }
        bestMargin = Array(repeating: -.infinity, count: line.count)
        bestOwner = Array(repeating: -1, count: line.count)
        for index in found.indices { cover(with: index) }
    }

    /// Whether a candidate found covers the scalar at `offset`, counted from the line's start:
    /// only a start with one over it can be skipped.
    mutating func hasCandidate(over offset: Int) -> Bool {
        guard !found.isEmpty else { return false }
        coverOnFirstCheck()
        return bestOwner[offset] >= 0
    }

    /// Whether a start may be skipped: a candidate found over it has more margin than any repair
    /// from it could have. Records the skip when it may.
    /// - Parameters:
    ///   - transform: The re-reading's position in the repair's list.
    ///   - offset: The start, counted from the line's start.
    ///   - marginBound: The most margin a repair from it could have.
    ///   - reach: The scalar its longest decoding reaches, counted from the line's start.
    mutating func skips(transform: Int, at offset: Int, marginBound: Double, reach: Int) -> Bool {
        guard !found.isEmpty else { return false }
        coverOnFirstCheck()
        guard marginBound < bestMargin[offset] else { return false }
        outranked[bestOwner[offset]] = true
        // No candidate of the re-reading begins at a skipped start, so a stretch from the
        // previous skipped start that reaches past this one can be extended to this one's reach.
        if let last = skips.last, last.transform == transform, last.span.upperBound > offset {
            skips[skips.count - 1].span = last.span.lowerBound..<max(last.span.upperBound, reach)
        } else {
            skips.append(Skip(transform: transform, span: offset..<reach))
        }
        return true
    }

    /// What the candidates found give a set of starts: the least margin over any of them, and
    /// the candidates over them.
    struct StartsCover {
        /// The least margin; minus infinity when a start has no candidate over it.
        var lowest: Double
        /// The candidates over the starts (indices into ``found``), each once.
        var owners: [Int]
    }

    /// What the candidates found give the scalars at `starts`: a re-reading whose repairs could
    /// have no more margin than the least of it anywhere may skip every one of them
    /// (``skipEveryStart(transform:at:cover:)``).
    /// - Parameter starts: Offsets counted from the line's start.
    mutating func cover(of starts: [Int]) -> StartsCover {
        guard !found.isEmpty else { return StartsCover(lowest: -.infinity, owners: []) }
        coverOnFirstCheck()
        var cover = StartsCover(lowest: .infinity, owners: [])
        for offset in starts {
            cover.lowest = min(cover.lowest, bestMargin[offset])
            // Neighbouring starts mostly share one candidate.
            if bestOwner[offset] >= 0 && cover.owners.last != bestOwner[offset]
                && !cover.owners.contains(bestOwner[offset])
            {
                cover.owners.append(bestOwner[offset])
            }
        }
        return cover
    }

    /// Records that a re-reading is not searched at all because a candidate found over each of
    /// its starts has more margin than any repair of it could have: each skipped stretch
    /// reaches the end of the line.
    /// - Parameters:
    ///   - transform: The re-reading's position in the repair's list.
    ///   - starts: Every start the re-reading's search could decode from, counted from the
    ///     line's start, in order.
    ///   - cover: What the candidates found give those starts (``cover(of:)``), each of which has
    ///     one over it.
    mutating func skipEveryStart(transform: Int, at starts: [Int], cover: StartsCover) {
        guard let first = starts.first else { return }
        for owner in cover.owners { outranked[owner] = true }
        skips.append(Skip(transform: transform, span: first..<line.count))
    }

    /// Whether the candidates are the ones a search without skips would choose from: every
    /// candidate that outranked a start is chosen, and no candidate of a re-reading begins inside
    /// a stretch that a skipped start of the same re-reading could have covered.
    var isExact: Bool {
        guard !skips.isEmpty else { return true }
        var chosen = [Bool](repeating: false, count: found.count)
        for index in Self.choose(found) { chosen[index] = true }
        guard !zip(outranked, chosen).contains(where: { $0 && !$1 }) else { return false }
        return !skips.contains { skip in
            found.contains { candidate in
                let start = candidate.edit.range.lowerBound - line.lowerBound
                return candidate.transform == skip.transform && start > skip.span.lowerBound
                    && start < skip.span.upperBound
            }
        }
    }

    /// The candidates chosen: the most margin first, then the earlier misreading, then the
    /// earlier start; each scalar changed once.
    /// - Returns: The indices of the chosen candidates.
    static func choose(_ candidates: [Candidate]) -> [Int] {
        let order = candidates.indices.sorted { outranks(candidates[$0], candidates[$1]) }
        var taken: [Range<Int>] = []
        var chosen: [Int] = []
        for index in order where !taken.contains(where: { $0.overlaps(candidates[index].edit.range) }) {
            taken.append(candidates[index].edit.range)
            chosen.append(index)
        }
        return chosen
    }

    /// Whether `first` is chosen before `second`.
    static func outranks(_ first: Candidate, _ second: Candidate) -> Bool {
        if first.margin != second.margin { return first.margin > second.margin }
        if first.transform != second.transform { return first.transform < second.transform }
        return first.edit.range.lowerBound < second.edit.range.lowerBound
    }
}
