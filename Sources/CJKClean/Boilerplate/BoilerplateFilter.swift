/// Separates an article from the boilerplate around it, by line density.
///
/// Every line gets a score: content lines (long enough, with sentence punctuation, few links)
/// score their weighted length, where a CJK character counts like a word; flagged lines
/// (navigation, metadata, boilerplate phrases, repeats, teasers, link lists) score strongly
/// negative; other short lines score slightly negative. The article is the contiguous run of
/// lines with the largest total, so short headings and list items between paragraphs stay while
/// menus and related-link blocks at the edges go; short lines right before the first paragraph
/// (a subtitle, a lead) are taken in too. Flagged lines inside the run are still removed.
public struct BoilerplateFilter: Sendable {
    /// The outcome for a document's lines.
    public struct Outcome: Sendable, Hashable {
        /// Index of the line chosen as title, if any.
        public var titleIndex: Int?
        /// Indices of the article's lines, in order.
        public var kept: [Int]
        /// Every other line, with its reason.
        public var removed: [RemovedLine]
    }

    /// Weighted length from which a line with punctuation counts as content.
    static let contentLength = 10.0
    /// Score of a short, unflagged line.
    static let shortLineScore = -3.0
    /// Score added to a flagged line, beyond its own length.
    static let flaggedPenalty = 20.0
    /// How much container evidence (−2…2) weighs, per word unit of the line.
    static let containerWeight = 0.75
    /// Flags that do not remove a line standing between two of the article's lines: a date or a
    /// phone number inside an announcement is part of it.
    static let keptInsideArticle: Set<BoilerplateReason> = [.metadata]
    /// How many short lines right before the first paragraph are taken in as lead or subtitle.
    static let maximumLeadLines = 1
    /// Score of a section heading (`related stories` …), which ends an article unless a long
    /// stretch of prose follows it.
    static let sectionHeadingScore = -80.0
    /// Score of a heading that opens the comments (网友评论, `leave a reply` …): comments never
    /// sit inside an article, so even a long comment (a reposted article) stays out.
    static let commentsHeadingScore = -400.0

    private let classifier = LineClassifier()

    /// Creates a filter.
    public init() {}

    /// Chooses the article lines and, when `findsTitle` is set, a title line before them.
    /// - Parameters:
    ///   - lines: The document's lines.
    ///   - findsTitle: Whether to pick a headline-like line before the article as title.
    ///   - knownTitle: A title already known (from HTML metadata), used to spot repeats of it.
    /// - Returns: The title line, the kept lines and the removed ones with their reasons.
    public func filter(_ lines: [TextLine], findsTitle: Bool = true, knownTitle: String? = nil) -> Outcome {
        let folded = lines.map { PhraseMatcher.fold($0.text) }
        let measures = folded.map { TextMeasure(scalars: $0) }
        var flags = lines.indices.map { classifier.flag(for: lines[$0], folded: folded[$0], measure: measures[$0]) }
        markTeasers(lines, flags: &flags)
        markRepeats(lines, measures: measures, flags: &flags, knownTitle: knownTitle)

        let scores = lines.indices.map { score(lines[$0], measure: measures[$0], flag: flags[$0]) }
        guard let span = Self.bestSpan(scores) else {
            return fallback(lines, flags: flags)
        }
        var start = span.lowerBound
        var titleIndex: Int?
        if findsTitle {
            // A headline may be echoed elsewhere (captions, "title - site"), so repeats qualify.
            titleIndex = (0..<start).first {
                (flags[$0] == nil || flags[$0] == .repeated) && isHeadlineLike(lines[$0], measure: measures[$0])
            }
        }
        // A lead or subtitle right before the first paragraph belongs to the article; a longer run
        // of short lines there is a list of something else.
        var extended = 0
        while extended < Self.maximumLeadLines, start > 0, start - 1 != titleIndex, flags[start - 1] == nil {
            start -= 1
            extended += 1
        }
        var kept: [Int] = []
        var removed: [RemovedLine] = []
        for index in lines.indices {
            if index == titleIndex {
                removed.append(RemovedLine(index: index, text: lines[index].text, reason: .title))
            } else if let flag = flags[index], !(Self.keptInsideArticle.contains(flag) && span.dropFirst().dropLast().contains(index)) {
                removed.append(RemovedLine(index: index, text: lines[index].text, reason: flag))
            } else if (start..<span.upperBound).contains(index) {
                kept.append(index)
            } else {
                removed.append(RemovedLine(index: index, text: lines[index].text, reason: .outsideArticle))
            }
        }
        return Outcome(titleIndex: titleIndex, kept: kept, removed: removed)
    }

