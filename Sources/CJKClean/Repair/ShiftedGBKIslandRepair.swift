/// Repairs runs of GBK bytes that were decoded one byte off.
///
/// When the first byte of a two-byte character is lost (it becomes `?`), the decoder pairs every
/// following trail byte with the next lead byte until a single-byte character realigns it:
/// `其他停火提議` (`CD A3 | BB F0 | CC E1 | D7 68`) reads as `其他?；鹛嶙h` (`A3 BB | F0 CC | E1 D7 | 68`).
/// Full-width punctuation inside such an island may since have been folded to ASCII (`；` → `;`),
/// an orphan pinyin gloss such as `shù)` may follow the `?`, and the island may end in a second
/// lost byte (`?`) that swallowed the `<` of a tag, leaving `/p>` behind.
///
/// The repair re-encodes the island to GBK, tries every possible lost byte, decodes strictly and
/// keeps the candidate the ``PlausibilityModel`` prefers, only when it is clearly better than
/// the original.
struct ShiftedGBKIslandRepair: Sendable {
    /// Characters after the `?` that an island may span.
    static let maximumIslandLength = 16
    /// Characters of context on each side used to score candidates.
    static let contextLength = 3
    /// Islands tried in one document at most, so that a page full of `?` keeps a bounded cost.
    static let maximumAttemptsPerDocument = 256
    /// How much cheaper (in cost units) a candidate must be than the original.
    static let requiredMargin = 10.0

    private static let foldedPunctuation: [Unicode.Scalar: Unicode.Scalar] = [
        ";": "；", ",": "，", ":": "：", "!": "！", "(": "（", ")": "）",
    ]

    private let table: GBKPairTable
    private let model: PlausibilityModel

    init(table: GBKPairTable = .shared, model: PlausibilityModel) {
        self.table = table
        self.model = model
    }

    /// Whether the text could contain an island: a `?` or U+FFFD right after a CJK character.
    static func mayApply(to scalars: [Unicode.Scalar]) -> Bool {
        var previousIsCJK = false
        for scalar in scalars {
            if previousIsCJK && (scalar == "?" || scalar == "\u{FFFD}") { return true }
            previousIsCJK = scalar.isCJK
        }
        return false
    }

    /// Edits that replace each island with its most plausible decoding.
    func edits(for scalars: [Unicode.Scalar]) -> [ScalarEdit] {
        var edits: [ScalarEdit] = []
        var index = 1
        var attempts = 0
        while index < scalars.count, attempts < Self.maximumAttemptsPerDocument {
            if scalars[index] == "?" || scalars[index] == "\u{FFFD}", scalars[index - 1].isCJK {
                attempts += 1
            }
            if scalars[index] == "?" || scalars[index] == "\u{FFFD}", scalars[index - 1].isCJK,
                let edit = repairIsland(at: index, in: scalars)
            {
                edits.append(edit)
                index = edit.range.upperBound
            } else {
                index += 1
            }
        }
        return edits
    }

    /// The shape of one island: where its shifted characters are and how it ends.
    private struct Island {
        var start: Int
        var shifted: Range<Int>
        /// The byte that realigned the decoder, or `nil` when it was lost too.
        var trail: UInt8?
        var end: Int
    }

    private func repairIsland(at questionMark: Int, in scalars: [Unicode.Scalar]) -> ScalarEdit? {
        guard let island = locateIsland(after: questionMark, in: scalars), looksShifted(scalars[island.shifted]) else {
            return nil
        }
        var middle: [UInt8] = []
        for scalar in scalars[island.shifted] {
            guard let pair = table.bytes(of: Self.foldedPunctuation[scalar] ?? scalar) else { return nil }
            middle.append(contentsOf: [pair.0, pair.1])
        }
        let left = Array(scalars[max(0, questionMark - Self.contextLength)..<questionMark])
        var right = Array(scalars[island.end..<min(scalars.count, island.end + Self.contextLength)])
        if island.end == scalars.count { right = ["\n"] }
        let endings = right.first == "\n" ? Self.neighbourLineEndings(around: questionMark, in: scalars) : []
        guard let best = bestDecoding(middle: middle, trail: island.trail, left: left, right: right, lineEndings: endings)
        else {
            return nil
        }
        let original = model.cost(of: (left + scalars[questionMark..<island.end] + right).string)
        let margin = original - best.cost
        guard margin >= Self.requiredMargin else { return nil }
        let confidence = min(0.99, 1 - 1 / (1 + margin / Self.requiredMargin))
        return ScalarEdit(
            range: questionMark..<island.end, replacement: best.scalars, kind: .shiftedGBKIsland,
            confidence: confidence)
    }

    /// Cost from which a Han character counts as rare (roughly: outside the few thousand most
    /// frequent characters).
    static let rareCharacterCost = 14.0

    /// Whether the characters after the `?` look like a misaligned decoding: shifted GBK pairs
    /// land mostly on rare characters, while a real question is followed by ordinary text.
    /// Misaligned pairs almost never spell a known word, so one among them (`�字符�`) shows
    /// ordinary text around a mark that stands for something else, such as a bad byte.
    private func looksShifted(_ characters: ArraySlice<Unicode.Scalar>) -> Bool {
        let han = characters.filter(\.isHan)
        guard !han.isEmpty else { return true }
        guard model.wordCoverage(Array(characters)) == 0 else { return false }
        let rare = han.filter { model.cost(of: $0) >= Self.rareCharacterCost }.count
        return rare * 2 >= han.count
    }

