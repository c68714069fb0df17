/// Undoes charset misreadings inside suspicious lines: re-encodes each stretch with the charset
/// it was wrongly decoded with, decodes it strictly with the charset it was really in (trying
/// the few possible values of bytes the misreading lost), and keeps a decoding only when the
/// ``PlausibilityModel`` finds it clearly better than the text as it stands.
struct RecodeRepair: Sendable {
    /// The longest stretch, in scalars of the damaged text, decoded at once.
    static let maximumWindow = 480
    /// Characters of context on each side used to score a stretch.
    static let contextLength = 3
    /// The margin every change needs, in cost units.
    static let baseMargin = 12.0
    /// How close two running margins must be to count as equal when choosing a stretch's end
    /// (the earlier end wins a tie): far above the rounding of sums of a line's costs, far
    /// below any real difference between characters.
    static let marginTieTolerance = 1e-6
    /// The extra margin for each character of the change.
    static let marginPerCharacter = 1.5
    /// The shortest UTF-8 re-reading, in scalars of the damaged text, that the legacy
    /// re-readings leave alone.
    static let minimumExplainedSpan = 12
    /// Shorter ends tried when the longer ones do not reproduce the damaged text.
    static let maximumFallbackEnds = 6
    /// How much the context around a stretch may add to its margin, for the early check.
    static let contextSlack = 24.0
    /// What a U+FFFD of the damaged text counts for when judging a change: about an ordinary
    /// character, so that filling it in pays only when its neighbours improve too.
    static let lostCharacterCost = 12.0

    /// What a scalar of the damaged text counts for in a running margin: its cost, or
    /// ``lostCharacterCost`` for U+FFFD.
    @inline(__always)
    static func runningCost(ofDamaged scalar: Unicode.Scalar, model: PlausibilityModel) -> Double {
        scalar == "\u{FFFD}" ? lostCharacterCost : model.cost(of: scalar)
    }

    private let model: PlausibilityModel
    private let transforms: [RecodeTransform]
    private let screensStarts: Bool
    private let maximumAttempts: Int

    /// Creates the repair.
    /// - Parameters:
    ///   - model: The plausibility model that judges candidates.
    ///   - transforms: The misreadings to try.
    ///   - screensStarts: Whether starts that cannot give a repair are turned away before
    ///     decoding: by ``LegacyReadingChains`` for lossless re-readings, by their first
    ///     character for UTF-8 ones. Without it every start is decoded (what the screening must
    ///     agree with).
    ///   - maximumAttempts: How many stretches one call of ``edits(for:lines:)`` decodes at
    ///     most.
    init(
        model: PlausibilityModel, transforms: [RecodeTransform] = RecodeTransform.all, screensStarts: Bool = true,
        maximumAttempts: Int = maximumAttemptsPerDocument
    ) {
        self.model = model
        self.transforms = transforms
        self.screensStarts = screensStarts
        self.maximumAttempts = maximumAttempts
    }

    /// A change from one start of a line, with its margin over the original.
    private struct Change {
        var edit: ScalarEdit
        var margin: Double
    }

    /// Edits that undo misreadings in the given lines, non-overlapping and sorted.
    /// - Parameters:
    ///   - scalars: The whole text.
    ///   - lines: The ranges of the lines to examine.
    /// - Returns: The edits.
    func edits(for scalars: [Unicode.Scalar], lines: [Range<Int>]) -> [ScalarEdit] {
        edits(for: scalars, lines: lines.map { MojibakeGate.SuspiciousLine(scalars: $0, signals: .recodable) })
    }

    /// Edits that undo misreadings in the given lines, trying on each line only the misreadings
    /// its signals point to: Windows-1252 ones where Latin-1 letters or C1 controls appear, the
    /// others where rare Han runs, half-width kana, stray symbols or lost bytes appear.
    /// - Parameters:
    ///   - scalars: The whole text.
    ///   - lines: The suspicious lines and what they raised.
    /// - Returns: The edits, non-overlapping and sorted.
    func edits(for scalars: [Unicode.Scalar], lines: [MojibakeGate.SuspiciousLine]) -> [ScalarEdit] {
        var candidates: [LineCandidates.Candidate] = []
        var budget = maximumAttempts
        var lostByteChoices = transforms.map { _ in LostByteChoices(model: model, maximumChoices: Self.choicesPerUnit) }
        // The lossless reading that gave the last line its best candidate: a page is mostly
        // misread one way throughout.
        var expected: Int?
        for line in lines where line.scalars.count <= Self.maximumLineLength {
            let found = self.candidates(
                on: line, in: scalars, expecting: expected, choices: &lostByteChoices, budget: &budget
            ).found
            if let best = found.indices.max(by: { LineCandidates.outranks(found[$1], found[$0]) }),
                transforms[found[best].transform].original != .utf8
            {
                expected = found[best].transform
            }
            candidates.append(contentsOf: found)
        }
        // The most convincing changes first; each scalar changes at most once.
        return LineCandidates.choose(candidates).map { candidates[$0].edit }.sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
    }

