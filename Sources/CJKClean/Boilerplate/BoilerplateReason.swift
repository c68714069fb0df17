/// Why a line was left out of the article.
public enum BoilerplateReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The line became the document's title.
    case title
    /// A menu or breadcrumb: many short segments, or segments joined by `>>`, `|`, `›`.
    case navigation
    /// A date, time, counter or other line made mostly of digits.
    case metadata
    /// The heading of a related-links, ranking, comments or share block (相关新闻, 热门资讯 …).
    case sectionHeading
    /// A credit, source, copyright, reprint, paging or advertising line (责任编辑, 来源：, 版权 …).
    case boilerplatePhrase
    /// A line that occurs more than once in the page, or repeats the title with a site name.
    case repeated
    /// A truncated teaser of another article (ends in `...`).
    case teaser
    /// A line made mostly of link text.
    case links
    /// A line outside the article region.
    case outsideArticle
}

/// A line that the cleaner left out, and why.
public struct RemovedLine: Sendable, Hashable, Codable {
    /// The line's position among the document's lines, counting from zero.
    public var index: Int
    /// The line's text (after repair, before script conversion).
    public var text: String
    /// Why it was left out.
    public var reason: BoilerplateReason

    /// Creates a record of a removed line.
    /// - Parameters:
    ///   - index: The line's position among the document's lines.
    ///   - text: The line's text.
    ///   - reason: Why it was left out.
    public init(index: Int, text: String, reason: BoilerplateReason) {
        self.index = index
        self.text = text
        self.reason = reason
    }
}
