/// Classifies single lines as navigation, metadata, boilerplate phrases or teasers, from their
/// own text and markup evidence; repetition and neighbours are judged by ``BoilerplateFilter``.
struct LineClassifier: Sendable {
    /// A section heading may carry this many word units besides its phrase
    /// (`国际分类资讯推荐`, `網友評論(12)`, `Want more stories like this?`).
    static let sectionHeadingSlack = 4.0
    /// Lines up to this many visible characters are judged by any boilerplate phrase they contain.
    static let shortLineLength = 40

    private static let sectionHeadings = PhraseMatcher(BoilerplateLexicon.sectionHeadings)
    private static let commentsHeadings = PhraseMatcher(BoilerplateLexicon.commentsHeadings)
    private static let linePhrases = PhraseMatcher(BoilerplateLexicon.linePhrases)

    /// The flag for one line, or `nil` when its own text gives no reason to remove it.
    /// - Parameters:
    ///   - line: The line.
    ///   - folded: Its scalars with ASCII letters lower-cased (``PhraseMatcher/fold(_:)``).
    ///   - measure: Its measures.
    func flag(for line: TextLine, folded: [Unicode.Scalar], measure: TextMeasure) -> BoilerplateReason? {
        let text = line.text
        let visible = measure.visibleCharacters
        if isSectionHeading(folded, measure: measure) { return .sectionHeading }
        if hasBoilerplatePhrase(folded, measure: measure) { return .boilerplatePhrase }
        if isMetadata(text, measure: measure) { return .metadata }
        if isNavigation(folded, measure: measure) { return .navigation }
        if visible > 0, Double(line.linkCharacters) / Double(visible) > 0.5,
            line.headingLevel == nil || line.linkCharacters == visible
        {
            return .links
        }
        return nil
    }

    /// Whether a section heading opens the comments (`网友评论`, `Leave a reply`) rather than a
    /// list of links, which may also stand inside an article.
    static func opensComments(_ text: String) -> Bool {
        commentsHeadings.containsAny(in: text)
    }

    /// Whether the line ends with a truncation mark (`...` or a single `…`, not the prose `……`).
    static func isTruncated(_ text: String) -> Bool {
        // Compared on UTF-8 bytes: `String.hasSuffix` compares by canonical equivalence, which
        // costs far more and changes nothing for these marks.
        let utf8 = text.utf8
        func ends(with suffix: StaticString) -> Bool {
            let wanted = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return utf8.count >= wanted.count && utf8.suffix(wanted.count).elementsEqual(wanted)
        }
        if ends(with: "......") || ends(with: "……") { return false }
        return ends(with: "...") || ends(with: "…")
    }

    /// Whether the line joins a truncated title and a summary (`标题... 摘要`).
    static func joinsTruncatedTitle(_ text: String) -> Bool {
        let matches = truncationMarks.matches(in: text)
        let count = text.unicodeScalars.count
        return matches.contains { $0.offset > 0 && $0.offset + $0.length < count }
    }

    private static let truncationMarks = PhraseMatcher(["... ", "… "])

    private func isSectionHeading(_ scalars: [Unicode.Scalar], measure: TextMeasure) -> Bool {
        guard measure.weightedLength <= 12 else { return false }
        return Self.sectionHeadings.matches(inFolded: scalars).contains { match in
            let phrase = TextMeasure(scalars: scalars[match.offset..<(match.offset + match.length)])
            return measure.weightedLength - phrase.weightedLength <= Self.sectionHeadingSlack
        }
    }

    private func hasBoilerplatePhrase(_ scalars: [Unicode.Scalar], measure: TextMeasure) -> Bool {
        let matches = Self.linePhrases.matches(inFolded: scalars)
        guard let first = matches.first else { return false }
        // An interview turn (记者：您怎样看待…？) is the article's text, not a credit line.
        if Self.isCJKProse(scalars, measure: measure, minimumPunctuation: 2) && Self.speakerLabels.matches(inFolded: scalars).first?.offset == 0
            && matches.allSatisfy({ $0.offset == 0 })
        {
            return false
        }
        if measure.visibleCharacters <= Self.shortLineLength { return true }
        guard first.offset == 0 || matches.count >= 2 else { return false }
        // A long CJK sentence that mentions 版权 or 广告 in passing is article text; a notice
        // that opens with its phrase (免责声明：…) or is full of them (来源…版权…不得转载) is not.
        let offsets = Set(matches.map(\.offset))
        return !(first.offset > 0 && offsets.count <= 2 && Self.isCJKProse(scalars, measure: measure, minimumPunctuation: 3))
    }

    /// Labels that introduce a reporter's question in an interview as well as a credit line.
    private static let speakerLabels = PhraseMatcher(["记者:", "记者：", "記者:", "記者："])

    /// Whether a line reads as CJK sentences: mostly CJK, with some punctuation marks, at least
    /// one of them sentence-final (。！？).
    static func isCJKProse(_ scalars: [Unicode.Scalar], measure: TextMeasure, minimumPunctuation: Int) -> Bool {
        guard measure.cjkCharacters > measure.words, measure.punctuation >= minimumPunctuation else { return false }
        return scalars.contains { $0 == "。" || $0 == "！" || $0 == "？" }
    }

    private static let breadcrumbMarks = PhraseMatcher([">>", "»", " > ", "›"])

    private func isMetadata(_ text: String, measure: TextMeasure) -> Bool {
        guard measure.visibleCharacters > 0, measure.cjkCharacters <= 8, measure.words <= 4 else { return false }
        var digits = 0
        for scalar in text.unicodeScalars where ("0"..."9").contains(scalar) { digits += 1 }
        return Double(digits) / Double(measure.visibleCharacters) >= 0.45
    }

    private func isNavigation(_ scalars: [Unicode.Scalar], measure: TextMeasure) -> Bool {
        let hasBreadcrumb = !Self.breadcrumbMarks.matches(inFolded: scalars).isEmpty
        guard measure.punctuation <= 1 || hasBreadcrumb else { return false }
        // The segments between white space and separators, counted without building them.
        var segments = 0
        var segmentScalars = 0
        var inSegment = false
        for scalar in scalars {
            if scalar.isCJKWhitespace || BoilerplateLexicon.isSeparator(scalar) {
                inSegment = false
            } else {
                if !inSegment { segments += 1 }
                inSegment = true
                segmentScalars += 1
            }
        }
        guard segments > 0 else { return true }
        if hasBreadcrumb && measure.visibleCharacters <= 40 { return true }
        // Space-separated menu words are told apart from a sentence only in CJK text, where
        // prose does not put spaces between words.
        guard measure.cjkCharacters > measure.words else { return false }
        let average = Double(segmentScalars) / Double(segments)
        return segments >= 4 && average <= 5
    }
}