    /// The candidates for every misreading its signals point to on one line.
    /// - Parameters:
    ///   - line: The suspicious line and what it raised.
    ///   - scalars: The whole text.
    ///   - expected: The lossless reading (its position in ``transforms``) searched first, if any,
    ///     without a ceiling: the one that repaired the line before.
    ///   - choices: For each misreading, the choices for characters with lost bytes so far.
    ///   - budget: The attempts left.
    private func candidates(
        on line: MojibakeGate.SuspiciousLine, in scalars: [Unicode.Scalar], expecting expected: Int?,
        choices: inout [LostByteChoices], budget: inout Int
    ) -> LineCandidates {
        let slice = scalars[line.scalars]
        let singleByte = !line.signals.isDisjoint(with: [.latin1Sequence, .c1Control])
        let doubleByte = !line.signals.isDisjoint(with: [
            .rareHanRun, .halfwidthKanaNextToHan, .symbolNextToHan, .replacementCharacter, .questionAfterCJK,
            .privateUse,
        ])
        // Long stretches that re-read as UTF-8 are taken as UTF-8 under the first misreading
        // that explains them: long runs of valid multi-byte sequences are rare in legacy
        // bytes, and rarer still under two misreadings at once, so the later re-readings (the
        // UTF-8 ones in order of how common the misreading is, then the legacy ones) skip them
        // instead of decoding them again from each of their characters. Short ones (`Â·`) may
        // be legacy bytes and stay open to every reading.
        var explained = ExplainedSpans()
        // A line whose only sign is a run of rare Han characters is mostly clean text with a
        // few uncommon words: a misreading there starts next to a rare character.
        let starts = line.signals == .rareHanRun ? Self.startsNearRareHan(slice) : nil
        // A line whose only sign is a lost-byte mark (`?` after CJK, U+FFFD) is mostly clean
        // text with ordinary question marks or honest replacements: only a misreading that
        // loses bytes can explain a mark, and only a stretch that reaches one is evidenced.
        let marksOnly = line.signals.isSubset(of: [.replacementCharacter, .questionAfterCJK])
        // What every misreading of the line asks about it, worked out once.
        let lineScalars = Array(slice)
        let census = ScriptCensus(lineScalars)
        let nextMark = marksOnly ? Self.nextLostByteMark(in: lineScalars) : nil
        var recodedLines = RecodedLines(slice)
        var found = LineCandidates(line: line.scalars)
        let readsAsEuropeanText = singleByte && Self.readsAsEuropeanText(slice)
        // The misreadings the line's signals point to.
        let tried = transforms.indices.filter { index in
            let transform = transforms[index]
            if marksOnly && transform.lostBytes.isEmpty { return false }
            return transform.misread == .windows1252 ? singleByte && !readsAsEuropeanText : doubleByte
        }
        // The UTF-8 re-readings first: they settle the spans they explain.
        for index in tried where transforms[index].original == .utf8 {
            let transform = transforms[index]
            let before = found.found.count
            var noChains: ChainsOnDemand?
            self.candidates(
                in: slice, scalars: lineScalars, census: census, recodedLines: &recodedLines, chains: &noChains,
                transform: transform, at: index, skipping: explained, allowedStarts: starts, nextMark: nextMark,
                into: &found, skipsOutranked: false, choices: &choices[index], budget: &budget)
            for candidate in found.found[before...] where candidate.edit.range.count >= Self.minimumExplainedSpan {
                explained.insert(candidate.edit.range)
            }
        }
        // Then the lossless re-readings, the most promising first.
        guard mayReread(slice, skipping: explained) else { return found }
        var lossless: [(index: Int, chains: ChainsOnDemand?, ceiling: Double)] = tried.compactMap { index in
            transforms[index].original == .utf8 ? nil : (index, nil, .infinity)
        }
        // The most margin each lossless re-reading could give, from one pass along the line:
        // a re-reading outranked at every start by what the ones before it found is not
        // searched, and the others decode only from starts their sums leave room for a repair
        // at. The expected reading goes first and needs none. (Lines flagged only for lost-byte
        // marks never get here.)
        let sums = screensStarts && !lossless.isEmpty ? LinePrefixSums(lineScalars, model: model) : nil
        if let sums {
            var layouts: [(misread: LegacyCharset, layout: CeilingLayout)] = []
            for position in lossless.indices where lossless[position].index != expected {
                let transform = transforms[lossless[position].index]
                guard case .legacy(let charset) = transform.original else { continue }
                let known = layouts.first { $0.misread == transform.misread }?.layout
                let layout =
                    known ?? CeilingLayout(recodedLines.recoded(for: transform), scalars: lineScalars, sums: sums)
                if known == nil { layouts.append((transform.misread, layout)) }
                lossless[position].ceiling = LegacyReadingChains.marginCeiling(layout, charset: charset)
            }
            // The order only decides how much is skipped: which candidates are chosen does not
            // depend on the order they were found in.
            lossless.sort { $0.ceiling > $1.ceiling }
        }
        // Starts that a candidate found before outranks are skipped; when the skips cannot be
        // shown to change nothing (see ``LineCandidates``), the lossless re-readings are searched
        // again without them, from the UTF-8 re-readings' candidates.
        let beforeLossless = found
        var everyStart = ReadingStarts(
            line: lineScalars, lineStart: slice.startIndex, allowed: starts, explained: explained)
        func searchLossless(skipsOutranked: Bool) {
            for position in lossless.indices {
                let (index, _, ceiling) = lossless[position]
                let transform = transforms[index]
                let recoded = recodedLines.recoded(for: transform)
                if skipsOutranked,
                    everyStart.skipsEveryStart(
                        of: recoded, misread: transform.misread, transform: index, ceiling: ceiling, in: &found)
                {
                    continue
                }
                if let sums, lossless[position].chains == nil, case .legacy(let charset) = transform.original {
                    let (model, minimumCJK) = (model, Self.minimumCJKCharacters(for: transform))
                    lossless[position].chains = ChainsOnDemand {
                        LegacyReadingChains(
                            recoded, table: charset.table, scalars: lineScalars, sums: sums, model: model,
                            minimumCJKCharacters: minimumCJK)
                    }
                }
                self.candidates(
                    in: slice, scalars: lineScalars, census: census, recodedLines: &recodedLines,
                    chains: &lossless[position].chains, transform: transform, at: index, skipping: explained,
                    allowedStarts: starts, nextMark: nextMark, into: &found, skipsOutranked: skipsOutranked,
                    choices: &choices[index], budget: &budget)
            }
        }
        searchLossless(skipsOutranked: screensStarts)
        if !found.isExact {
            found = beforeLossless
            searchLossless(skipsOutranked: false)
        }
        return found
    }

