/// Turns an HTML page into text lines, one per block-level element, with the evidence the
/// boilerplate scorer uses (link text, headings, lists, tables, container classes).
///
/// It keeps a light stack of open elements rather than a full tree: enough for block/inline
/// structure, `<a>` nesting and skipped subtrees (`script`, `style`, `head` except `title` and
/// `meta`, …). Work and memory stay linear in the page, however deep or broken the markup.
public struct HTMLLineExtractor: Sendable {
    /// The extracted lines and title of a page.
    public struct Result: Sendable {
        /// The page's text blocks in order.
        public var lines: [TextLine]
        /// The titles found in the markup.
        var metadata: HTMLMetadata
        /// The page's title: `og:title`, else the `<h1>` that `<title>` contains, else `<title>`
        /// without its site name.
        public var title: String? { metadata.bestTitle }
    }

    /// How far down the stack an end tag looks for its start tag; deeper mismatches are ignored,
    /// which keeps 100,000 unclosed tags linear.
    static let endTagSearchDepth = 64
    /// Container score of a line that the page's JSON-LD `articleBody` contains.
    static let declaredBodyScore = 2.0
    /// Deepest stack kept; deeper elements are treated as inline.
    static let maximumDepth = 512

    private struct OpenElement {
        var name: String
        var evidence: Double
    }

    private var stack: [OpenElement] = []
    private var skipDepth = 0
    private var skippedName: String?
    private var linkDepth = 0
    private var headingLevel: Int?
    private var listDepth = 0
    private var cellDepth = 0
    private var preDepth = 0
    private var line = LineBuffer()
    private var lines: [TextLine] = []
    private var metadata = HTMLMetadata()
    private var titleText: String?
    private var headingText: String?
    private var structuredText: String?
    private var evidenceCache: [Int: Double] = [:]

    /// Extracts the lines of a page.
    /// - Parameter html: The page as text.
    /// - Returns: The lines in page order and the titles found in the markup.
    public static func extract(_ html: String) -> Result {
        var extractor = HTMLLineExtractor()
        var tokenizer = HTMLTokenizer(html)
        while let token = tokenizer.next() {
            extractor.consume(token)
        }
        extractor.flush()
        var lines = extractor.lines
        if let evidence = ArticleBodyEvidence(jsonLD: extractor.metadata.structuredData) {
            for index in lines.indices where evidence.covers(lines[index].text) {
                lines[index].containerScore = Self.declaredBodyScore
            }
        }
        return Result(lines: lines, metadata: extractor.metadata)
    }

    private mutating func consume(_ token: HTMLToken) {
        switch token {
        case .startTag(let name, let attributes, let selfClosing):
            start(name, attributes: attributes, selfClosing: selfClosing)
        case .endTag(let name):
            end(name)
        case .text(let text):
            if structuredText != nil {
                structuredText? += text
            } else if titleText != nil {
                titleText? += text
            } else if skipDepth == 0 {
                line.append(text, isLink: linkDepth > 0, preservesWhitespace: preDepth > 0)
                if headingLevel == 1, metadata.firstHeading == nil { headingText = (headingText ?? "") + text }
            }
        case .doctype, .comment:
            break
        }
    }

    private mutating func start(_ name: String, attributes: [HTMLAttribute], selfClosing: Bool) {
        if name == "meta" {
            readMeta(attributes)
            return
        }
        if name == "title" && metadata.titleElement == nil && !selfClosing {
            titleText = ""
            return
        }
        if name == "script" && !selfClosing && skipDepth == 0
            && attributes.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") })
        {
            structuredText = ""
            return
        }
        if skipDepth > 0 && skippedName == "head" && !HTMLElementKinds.headContent.contains(name) {
            // Content that cannot be in <head> closes it, as in a browser: pages often omit </head>.
            skipDepth = 0
            skippedName = nil
        }
        if skipDepth > 0 {
            if name == skippedName && !selfClosing { skipDepth += 1 }
            return
        }
        if HTMLElementKinds.skipped.contains(name) && !selfClosing {
            skipDepth = 1
            skippedName = name
            return
        }
        if name == "img" {
            return
        }
        let isBlock = HTMLElementKinds.blocks.contains(name)
        if isBlock { flush() }
        if HTMLElementKinds.void.contains(name) || selfClosing { return }
        let evidence = containerEvidence(tag: name, attributes: attributes)
        if stack.count < Self.maximumDepth {
            stack.append(OpenElement(name: name, evidence: (stack.last?.evidence ?? 0) + evidence))
        }
        switch name {
        case "a": linkDepth += 1
        case "li", "dt", "dd": listDepth += 1
        case "td", "th": cellDepth += 1
        case "pre": preDepth += 1
        default:
            if let level = HTMLElementKinds.headingLevels[name] { headingLevel = level }
        }
    }

