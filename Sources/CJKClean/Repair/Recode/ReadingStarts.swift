/// The starts from which the lossless re-readings of one line could decode, per misreading, and
/// what lets a re-reading go unsearched: a candidate found over each of its starts with more
/// margin than its ceiling (``LegacyReadingChains/marginCeiling(_:charset:)``).
struct ReadingStarts {
    private let line: [Unicode.Scalar]
    private let lineStart: Int
    private let allowed: [Bool]?
    private let explained: ExplainedSpans
    /// For each misreading met: its starts, and what the candidates found give them when there
    /// were `found` of them (more can only raise the least margin).
    private var known: [(misread: LegacyCharset, starts: [Int], cover: LineCandidates.StartsCover, found: Int)] = []

    /// Starts with nothing worked out.
    /// - Parameters:
    ///   - line: The line.
    ///   - lineStart: Its first scalar within the whole text.
    ///   - allowed: Where a misreading may begin, when only some starts may.
    ///   - explained: The spans explained as UTF-8, which no re-reading searches.
    init(line: [Unicode.Scalar], lineStart: Int, allowed: [Bool]?, explained: ExplainedSpans) {
        self.line = line
        self.lineStart = lineStart
        self.allowed = allowed
        self.explained = explained
    }

    /// Whether a lossless re-reading need not be searched, because the candidates found outrank
    /// every start of it; records the skip in `found` when so.
    /// - Parameters:
    ///   - recoded: The line's bytes under the misreading.
    ///   - misread: The misreading.
    ///   - transform: The re-reading's position in the repair's list.
    ///   - ceiling: The most margin any repair of the re-reading could have.
    ///   - found: The line's candidates so far.
    mutating func skipsEveryStart(
        of recoded: RecodedLine, misread: LegacyCharset, transform: Int, ceiling: Double,
        in found: inout LineCandidates
    ) -> Bool {
        guard !found.found.isEmpty else { return false }
        let index: Int
        if let existing = known.firstIndex(where: { $0.misread == misread }) {
            index = existing
        } else {
            known.append((misread, starts(of: recoded), LineCandidates.StartsCover(lowest: -.infinity, owners: []), 0))
            index = known.count - 1
        }
        if known[index].found != found.found.count {
            known[index].cover = found.cover(of: known[index].starts)
            known[index].found = found.found.count
        }
        guard ceiling < known[index].cover.lowest else { return false }
        found.skipEveryStart(transform: transform, at: known[index].starts, cover: known[index].cover)
        return true
    }

    /// Whether any re-reading's search may decode from `offset`: a non-ASCII scalar or a `?`
    /// that the misreading can encode, where a misreading may begin. Spans explained as UTF-8
    /// aside, the search of a lossless re-reading decodes from no other start.
    /// - Parameters:
    ///   - offset: The start, counted from the line's start.
    ///   - line: The line.
    ///   - allowed: Where a misreading may begin, when only some starts may.
    ///   - recoded: The line's bytes under the misreading.
    @inline(__always)
    static func mayBegin(at offset: Int, in line: [Unicode.Scalar], allowed: [Bool]?, recoded: RecodedLine) -> Bool {
        (line[offset].value >= 0x80 || line[offset] == "?") && (allowed?[offset] ?? true) && !recoded.isBarrier(offset)
    }

    /// The offsets of the line from which a lossless re-reading's search could decode: those
    /// ``mayBegin(at:in:allowed:recoded:)`` accepts, outside the spans explained as UTF-8.
    private func starts(of recoded: RecodedLine) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(line.count)
        var offset = 0
        while offset < line.count {
            if let span = explained.span(containing: offset + lineStart) {
                offset = span.upperBound - lineStart
                continue
            }
            if Self.mayBegin(at: offset, in: line, allowed: allowed, recoded: recoded) { starts.append(offset) }
            offset += 1
        }
        return starts
    }
}