    /// Offsets (from the line's start) at which a misreading may begin on a line flagged only for
    /// rare Han: those with a Han character outside every level-1 set within the next four (UTF-8
    /// read as GBK shows three characters for two, and the first three may all look common:
    /// `浜哄伐` for `人工`).
    static func startsNearRareHan(_ line: ArraySlice<Unicode.Scalar>) -> [Bool] {
        let levels = CharacterLevels.shared
        let rare = line.map { scalar in
            (0x3400...0x4DBF).contains(scalar.value) || (0x20000...0x3134F).contains(scalar.value)
                || ((0x4E00...0x9FFF).contains(scalar.value) && !levels.isLevelOneHan(scalar.value))
        }
        return rare.indices.map { offset in rare[offset..<min(rare.count, offset + 4)].contains(true) }
    }

    /// For each offset of a line, the offset of the first `?` or U+FFFD at or after it (the
    /// line's length when none follows).
    static func nextLostByteMark(in line: [Unicode.Scalar]) -> [Int] {
        var next = [Int](repeating: line.count, count: line.count + 1)
        for offset in line.indices.reversed() {
            next[offset] = line[offset] == "?" || line[offset] == "\u{FFFD}" ? offset : next[offset + 1]
        }
        return next
    }

    /// Whether any misreading may change a line: it has a non-ASCII scalar outside the spans
    /// already explained as UTF-8.
    private func mayReread(_ line: ArraySlice<Unicode.Scalar>, skipping explained: ExplainedSpans) -> Bool {
        line.contains(where: { $0.value >= 0x80 }) && !explained.coversEveryNonASCIIScalar(of: line)
    }

