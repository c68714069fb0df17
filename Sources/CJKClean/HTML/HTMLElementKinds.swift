/// The element categories the line extractor needs.
enum HTMLElementKinds {
    /// Elements whose start and end break a line.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "button",
    ]

    /// Elements whose content is never visible text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "textarea", "audio", "video", "map", "head", "noembed", "noframes",
    ]

    /// Elements that may appear inside `<head>`; any other start tag ends it.
    static let headContent: Set<String> = [
        "base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title", "object",
        "head",
    ]

    /// Elements that have no end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen",
    ]

    /// Headings and their levels.
    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
}
