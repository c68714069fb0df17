/// Scores an element as a likely article container (positive) or boilerplate container
/// (negative) from its tag name, `class`, `id`, `itemprop` and `role`.
enum ContainerEvidence {
    private static let positiveWords = WordSet([
        "article", "content", "post", "entry", "story", "body", "text", "main", "detail", "details", "news",
        "articlebody", "artibody", "zw", "cont", "paragraph", "rich_media_content",
    ])
    private static let negativeWords = WordSet([
        "comment", "comments", "footer", "foot", "related", "share", "sharing", "social", "sidebar", "side", "nav",
        "navbar", "navigation", "menu", "copyright", "breadcrumb", "breadcrumbs", "crumb", "recommend", "recommended",
        "ad", "ads", "advert", "advertisement", "banner", "sponsor", "promo", "hot", "rank", "ranking", "login",
        "subscribe", "newsletter", "tags", "tag", "widget", "popup", "modal", "cookie", "header", "masthead", "toolbar",
        "pagination", "pager", "more", "links", "list", "topbar", "bottom",
    ])
    private static let negativePhrases = PhraseMatcher(["相关", "相關", "推荐", "推薦", "评论", "評論", "热门", "熱門"])
    private static let negativeRoles = WordSet(["navigation", "banner", "contentinfo", "complementary"])

    /// Whether an attribute (by its lower-case name) carries evidence.
    static func isRelevant(attributeName name: some Collection<UInt8>) -> Bool {
        let code = HTMLElement.code(of: name)
        return code == classCode || code == idCode || code == itempropCode || code == roleCode
    }

    private static let classCode = HTMLElement.code(of: Array("class".utf8))
    private static let idCode = HTMLElement.code(of: Array("id".utf8))
    private static let itempropCode = HTMLElement.code(of: Array("itemprop".utf8))
    private static let roleCode = HTMLElement.code(of: Array("role".utf8))

    /// The evidence for one element.
    /// - Parameters:
    ///   - element: The element.
    ///   - attributes: Its attributes as (lower-case name, value) UTF-8 pairs.
    /// - Returns: Positive for article-like containers, negative for boilerplate containers.
    static func score(element: HTMLElement, attributes: [(name: ArraySlice<UInt8>, value: ArraySlice<UInt8>)])
        -> Double
    {
        var score = 0.0
        if element.is("article") || element.is("main") {
            score += 1
        } else if element.is("nav") || element.is("footer") || element.is("aside") || element.is("form")
            || element.is("menu")
        {
            score -= 1.5
        } else if element.is("header") {
            score -= 0.5
        }
        for (name, value) in attributes {
            switch HTMLElement.code(of: name) {
            case itempropCode where containsASCIICaseInsensitive(value, "articlebody"): score += 2
            case roleCode where negativeRoles.contains(lowercasedASCII(value)): score -= 1.5
            case roleCode where lowercasedASCII(value).elementsEqual("main".utf8): score += 1
            case classCode, idCode: score += wordsScore(value)
            default: break
            }
        }
        return score
    }

    /// −1 when a class or id names boilerplate (`comment-list`, `相关阅读`), +0.5 when it names the
    /// article (`article-content`), else 0; words are split at anything but ASCII letters and digits.
    private static func wordsScore(_ value: ArraySlice<UInt8>) -> Double {
        var positive = false
        var negative = false
        var wordStart = value.startIndex
        var hasNonASCII = false
        var word: [UInt8] = []
        func finishWord(at end: Int) {
            let length = end - wordStart
            if length > 0 && length <= 24 {
                word.removeAll(keepingCapacity: true)
                for byte in value[wordStart..<end] { word.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
                if negativeWords.contains(word) { negative = true } else if positiveWords.contains(word) { positive = true }
            }
        }
        for index in value.indices {
            let byte = value[index]
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            if isWordByte { continue }
            if byte >= 0x80 { hasNonASCII = true }
            finishWord(at: index)
            wordStart = index + 1
        }
        finishWord(at: value.endIndex)
        if hasNonASCII, negativePhrases.containsAny(in: String(decoding: value, as: UTF8.self)) { negative = true }
        if negative { return -1 }
        return positive ? 0.5 : 0
    }

    private static func lowercasedASCII(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    private static func containsASCIICaseInsensitive(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let lowered = lowercasedASCII(bytes)
        let wanted = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard lowered.count >= wanted.count else { return false }
        return (0...(lowered.count - wanted.count)).contains { lowered[$0..<($0 + wanted.count)].elementsEqual(wanted) }
    }
}

/// A fixed set of lower-case ASCII words, looked up by their bytes.
private struct WordSet: Sendable {
    private let words: Set<[UInt8]>

    init(_ words: [String]) {
        self.words = Set(words.map { Array($0.utf8) })
    }

    func contains(_ word: [UInt8]) -> Bool {
        words.contains(word)
    }
}