    /// Finds the candidates for one misreading of one line.
    /// - Parameters:
    ///   - line: The line within the whole text.
    ///   - scalars: The same line as an array of its own.
    ///   - census: The line's ``ScriptCensus``.
    ///   - recodedLines: The line's bytes under the misreadings met so far.
    ///   - chains: For a lossless re-reading, the sums that screen its starts. Starts without a
    ///     candidate over them are decoded before the sums are built, which happens only once
    ///     such a start gives nothing: a start that gives a candidate is one they would have
    ///     kept, and a start they would have turned away gets its attempt back.
    ///   - transform: The misreading.
    ///   - index: Its position in ``transforms``.
    ///   - explained: The spans explained as UTF-8, skipped.
    ///   - allowedStarts: Where a misreading may begin, when only some starts may.
    ///   - nextMark: When only stretches reaching a lost-byte mark count, ``nextLostByteMark(in:)``.
    ///   - found: The line's candidates so far, which this misreading's are added to.
    ///   - skipsOutranked: Whether starts that a candidate found before outranks are skipped.
    ///   - choices: The choices for characters with lost bytes under this misreading so far.
    ///   - budget: The attempts left.
    private func candidates(
        in line: ArraySlice<Unicode.Scalar>, scalars: [Unicode.Scalar], census: ScriptCensus,
        recodedLines: inout RecodedLines, chains: inout ChainsOnDemand?, transform: RecodeTransform, at index: Int,
        skipping explained: ExplainedSpans, allowedStarts: [Bool]?, nextMark: [Int]?, into found: inout LineCandidates,
        skipsOutranked: Bool, choices: inout LostByteChoices, budget: inout Int
    ) {
        guard mayReread(line, skipping: explained) else { return }
        let recoded = recodedLines.recoded(for: transform)
        let lineStart = line.startIndex
        // One decoding buffer for every start of the line.
        var decoding = RecodedLine.Decoding()
        var offset = 0
        while offset < scalars.count, budget > 0 {
            if let span = explained.span(containing: offset + lineStart) {
                offset = span.upperBound - lineStart
                continue
            }
            let room = explained.distanceToNextSpan(from: offset + lineStart) ?? Self.maximumWindow
            if let nextMark, nextMark[offset] == scalars.count { break }
            let window = min(Self.maximumWindow, room)
            // A start turned away, or one where nothing decodes, costs next to nothing and spends
            // no attempt: a whole page of legacy bytes read as Windows-1252 is re-read to its end.
            guard ReadingStarts.mayBegin(at: offset, in: scalars, allowed: allowedStarts, recoded: recoded),
                transform.original != .utf8
                    || recoded.mayDecodeUTF8(from: offset)
                        && !(screensStarts && Self.beginsWithUnrepairable(recoded, at: offset, transform))
            else {
                offset += 1
                continue
            }
            // A start without a candidate over it cannot be outranked, and the chains are put off.
            let screenedAfter = chains != nil && chains?.built == nil && !found.hasCandidate(over: offset)
            if !screenedAfter,
                isScreenedOut(
                    offset, chains: chains?.chains(), window: window, in: scalars, transform: index, found: &found,
                    skipsOutranked: skipsOutranked)
            {
                offset += 1
                continue
            }
            let attempts = budget
            guard
                let candidate = candidate(
                    at: offset, in: scalars, census: census, recoded: recoded, transform: transform, window: window,
                    reaching: nextMark?[offset], choices: &choices, decoding: &decoding, budget: &budget)
            else {
                if screenedAfter,
                    isScreenedOut(
                        offset, chains: chains?.chains(), window: window, in: scalars, transform: index,
                        found: &found, skipsOutranked: skipsOutranked)
                {
                    budget = attempts
                }
                offset += 1
                continue
            }
            let range = candidate.edit.range
            found.append(
                LineCandidates.Candidate(
                    edit: ScalarEdit(
                        range: (range.lowerBound + lineStart)..<(range.upperBound + lineStart),
                        replacement: candidate.edit.replacement, kind: candidate.edit.kind,
                        confidence: candidate.edit.confidence),
                    margin: candidate.margin, transform: index))
            offset = range.upperBound
        }
    }

    /// Whether the sums along a lossless re-reading turn a start away: no repair from it could
    /// pass the cheap checks, or (when `skipsOutranked`) a candidate found over it has more
    /// margin than any repair from it could have.
    private func isScreenedOut(
        _ offset: Int, chains: LegacyReadingChains?, window: Int, in scalars: [Unicode.Scalar], transform: Int,
        found: inout LineCandidates, skipsOutranked: Bool
    ) -> Bool {
        guard let chains else { return false }
        switch chains.start(at: offset, window: window, after: offset > 0 ? scalars[offset - 1] : nil) {
        case .unknown: return false
        case .turnedAway: return true
        case .mayRepair(let bound, let reach):
            return skipsOutranked && found.skips(transform: transform, at: offset, marginBound: bound, reach: reach)
        }
    }

