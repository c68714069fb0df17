/// One block of text from a page, with the structural evidence the boilerplate scorer uses.
///
/// Plain-text input gives one `TextLine` per non-empty line with no markup evidence; HTML input
/// gives one per block-level element.
public struct TextLine: Sendable, Hashable {
    /// The block's text, white space already normalised.
    public var text: String
    /// How many visible characters of the text sit inside links (separator-only text such as
    /// `|` or `·` between links counts as link text).
    public var linkCharacters: Int
    /// The heading level (1–6) when the block is a heading.
    public var headingLevel: Int?
    /// Whether the block is a list item.
    public var isListItem: Bool
    /// Whether the block is a table cell.
    public var isTableCell: Bool
    /// Evidence from the element's ancestors: positive inside `article`/`main`/`articleBody`,
    /// negative inside `nav`, `footer`, comment or related-content containers.
    public var containerScore: Double

    /// Creates a line.
    /// - Parameters:
    ///   - text: The block's text.
    ///   - linkCharacters: Visible characters inside links.
    ///   - headingLevel: The heading level, if a heading.
    ///   - isListItem: Whether the block is a list item.
    ///   - isTableCell: Whether the block is a table cell.
    ///   - containerScore: Evidence from the ancestors' tags, classes and ids.
    public init(
        text: String, linkCharacters: Int = 0, headingLevel: Int? = nil, isListItem: Bool = false,
        isTableCell: Bool = false, containerScore: Double = 0
    ) {
        self.text = text
        self.linkCharacters = linkCharacters
        self.headingLevel = headingLevel
        self.isListItem = isListItem
        self.isTableCell = isTableCell
        self.containerScore = containerScore
    }
}