    /// Container evidence, cached by tag and attributes: pages repeat the same classes many times.
    private mutating func containerEvidence(tag: String, attributes: [HTMLAttribute]) -> Double {
        let relevant = attributes.contains { ContainerEvidence.attributeNames.contains($0.name) }
        guard relevant else { return ContainerEvidence.score(tag: tag, attributes: []) }
        var hasher = Hasher()
        hasher.combine(tag)
        for attribute in attributes where ContainerEvidence.attributeNames.contains(attribute.name) {
            hasher.combine(attribute.name)
            hasher.combine(attribute.value)
        }
        let key = hasher.finalize()
        if let cached = evidenceCache[key] { return cached }
        let score = ContainerEvidence.score(tag: tag, attributes: attributes)
        if evidenceCache.count < 4096 { evidenceCache[key] = score }
        return score
    }

    private mutating func end(_ name: String) {
        if name == "script", let text = structuredText {
            if metadata.structuredData.count < 16 { metadata.structuredData.append(text) }
            structuredText = nil
            return
        }
        if name == "title", let text = titleText {
            metadata.titleElement = text
            titleText = nil
            return
        }
        if skipDepth > 0, name != skippedName, closesAncestor(name) {
            // An unclosed <select>, <svg> or <object> ends with its parent, as in a browser.
            skipDepth = 0
            skippedName = nil
        }
        if skipDepth > 0 {
            if name == skippedName {
                skipDepth -= 1
                if skipDepth == 0 { skippedName = nil }
            }
            return
        }
        if HTMLElementKinds.blocks.contains(name) { flush() }
        guard let position = stack.lastIndex(where: { $0.name == name }),
            stack.count - position <= Self.endTagSearchDepth
        else { return }
        for element in stack[position...].reversed() {
            close(element.name)
        }
        stack.removeSubrange(position...)
    }

    /// Whether an end tag closes an element that was open before the skipped subtree began.
    private func closesAncestor(_ name: String) -> Bool {
        guard let position = stack.lastIndex(where: { $0.name == name }) else { return false }
        return stack.count - position <= Self.endTagSearchDepth
    }

    private mutating func close(_ name: String) {
        switch name {
        case "a": linkDepth = max(0, linkDepth - 1)
        case "li", "dt", "dd": listDepth = max(0, listDepth - 1)
        case "td", "th": cellDepth = max(0, cellDepth - 1)
        case "pre": preDepth = max(0, preDepth - 1)
        default:
            if HTMLElementKinds.headingLevels[name] != nil {
                if headingLevel == 1, metadata.firstHeading == nil, let text = headingText {
                    metadata.firstHeading = text
                }
                headingLevel = nil
                headingText = nil
            }
        }
    }

    private mutating func readMeta(_ attributes: [HTMLAttribute]) {
        let key = attributes.first { $0.name == "property" || $0.name == "name" }?.value.lowercased()
        guard key == "og:title" || key == "twitter:title", metadata.openGraphTitle == nil,
            let content = attributes.first(where: { $0.name == "content" })?.value
        else { return }
        metadata.openGraphTitle = content
    }

    private mutating func flush() {
        guard let text = line.finish() else { return }
        lines.append(
            TextLine(
                text: text.text, linkCharacters: text.linkCharacters, headingLevel: headingLevel,
                isListItem: listDepth > 0, isTableCell: cellDepth > 0,
                containerScore: max(-2, min(2, stack.last?.evidence ?? 0))))
    }
}