    /// Whether a UTF-8 re-reading from scalar `offset` begins with a known character that no
    /// repair may contain, so that every stretch from there would be rejected. Under
    /// Windows-1252 a character that Windows-1252 can encode is left to the judge, which may
    /// undo it once more (text encoded to UTF-8 twice).
    static func beginsWithUnrepairable(_ recoded: RecodedLine, at offset: Int, _ transform: RecodeTransform) -> Bool {
        guard let first = recoded.knownUTF8Character(at: offset), !first.isPlausibleAfterRecoding else { return false }
        return transform.misread != .windows1252 || CharsetTable.windows1252.packedBytes(of: first) == 0
    }

    /// The best change starting at `offset`, if one is clearly better than the original.
    /// - Parameters:
    ///   - decoding: A buffer for the decoding from `offset`.
    ///   - budget: The attempts left; one is spent when anything decodes.
    private func candidate(
        at offset: Int, in scalars: [Unicode.Scalar], census: ScriptCensus, recoded: RecodedLine,
        transform: RecodeTransform,
        window: Int, reaching mark: Int?, choices: inout LostByteChoices, decoding: inout RecodedLine.Decoding,
        budget: inout Int
    ) -> Change? {
        recoded.decode(from: offset, transform: transform, maximumScalars: window, choices: &choices, into: &decoding)
        if decoding.count > 0 { budget -= 1 }
        guard let lastEnd = decoding.ends.last, lastEnd.scalar > mark ?? offset else { return nil }
        let left = Array(scalars[max(0, offset - Self.contextLength)..<offset])
        let atLineEnd = lastEnd.scalar == scalars.count
        // Cheap first: each unit at its cheapest choice, character costs only.
        let cheapest = decoding.cheapest { model.cost(of: $0) }

        // The end with the best running margin, and the longest end; give up early when no end
        // could reach its required margin even with every decoded character in a known word.
        var originalCost = 0.0
        var decodedCost = 0.0
        var scalarCursor = offset
        var unitCursor = 0
        var bestEnd = decoding.ends[0]
        var bestRunningMargin = -Double.infinity
        var anyReachable = false
        for end in decoding.ends {
            while scalarCursor < end.scalar {
                let scalar = scalars[scalarCursor]
                originalCost += Self.runningCost(ofDamaged: scalar, model: model)
                scalarCursor += 1
            }
            while unitCursor < end.units {
                decodedCost += model.cost(of: cheapest[unitCursor])
                unitCursor += 1
            }
            let margin = originalCost - decodedCost
            let required = Self.requiredMargin(original: end.scalar - offset, replacement: end.units)
            if margin + PlausibilityModel.wordBonusPerCharacter * Double(end.units) + Self.contextSlack >= required {
                anyReachable = true
            }
            // Margins within rounding of each other are a tie: text that reads the same both
            // ways (ASCII) adds equal costs to both sums.
            if margin > bestRunningMargin + Self.marginTieTolerance {
                bestRunningMargin = margin
                bestEnd = end
            }
        }
        guard anyReachable else { return nil }
        let chosen =
            decoding.hasLostBytes
            ? LostByteResolver(model: model).resolve(
                decoding.scalars, choices: decoding.choices, after: left.last, atLineEnd: atLineEnd)
            : cheapest
        // Try the best end and the longest one; when bytes were lost and neither reproduces
        // the damaged text, try shorter ends.
        var order = [bestEnd.scalar, decoding.ends[decoding.ends.count - 1].scalar]
        if decoding.hasLostBytes {
            // The longest ends first, walked in place: a line has a hundred ends or more.
            var fallbacks = 0
            for end in decoding.ends.reversed() where end.scalar != order[0] && end.scalar != order[1] {
                guard fallbacks < Self.maximumFallbackEnds else { break }
                order.append(end.scalar)
                fallbacks += 1
            }
        }
        var ends: [Int] = []
        for end in order where !ends.contains(end) { ends.append(end) }
        // The two leading ends share the context and the stretch up to the nearer one, which
        // is scored once for both.
        let nearer = ends.prefix(2).min() ?? offset
        var shared = SharedScoring(
            originalLength: nearer - offset,
            replacementLength: decoding.ends.first(where: { $0.scalar == nearer })?.units ?? 0)
        func assess(_ end: Int) -> Assessed? {
            guard let units = decoding.ends.first(where: { $0.scalar == end })?.units else { return nil }
            return judge(
                offset..<end, replacement: chosen[..<units], in: scalars, census: census, left: left,
                transform: transform, verify: decoding.hasChoices(before: units), shared: &shared)
        }
        // Of the best end and the longest, the larger margin wins (the earlier on a tie) if
        // misreading it gives the damaged text back, the other otherwise: the costly check
        // runs on the winner first.
        var leading = ends.prefix(2).compactMap(assess)
        if leading.count == 2 && leading[1].candidate.margin > leading[0].candidate.margin { leading.swapAt(0, 1) }
        var best = leading.first(where: { reproduces($0, transform: transform) })?.candidate
        // Shorter ends, when bytes were lost and neither does: the longest that passes.
        for end in ends.dropFirst(2) where best == nil {
            if let assessed = assess(end), reproduces(assessed, transform: transform) { best = assessed.candidate }
        }
        return best
    }

