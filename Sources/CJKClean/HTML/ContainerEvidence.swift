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
        var score = 0.0
        var positive = false
        var negative = false
        let separators = value.unicodeScalars.split { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }
        for word in separators {
            let word = String(String.UnicodeScalarView(word)).lowercased()
            if negativeWords.contains(word) { negative = true } else if positiveWords.contains(word) { positive = true }
        }
        if !value.unicodeScalars.allSatisfy(\.isASCII), negativePhrases.containsAny(in: value) { negative = true }
        if negative { score -= 1 }
        if positive && !negative { score += 0.5 }
        return score
    }
}