    private func locateIsland(after questionMark: Int, in scalars: [Unicode.Scalar]) -> Island? {
        var cursor = questionMark + 1
        // An orphan gloss: the reading of the character whose bytes were lost, then `)`.
        var glossEnd = cursor
        while glossEnd < scalars.count, glossEnd - cursor < PinyinSyllable.maximumLength,
            PinyinSyllable.isSyllableScalar(scalars[glossEnd])
        {
            glossEnd += 1
        }
        if glossEnd < scalars.count, scalars[glossEnd] == ")",
            PinyinSyllable.isSyllable(scalars[cursor..<glossEnd])
        {
            cursor = glossEnd + 1
        }
        let shiftedStart = cursor
        while cursor < scalars.count, cursor - shiftedStart < Self.maximumIslandLength,
            Self.foldedPunctuation[scalars[cursor]] != nil || (scalars[cursor].value >= 0x80 && table.bytes(of: scalars[cursor]) != nil)
        {
            cursor += 1
        }
        guard cursor > shiftedStart, cursor < scalars.count else { return nil }
        let terminator = scalars[cursor]
        if terminator == "?" || terminator == "\u{FFFD}" {
            var end = cursor + 1
            end = Self.endOfTagRemnant(from: end, in: scalars) ?? end
            return Island(start: questionMark, shifted: shiftedStart..<cursor, trail: nil, end: end)
        }
        guard (0x40...0x7E).contains(terminator.value) else { return nil }
        return Island(
            start: questionMark, shifted: shiftedStart..<cursor, trail: UInt8(terminator.value), end: cursor + 1)
    }

    /// The end of a tag whose `<` was swallowed, such as `/p>`, if one starts at `index`.
    private static func endOfTagRemnant(from index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var cursor = index
        if cursor < scalars.count, scalars[cursor] == "/" { cursor += 1 }
        let nameStart = cursor
        while cursor < scalars.count, cursor - nameStart < 10, scalars[cursor].properties.isASCIIHexDigit
            || ("a"..."z").contains(scalars[cursor]) || ("A"..."Z").contains(scalars[cursor])
        {
            cursor += 1
        }
        guard cursor > nameStart, cursor < scalars.count, scalars[cursor] == ">" else { return nil }
        return cursor + 1
    }

    /// Cost bonus for a line-final mark that matches the neighbouring lines' final marks.
    static let matchingLineEndingBonus = 3.0

    /// The final punctuation marks (in ASCII form) of the sibling lines before and after the line
    /// that holds `index`.
    static func neighbourLineEndings(around index: Int, in scalars: [Unicode.Scalar]) -> Set<Unicode.Scalar> {
        var endings = Set<Unicode.Scalar>()
        let lineStart = scalars[..<index].lastIndex(of: "\n")
        // A line ending in a colon introduces the list rather than being one of its items.
        if let lineStart, lineStart > 0, scalars[lineStart - 1].isSentencePunctuation {
            let ending = PlausibilityModel.asciiForm(of: scalars[lineStart - 1])
            if ending != ":" { endings.insert(ending) }
        }
        if let lineEnd = scalars[index...].firstIndex(of: "\n") {
            let nextEnd = scalars[(lineEnd + 1)...].firstIndex(of: "\n") ?? scalars.count
            if nextEnd > lineEnd + 1, scalars[nextEnd - 1].isSentencePunctuation {
                endings.insert(PlausibilityModel.asciiForm(of: scalars[nextEnd - 1]))
            }
        }
        return endings
    }

    private struct Candidate {
        var scalars: [Unicode.Scalar]
        var cost: Double
    }

    /// Tries every lost lead byte (and every lost trail byte when the island ended in one).
    private func bestDecoding(
        middle: [UInt8], trail: UInt8?, left: [Unicode.Scalar], right: [Unicode.Scalar], lineEndings: Set<Unicode.Scalar>
    ) -> Candidate? {
        // Bytes: lost lead, middle..., then the realigning trail (known or lost).
        guard let firstTrail = middle.first else { return nil }
        var inner: [Unicode.Scalar] = []
        var position = 1
        while position + 1 < middle.count {
            guard let scalar = table.character(lead: middle[position], trail: middle[position + 1]) else { return nil }
            inner.append(scalar)
            position += 2
        }
        guard position == middle.count - 1 else { return nil }
        let lastLead = middle[position]

        let leads = rankedCandidates(GBKPairTable.leadBytes.compactMap { table.character(lead: $0, trail: firstTrail) }) {
            left + [$0] + inner
        }
        let lasts: [Unicode.Scalar]
        if let trail {
            guard let last = table.character(lead: lastLead, trail: trail) else { return nil }
            lasts = [last]
        } else {
            lasts = rankedCandidates(GBKPairTable.trailBytes.compactMap { table.character(lead: lastLead, trail: $0) }) {
                inner + [$0] + right
            }
        }
        var best: Candidate?
        for first in leads {
            for last in lasts {
                let decoded = [first] + inner + [last]
                guard decoded.allSatisfy({ $0.isHan || $0.isCJK || (0x3000...0x303F).contains($0.value) || (0xFF01...0xFF5E).contains($0.value) })
                else { continue }
                var cost = model.cost(of: (left + decoded + right).string)
                // A line-final mark most likely matches the marks ending the neighbouring lines
                // (list items end alike).
                if lineEndings.contains(PlausibilityModel.asciiForm(of: last)) { cost -= Self.matchingLineEndingBonus }
                if best.map({ cost < $0.cost }) ?? true { best = Candidate(scalars: decoded, cost: cost) }
            }
        }
        return best
    }

    /// The few characters that fit their neighbours best, cheapest first.
    private func rankedCandidates(_ options: [Unicode.Scalar], limit: Int = 8, context: (Unicode.Scalar) -> [Unicode.Scalar])
        -> [Unicode.Scalar]
    {
        options.map { ($0, model.cost(of: context($0).string)) }
            .sorted { $0.1 < $1.1 }
            .prefix(limit)
            .map(\.0)
    }
}
