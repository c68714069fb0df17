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
        var code: UInt64
        var traits: HTMLElement.Traits
        var evidence: Double
    }

    private var stack: [OpenElement] = []
    private var skipDepth = 0
    private var skippedElement: UInt64?
    private var linkDepth = 0
    private var headingLevel: Int?
    private var listDepth = 0
    private var cellDepth = 0
    private var line = LineBuffer()
    private var lines: [TextLine] = []
    private var metadata = HTMLMetadata()
    private var titleText: [UInt8]?
    private var headingText: [UInt8]?
    private var structuredText: [UInt8]?
    private var evidenceCache: [UInt64: Double] = [:]

    /// Extracts the lines of a page.
    /// - Parameter html: The page as text.
    /// - Returns: The lines in page order and the titles found in the markup.
    public static func extract(_ html: String) -> Result {
        extract(with: HTMLTokenizer(html))
    }

    /// Extracts the lines of a page given as bytes already checked to be well-formed UTF-8.
    static func extract(validUTF8 html: [UInt8]) -> Result {
        extract(with: HTMLTokenizer(validUTF8: html))
    }

    private static func extract(with tokenizer: HTMLTokenizer) -> Result {
        var extractor = HTMLLineExtractor()
        var tokenizer = tokenizer
        while let kind = tokenizer.nextRawToken() {
            switch kind {
            case .text: extractor.text(tokenizer.currentText)
            case .startTag:
                extractor.start(HTMLElement(name: tokenizer.currentTagName), in: tokenizer)
                tokenizer.discardsText = extractor.ignoresText
            case .endTag:
                extractor.end(HTMLElement(name: tokenizer.currentTagName))
                tokenizer.discardsText = extractor.ignoresText
            case .comment, .doctype: break
            }
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

    /// Whether text at this point is thrown away (inside a skipped element, and not the title
    /// or JSON-LD being collected), so the tokenizer need not collect it.
    private var ignoresText: Bool {
        skipDepth > 0 && titleText == nil && structuredText == nil
    }

    private mutating func text(_ text: [UInt8]) {
        if structuredText != nil {
            structuredText?.append(contentsOf: text)
        } else if titleText != nil {
            titleText?.append(contentsOf: text)
        } else if skipDepth == 0 {
            line.append(text, isLink: linkDepth > 0)
            if headingLevel == 1, metadata.firstHeading == nil { headingText = (headingText ?? []) + text }
        }
    }

    /// Handles a start tag; its attributes are read from the tokenizer.
    private mutating func start(_ element: HTMLElement, in tokenizer: HTMLTokenizer) {
        let selfClosing = tokenizer.currentTagIsSelfClosing
        if element.traits.contains(.meta) {
            readMeta(tokenizer)
            return
        }
        if element.traits.contains(.title) && metadata.titleElement == nil && !selfClosing {
            titleText = []
            return
        }
        if element.traits.contains(.script) && !selfClosing && skipDepth == 0,
            let type = tokenizer.attributeValue(named: "type"),
            String(decoding: type, as: UTF8.self).lowercased().contains("ld+json")
        {
            structuredText = []
            return
        }
        if skipDepth > 0 && skippedElement == HTMLElement.headCode && !element.traits.contains(.headContent) {
            // Content that cannot be in <head> closes it, as in a browser: pages often omit </head>.
            skipDepth = 0
            skippedElement = nil
        }
        if skipDepth > 0 {
            if element.code == skippedElement && !selfClosing { skipDepth += 1 }
            return
        }
        if element.traits.contains(.skipped) && !selfClosing {
            skipDepth = 1
            skippedElement = element.code
            return
        }
        if element.traits.contains(.image) {
            return
        }
        if element.traits.contains(.block) { flush() }
        if element.traits.contains(.void) || selfClosing { return }
        let evidence = containerEvidence(element, in: tokenizer)
        if stack.count < Self.maximumDepth {
            stack.append(
                OpenElement(code: element.code, traits: element.traits, evidence: (stack.last?.evidence ?? 0) + evidence))
        }
        if element.traits.contains(.link) { linkDepth += 1 }
        if element.traits.contains(.listItem) { listDepth += 1 }
        if element.traits.contains(.tableCell) { cellDepth += 1 }
        if element.headingLevel > 0 { headingLevel = element.headingLevel }
    }

    /// Container evidence, cached by tag and attributes: pages repeat the same classes many times.
    private mutating func containerEvidence(_ element: HTMLElement, in tokenizer: HTMLTokenizer) -> Double {
        // The key hashes the tag and each relevant name and value, with separators between them.
        var key = (FNV1a.offsetBasis ^ element.code) &* FNV1a.prime
        var relevant = 0
        for span in tokenizer.currentAttributes {
            let name = tokenizer.attributeName(of: span)
            guard ContainerEvidence.isRelevant(attributeName: name) else { continue }
            relevant += 1
            key = (FNV1a.hash(name, seed: key) ^ 0xFF) &* FNV1a.prime
            key = (FNV1a.hash(tokenizer.attributeValue(of: span), seed: key) ^ 0xFE) &* FNV1a.prime
        }
        if relevant == 0 { return ContainerEvidence.score(element: element, attributes: []) }
        if let cached = evidenceCache[key] { return cached }
        // Worked out once per distinct tag and attributes on the page.
        let attributes = tokenizer.currentAttributes.lazy.map { (name: tokenizer.attributeName(of: $0), value: tokenizer.attributeValue(of: $0)) }
            .filter { ContainerEvidence.isRelevant(attributeName: $0.name) }
        let score = ContainerEvidence.score(element: element, attributes: Array(attributes))
        if evidenceCache.count < 4096 { evidenceCache[key] = score }
        return score
    }

    private mutating func end(_ element: HTMLElement) {
        if element.traits.contains(.script), let text = structuredText {
            if metadata.structuredData.count < 16 { metadata.structuredData.append(String(decoding: text, as: UTF8.self)) }
            structuredText = nil
            return
        }
        if element.traits.contains(.title), let text = titleText {
            metadata.titleElement = String(decoding: text, as: UTF8.self)
            titleText = nil
            return
        }
        if skipDepth > 0, element.code != skippedElement, closesAncestor(element.code) {
            // An unclosed <select>, <svg> or <object> ends with its parent, as in a browser.
            skipDepth = 0
            skippedElement = nil
        }
        if skipDepth > 0 {
            if element.code == skippedElement {
                skipDepth -= 1
                if skipDepth == 0 { skippedElement = nil }
            }
            return
        }
        if element.traits.contains(.block) { flush() }
        guard let position = stack.lastIndex(where: { $0.code == element.code }),
            stack.count - position <= Self.endTagSearchDepth
        else { return }
        for open in stack[position...].reversed() {
            close(open.traits)
        }
        stack.removeSubrange(position...)
    }

    /// Whether an end tag closes an element that was open before the skipped subtree began.
    private func closesAncestor(_ code: UInt64) -> Bool {
        guard let position = stack.lastIndex(where: { $0.code == code }) else { return false }
        return stack.count - position <= Self.endTagSearchDepth
    }

    private mutating func close(_ traits: HTMLElement.Traits) {
        if traits.contains(.link) { linkDepth = max(0, linkDepth - 1) }
        if traits.contains(.listItem) { listDepth = max(0, listDepth - 1) }
        if traits.contains(.tableCell) { cellDepth = max(0, cellDepth - 1) }
        if traits.contains(.heading) {
            if headingLevel == 1, metadata.firstHeading == nil, let text = headingText {
                metadata.firstHeading = String(decoding: text, as: UTF8.self)
            }
            headingLevel = nil
            headingText = nil
        }
    }

    private mutating func readMeta(_ tokenizer: HTMLTokenizer) {
        guard metadata.openGraphTitle == nil,
            let key = tokenizer.attributeValue(named: "property") ?? tokenizer.attributeValue(named: "name")
        else { return }
        let lowered = String(decoding: key, as: UTF8.self).lowercased()
        guard lowered == "og:title" || lowered == "twitter:title",
            let content = tokenizer.attributeValue(named: "content")
        else { return }
        metadata.openGraphTitle = String(decoding: content, as: UTF8.self)
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
