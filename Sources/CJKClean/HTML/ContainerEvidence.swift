/// Scores an element as a likely article container (positive) or boilerplate container
/// (negative) from its tag name, `class`, `id`, `itemprop` and `role`.
enum ContainerEvidence {
    private static let positiveWords: Set<String> = [
        "article", "content", "post", "entry", "story", "body", "text", "main", "detail", "details", "news",
        "articlebody", "artibody", "zw", "cont", "paragraph", "rich_media_content",
    ]
    private static let negativeWords: Set<String> = [
        "comment", "comments", "footer", "foot", "related", "share", "sharing", "social", "sidebar", "side", "nav",
        "navbar", "navigation", "menu", "copyright", "breadcrumb", "breadcrumbs", "crumb", "recommend", "recommended",
        "ad", "ads", "advert", "advertisement", "banner", "sponsor", "promo", "hot", "rank", "ranking", "login",
        "subscribe", "newsletter", "tags", "tag", "widget", "popup", "modal", "cookie", "header", "masthead", "toolbar",
        "pagination", "pager", "more", "links", "list", "topbar", "bottom",
    ]
    private static let negativePhrases = PhraseMatcher(["相关", "相關", "推荐", "推薦", "评论", "評論", "热门", "熱門"])

    /// The attributes whose values carry evidence.
    static let attributeNames: Set<String> = ["class", "id", "itemprop", "role"]

    /// The evidence for one element.
    static func score(tag: String, attributes: [HTMLAttribute]) -> Double {
        var score = 0.0
        switch tag {
        case "article", "main": score += 1
        case "nav", "footer", "aside", "form", "menu": score -= 1.5
        case "header": score -= 0.5
        default: break
        }
        for attribute in attributes {
            switch attribute.name {
            case "itemprop" where attribute.value.lowercased().contains("articlebody"): score += 2
            case "role" where ["navigation", "banner", "contentinfo", "complementary"].contains(attribute.value.lowercased()):
                score -= 1.5
            case "role" where attribute.value.lowercased() == "main": score += 1
            case "class", "id": score += wordsScore(attribute.value)
            default: break
            }
        }
        return score
    }

    private static func wordsScore(_ value: String) -> Double {
        var positive = false
        var negative = false
        var word: [UInt8] = []
        var hasNonASCII = false
        func finishWord() {
            if !word.isEmpty && word.count <= 24 {
                let text = String(decoding: word, as: UTF8.self)
                if negativeWords.contains(text) { negative = true } else if positiveWords.contains(text) { positive = true }
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default:
                if byte >= 0x80 { hasNonASCII = true }
                finishWord()
            }
        }
        finishWord()
        if hasNonASCII, negativePhrases.containsAny(in: value) { negative = true }
        if negative { return -1 }
        return positive ? 0.5 : 0
    }
}