    private func score(_ line: TextLine, measure: TextMeasure, flag: BoilerplateReason?) -> Double {
        let length = measure.weightedLength
        if let flag {
            guard flag == .sectionHeading else { return -(Self.flaggedPenalty + max(10, length)) }
            return LineClassifier.opensComments(line.text) ? Self.commentsHeadingScore : Self.sectionHeadingScore
        }
        let linkShare = measure.visibleCharacters > 0 ? Double(line.linkCharacters) / Double(measure.visibleCharacters) : 0
        var value: Double
        if length >= Self.contentLength && measure.punctuation > 0 && line.headingLevel == nil {
            value = length * (1 - linkShare) * (1 - linkShare)
        } else {
            value = Self.shortLineScore
        }
        value += line.containerScore * max(10, length) * Self.containerWeight
        return value
    }

    /// The contiguous run of lines with the largest positive total score.
    static func bestSpan(_ scores: [Double]) -> Range<Int>? {
        var best: (sum: Double, range: Range<Int>)?
        var sum = 0.0
        var start = 0
        for (index, value) in scores.enumerated() {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += value
            if sum > 0, best.map({ sum > $0.sum }) ?? true {
                best = (sum, start..<(index + 1))
            }
        }
        return best?.range
    }

    /// With no content line at all (a short note, a list), keep every unflagged line.
    private func fallback(_ lines: [TextLine], flags: [BoilerplateReason?]) -> Outcome {
        var kept: [Int] = []
        var removed: [RemovedLine] = []
        for index in lines.indices {
            if let flag = flags[index] {
                removed.append(RemovedLine(index: index, text: lines[index].text, reason: flag))
            } else {
                kept.append(index)
            }
        }
        return Outcome(titleIndex: nil, kept: kept, removed: removed)
    }

    private func isHeadlineLike(_ line: TextLine, measure: TextMeasure) -> Bool {
        let length = measure.weightedLength
        guard length >= 4, length <= 60, line.linkCharacters * 2 < max(1, measure.visibleCharacters) else {
            return false
        }
        guard let last = line.text.unicodeScalars.last else { return false }
        return last != "。" && last != "."
    }

    /// Truncated teasers: a line ending in `...` next to another such line, or one that joins a
    /// truncated title and its summary.
    private func markTeasers(_ lines: [TextLine], flags: inout [BoilerplateReason?]) {
        let truncated = lines.map { LineClassifier.isTruncated($0.text) }
        for index in lines.indices where flags[index] == nil && truncated[index] {
            let neighbour = (index > 0 && truncated[index - 1]) || (index + 1 < lines.count && truncated[index + 1])
            if neighbour || LineClassifier.joinsTruncatedTitle(lines[index].text) {
                flags[index] = .teaser
            }
        }
    }

    /// Lines that occur more than once: short ones go everywhere (captions, buttons, menus), long
    /// ones after their first occurrence. Lines that repeat the title followed by a site name go too.
    private func markRepeats(
        _ lines: [TextLine], measures: [TextMeasure], flags: inout [BoilerplateReason?], knownTitle: String?
    ) {
        let keys = lines.map { Self.comparisonHash($0.text) }
        // The keys are hashes already: fixed tables answer "how often" and "which line first"
        // without hashing them again.
        let counts = Self.occurrenceCounts(of: keys)
        let firstUnflagged = CodeTable(
            lines.indices.filter { flags[$0] == nil }.map { (code: UInt64(truncatingIfNeeded: keys[$0]), value: $0) })
        for index in lines.indices where flags[index] == nil {
            let code = UInt64(truncatingIfNeeded: keys[index])
            let isFirst = firstUnflagged[code] == index
            if (counts[code] ?? 0) > 1 && (measures[index].weightedLength < 40 || !isFirst) {
                flags[index] = .repeated
            }
        }
        // `标题 - 站名` lines: a site name repeated as a suffix marks every line that carries it,
        // and the bare titles those lines echo.
        var suffixCounts: [String: Int] = [:]
        let split = lines.map { Self.siteNameSplit($0.text) }
        for case let (_, suffix)? in split { suffixCounts[suffix, default: 0] += 1 }
        var titleKeys = Set([knownTitle.map(Self.comparisonHash)].compactMap { $0 })
        for index in lines.indices {
            guard let (title, suffix) = split[index], suffixCounts[suffix, default: 0] >= 2 else { continue }
            titleKeys.insert(Self.comparisonHash(title))
            if flags[index] == nil { flags[index] = .repeated }
        }
        titleKeys.formUnion(lines.indices.filter { flags[$0] == .repeated }.map { keys[$0] })
        for index in lines.indices where flags[index] == nil {
            let echoesTitle = split[index].map { titleKeys.contains(Self.comparisonHash($0.title)) } ?? false
            if echoesTitle || titleKeys.contains(keys[index]) && measures[index].weightedLength < 40 {
                flags[index] = .repeated
            }
        }
    }

