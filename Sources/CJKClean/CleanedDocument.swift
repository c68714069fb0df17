/// The result of cleaning one page: its title, its article paragraphs, and what was removed
/// or repaired on the way.
public struct CleanedDocument: Sendable, Hashable {
    /// The page's title, when it has one.
    public var title: String?
    /// The article's paragraphs, one block each, in page order.
    public var paragraphs: [String]
    /// Lines left out of the article, with the reason for each.
    public var removed: [RemovedLine]
    /// Mojibake repairs made before the article was chosen.
    public var repairs: [Repair]
    /// The charset the page was decoded from, for byte input (a WHATWG name such as `"gbk"`).
    public var charset: String?

    /// The paragraphs joined by newlines.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// Creates a document.
    /// - Parameters:
    ///   - title: The title.
    ///   - paragraphs: The article's paragraphs.
    ///   - removed: The removed lines.
    ///   - repairs: The repairs made.
    ///   - charset: The charset the bytes were decoded from.
    public init(
        title: String?, paragraphs: [String], removed: [RemovedLine] = [], repairs: [Repair] = [],
        charset: String? = nil
    ) {
        self.title = title
        self.paragraphs = paragraphs
        self.removed = removed
        self.repairs = repairs
        self.charset = charset
    }
}