    /// Choices kept for a character with lost bytes (the cheapest alone when it has more).
    static let choicesPerUnit = 24

    /// Whether a scalar, other than a private-use one, suggests a misreading: a rare or unknown
    /// Han character, kana or Hangul amid Chinese, a Latin-1 letter, a control or U+FFFD.
    private func isDamageEvidence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 || scalar.isPrivateUse || scalar == "\u{FFFD}" { return false }
        switch scalar.value {
        case 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return false  // punctuation
        default: break
        }
        if scalar.isHan { return model.cost(of: scalar) >= Self.rareHanCost }
        return true
    }

    /// Cost from which a Han character counts as rare evidence of a misreading.
    static let rareHanCost = 14.0

    /// Whether a re-reading brings kana, Hangul or bopomofo into a line whose other CJK text
    /// never uses them: a repair restores the script its surroundings are written in.
    /// - Parameters:
    ///   - replacement: The re-reading.
    ///   - original: The stretch of the line it replaces.
    ///   - line: The census of the whole line.
    private static func addsForeignScript(
        _ replacement: ArraySlice<Unicode.Scalar>, replacing original: ArraySlice<Unicode.Scalar>,
        inLine line: ScriptCensus
    ) -> Bool {
        // Han and punctuation bring no script, whatever surrounds them: the common case needs
        // no census of the stretch replaced.
        let added = ScriptCensus(replacement)
        guard added.usesDistinguishingScript else { return false }
        let context = line.removing(ScriptCensus(original))
        guard context.cjk >= 4 else { return false }
        return !added.usesOnlyScripts(of: context)
    }

    /// Stretches decoded in one document at most: pages with thousands of odd characters (binary
    /// junk, invalid UTF-8) keep a bounded cost, and real mojibake is repaired long before.
    /// Only starts where something decodes count: those that ``LegacyReadingChains`` turns away,
    /// or where the first character does not decode, cost next to nothing.
    static let maximumAttemptsPerDocument = 4_000
    /// Lines longer than this (in scalars) are not re-read: a misread page has line breaks.
    static let maximumLineLength = 20_000

    /// Highest mean character cost a re-reading may have (ordinary prose is around 9–12).
    static let maximumMeanCost = 15.0

    /// Whether the span's Latin-1 letters continue an ASCII word on either side.
    private static func isInsideLatinWord(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        let original = scalars[range]
        guard original.allSatisfy({ isLatin1Letter($0) || isASCIILetter($0) }) else { return false }
        let before = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : nil
        let after = range.upperBound < scalars.count ? scalars[range.upperBound] : nil
        return [before, after].contains { $0.map(isASCIILetter) ?? false }
    }

    /// Whether a line is mostly ASCII letters with a few accented ones: a European language,
    /// where UTF-8 misread as Windows-1252 would instead show mostly Latin-1 characters.
    private static func readsAsEuropeanText(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var ascii = 0
        var latin1 = 0
        for scalar in scalars {
            if isASCIILetter(scalar) {
                ascii += 1
            } else if (0x80...0xFF).contains(scalar.value) {
                latin1 += 1
            }
        }
        return ascii >= latin1 * 4
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 && scalar.latinLetterCase != nil
    }

    private static func isLatin1Letter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xC0 && scalar.latinLetterCase != nil
    }

    /// The margin a change of this size needs.
    /// - Parameters:
    ///   - original: How many scalars of the damaged text it replaces.
    ///   - replacement: How many characters it puts in their place.
    static func requiredMargin(original: Int, replacement: Int) -> Double {
        Self.baseMargin + Self.marginPerCharacter * Double(max(original, replacement))
    }

    /// Decodes a UTF-8-read-as-Windows-1252 result again while it is itself such a misreading
    /// (text encoded to UTF-8 twice or three times).
    private static func undoingRepeatedMisreading(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var current = scalars
        for _ in 1..<MojibakeRepair.maximumRecodingRounds {
            guard current.contains(where: { $0.value >= 0x80 }) else { break }
            var bytes: [UInt8] = []
            for scalar in current {
                guard let encoded = CharsetTable.windows1252.bytes(of: scalar) else { return current }
                bytes.append(contentsOf: encoded)
            }
            guard let decoded = String(validating: bytes, as: UTF8.self) else { break }
            current = ArraySlice(decoded.unicodeScalars)
        }
        return current
    }

    /// A change clearly better than the original, before the check that misreading it gives
    /// the damaged text back.
    private struct Assessed {
        var candidate: Change
        /// The damaged text and the character after it, when the change needs the check.
        var check: (original: [Unicode.Scalar], next: Unicode.Scalar?)?
    }

    /// What the ends of one re-reading share when scored with their context: the context
    /// before it and the stretch up to the nearer end, in the damaged text and in the
    /// re-reading, each scored on first use.
    private struct SharedScoring {
        /// How many scalars of the damaged text the shared stretch has.
        var originalLength: Int
        /// How many characters of the re-reading it has.
        var replacementLength: Int
        var original: PlausibilityModel.Prefix?
        var replacement: PlausibilityModel.Prefix?
    }

    /// The cost of `text` between its context, scoring the context and the first `length`
    /// characters of `text` only once across calls that share them.
    /// - Parameters:
    ///   - text: The text.
    ///   - left: The context before it.
    ///   - right: The context after it.
    ///   - length: How many characters of `text` the calls share (more than it has: none).
    ///   - prefix: The shared part scored, if a call has scored it already.
    private func cost(
        of text: [Unicode.Scalar], between left: [Unicode.Scalar], and right: [Unicode.Scalar], sharing length: Int,
        scored prefix: inout PlausibilityModel.Prefix?
    ) -> Double {
        guard length <= text.count else { return model.cost(of: left + text + right) }
        let start = prefix ?? model.prefix(left + text[..<length])
        prefix = start
        var suffix: [Unicode.Scalar] = []
        suffix.reserveCapacity(text.count - length + right.count)
        suffix.append(contentsOf: text[length...])
        suffix.append(contentsOf: right)
        return model.cost(of: suffix[...], extending: start)
    }

    /// Judges a change on everything but the reproduction check, which ``reproduces(_:transform:)``
    /// makes. Most stretches fail a check before they are scored, so the damaged stretch and its
    /// re-reading stay slices of their arrays until then.
    private func judge(
        _ range: Range<Int>, replacement proposed: ArraySlice<Unicode.Scalar>, in scalars: [Unicode.Scalar],
        census: ScriptCensus, left: [Unicode.Scalar], transform: RecodeTransform, verify: Bool,
        shared: inout SharedScoring
    ) -> Assessed? {
        var reading = proposed
        // Whether the re-reading was itself misread again (text encoded to UTF-8 twice).
        var readAgain = false
        if transform.kind == .utf8AsWindows1252 && !verify {
            reading = Self.undoingRepeatedMisreading(proposed)
            readAgain = !reading.elementsEqual(proposed)
        }
        let stretch = scalars[range]
        guard !reading.elementsEqual(stretch), reading.allSatisfy(\.isPlausibleAfterRecoding),
            reading.contains(where: { $0.value >= 0x80 })
        else { return nil }
        // Legacy CJK bytes read as Windows-1252 always show Latin-1 letters or controls; runs
        // of typographic marks alone (`——`, `”…`) are ordinary punctuation.
        if transform.misread == .windows1252 && !stretch.contains(where: { (0x80...0xFF).contains($0.value) }) {
            return nil
        }
        let minimumCJK = Self.minimumCJKCharacters(for: transform)
        if minimumCJK > 0 && reading.lazy.filter(\.isCJK).prefix(minimumCJK).count < minimumCJK { return nil }
        // Accented letters inside a Latin word (`informação`, `Größe`) are European text, and
        // symbols alone (`«»`, `°`) are typography: misread CJK bytes show Latin-1 letters.
        if transform.misread == .windows1252 {
            if Self.isInsideLatinWord(range, of: scalars) { return nil }
            if !stretch.contains(where: { Self.isLatin1Letter($0) || (0x80...0x9F).contains($0.value) }) { return nil }
        } else if Self.addsForeignScript(reading, replacing: stretch, inLine: census) {
            return nil
        }
        // Private-use characters amid ordinary text are a site's own glyphs, and U+FFFD amid
        // ordinary text is an honest replacement (an HTML `&#0;`, a bad byte): re-reading needs
        // damage in the characters themselves.
        if transform.misread != .windows1252,
            stretch.contains(where: { $0.isPrivateUse || $0 == "\u{FFFD}" }),
            !stretch.contains(where: isDamageEvidence)
        {
            return nil
        }
        // A re-reading must itself read like text, not only beat a worse original: its
        // characters, each after the one before it (`é` after `caf` continues a word).
        var costSum = 0.0
        var previous = left.last
        for scalar in reading {
            costSum += model.cost(of: scalar)
            if let previous { costSum += PlausibilityModel.pairCost(previous, scalar) }
            previous = scalar
        }
        let meanCost = costSum / Double(reading.count)
        guard meanCost <= Self.maximumMeanCost else { return nil }
        let (original, replacement) = (Array(stretch), Array(reading))
        let right = Array(scalars[range.upperBound..<min(scalars.count, range.upperBound + Self.contextLength)])
        let lostMarks = Double(original.count { $0 == "\u{FFFD}" })
        let lostDiscount = lostMarks * (model.cost(of: "\u{FFFD}" as Unicode.Scalar) - Self.lostCharacterCost)
        let originalCost = cost(
            of: original, between: left, and: right, sharing: shared.originalLength, scored: &shared.original)
        // A re-reading undone again is no longer the one the other end shares.
        let replacementCost =
            !readAgain
            ? cost(
                of: replacement, between: left, and: right, sharing: shared.replacementLength,
                scored: &shared.replacement)
            : model.cost(of: left + replacement + right)
        let margin = originalCost - lostDiscount - replacementCost
        let required = Self.requiredMargin(original: original.count, replacement: replacement.count)
        guard margin >= required else { return nil }
        let confidence = min(0.99, 1 - 1 / (1 + margin / required))
        return Assessed(
            candidate: Change(
                edit: ScalarEdit(range: range, replacement: replacement, kind: transform.kind, confidence: confidence),
                margin: margin),
            check: verify ? (original, right.first) : nil)
    }

    /// How many CJK characters a re-reading must contain. Re-reading CJK-looking text must give
    /// CJK text, not Latin letters. Two Latin-1 characters are one character of most CJK
    /// charsets, and they are also the commonest UTF-8 misreading of all (`Â©`, `Â°`, `Â` before
    /// a no-break space): a legacy re-reading of Latin-1 text needs at least two CJK characters
    /// to show for it.
    static func minimumCJKCharacters(for transform: RecodeTransform) -> Int {
        if transform.misread != .windows1252 { return 1 }
        return transform.original == .utf8 ? 0 : 2
    }

    /// Whether an assessed change passes the reproduction check, when it needs one.
    private func reproduces(_ assessed: Assessed, transform: RecodeTransform) -> Bool {
        guard let check = assessed.check else { return true }
        return reproduces(
            check.original, from: assessed.candidate.edit.replacement, next: check.next, transform: transform)
    }

    /// Whether misreading the repaired text gives back the damaged text exactly (a `?` in the
    /// damaged text matching a U+FFFD of the misreading).
    private func reproduces(
        _ original: [Unicode.Scalar], from replacement: [Unicode.Scalar], next: Unicode.Scalar?,
        transform: RecodeTransform
    ) -> Bool {
        // The bytes go straight from the scalars: a `String` in between would be validated
        // and walked again.
        guard case .utf8 = transform.original else { return true }
        // Room for the next character's bytes too (four at most in any charset).
        var bytes = replacement.utf8Bytes(reservingExtra: 4)
        var expected = original
        if let next, let nextBytes = transform.misread.table.bytes(of: next) {
            bytes.append(contentsOf: nextBytes)
            expected.append(next)
        }
        guard let produced = try? ICUCharset.decodeScalars(bytes, charset: transform.misread.icuName) else {
            return false
        }
        guard produced.count == expected.count else { return false }
        return zip(produced, expected).allSatisfy { produced, expected in
            produced == expected || (produced == "\u{FFFD}" && (expected == "?" || expected == "\u{FFFD}"))
                || (transform.misread == .windows1252 && (expected == "?" || expected == "\u{FFFD}"))
        }
    }
}
