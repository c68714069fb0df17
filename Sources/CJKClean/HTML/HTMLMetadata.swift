/// Titles found in a page's markup.
struct HTMLMetadata: Sendable, Equatable {
    /// The `<title>` element's text.
    var titleElement: String?
    /// The `og:title` / `twitter:title` meta value.
    var openGraphTitle: String?
    /// The text of the first `<h1>`.
    var firstHeading: String?
    /// The contents of `<script type="application/ld+json">` blocks.
    var structuredData: [String] = []

    /// The best title: `og:title`, else the first `<h1>` when the `<title>` contains it, else the
    /// `<title>` without its site-name suffix.
    var bestTitle: String? {
        if let title = openGraphTitle.flatMap(Self.nonEmpty) { return Self.strippingSiteName(title) }
        if let heading = firstHeading.flatMap(Self.nonEmpty), let element = titleElement,
            Self.key(element).contains(Self.key(heading))
        {
            return heading
        }
        if let element = titleElement.flatMap(Self.nonEmpty) { return Self.strippingSiteName(element) }
        return firstHeading.flatMap(Self.nonEmpty)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = WhitespaceNormalizer.normalizeLine(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func key(_ text: String) -> String {
        BoilerplateFilter.comparisonKey(text)
    }

    /// `标题_频道_站名` → `标题`: drops trailing parts after a separator while the first part is long
    /// enough to be a title on its own.
    static func strippingSiteName(_ title: String) -> String {
        var result = title
        while let (head, _) = BoilerplateFilter.siteNameSplit(result), TextMeasure(head).weightedLength >= 4 {
            result = head
        }
        return result
    }
}