    /// How many times each key occurs.
    private static func occurrenceCounts(of keys: [Int]) -> CodeTable<Int> {
        let sorted = keys.sorted()
        var entries: [(code: UInt64, value: Int)] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
            entries.append((UInt64(truncatingIfNeeded: sorted[start]), end - start))
            start = end
        }
        return CodeTable(entries)
    }

    private static let siteNameSeparators: Set<Unicode.Scalar> = ["-", "|", "｜", "–", "—", "_"]

    /// Splits `标题 - 站名`, `标题_站名` or `标题 | 站名` into the title and a short site name
    /// (at most 12 scalars, no sentence punctuation), if the line has that shape.
    static func siteNameSplit(_ text: String) -> (title: String, suffix: String)? {
        // Most lines have no separator of that shape at all, which the bytes tell cheaply.
        guard mayHaveSiteNameSeparator(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard let separator = scalars.lastIndex(where: siteNameSeparators.contains) else { return nil }
        let spaced = separator > 0 && scalars[separator - 1] == " " && separator + 1 < scalars.count
            && scalars[separator + 1] == " "
        guard spaced || scalars[separator] == "_" || scalars[separator] == "｜" else { return nil }
        let suffix = scalars[(separator + 1)...].drop { $0 == " " }
        let title = scalars[..<separator].reversed().drop { $0 == " " }.reversed()
        guard !suffix.isEmpty, suffix.count <= 12, title.count >= 4,
            !suffix.contains(where: \.isSentencePunctuation)
        else { return nil }
        return (Array(title).string, Array(suffix).string)
    }

    /// Whether the text contains `_`, `｜`, or ` - `, ` | `, ` – `, ` — ` (a necessary condition
    /// for ``siteNameSplit(_:)``), checked on the UTF-8 bytes.
    private static func mayHaveSiteNameSeparator(_ text: String) -> Bool {
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            for index in bytes.indices {
                switch bytes[index] {
                case 0x5F: return true  // _
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBD && bytes[index + 2] == 0x9C:
                    return true  // ｜
                case 0x20 where index + 2 < bytes.count:
                    let next = bytes[index + 1]
                    if (next == 0x2D || next == 0x7C) && bytes[index + 2] == 0x20 { return true }
                    if next == 0xE2, index + 4 < bytes.count, bytes[index + 2] == 0x80,
                        bytes[index + 3] == 0x93 || bytes[index + 3] == 0x94, bytes[index + 4] == 0x20
                    {
                        return true  // – —
                    }
                default: break
                }
            }
            return false
        } ?? true
    }

    /// A hash of the text without spaces and with ASCII letters lower-cased: lines with equal
    /// hashes count as "the same line" (FNV-1a over UTF-8; collisions are negligible at page size).
    static func comparisonHash(_ text: String) -> Int {
        var text = text
        let hash = text.withUTF8 { bytes in
            var hash = FNV1a.offsetBasis
            for byte in bytes where byte != 0x20 && byte != 0x09 {
                hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* FNV1a.prime
            }
            return hash
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// The text without white space, lower-cased: what counts as "the same line".
    static func comparisonKey(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.isCJKWhitespace })).lowercased()
    }
}
