extension ScriptConverter {
    /// What a converter does to text around the Chinese it converts.
    ///
    /// ```swift
    /// let options = ScriptConverter.Options(foreignParagraphs: .convert, quotes: .corner)
    /// ScriptConverter(.simplifiedToTraditional, options: options).convert("“书”")  // "「書」"
    /// ```
    public struct Options: Sendable, Hashable {
        /// How paragraphs containing kana or hangul are treated.
        public var foreignParagraphs: ForeignParagraphs
        /// Which quotation marks the output uses.
        public var quotes: QuoteStyle

        /// Creates options.
        /// - Parameters:
        ///   - foreignParagraphs: `.leaveUnchanged` (default) keeps every paragraph (line) that contains
        ///     kana or hangul exactly as it is; `.convert` converts them too.
        ///   - quotes: `.keep` (default) leaves quotation marks as they are.
        public init(foreignParagraphs: ForeignParagraphs = .leaveUnchanged, quotes: QuoteStyle = .keep) {
            self.foreignParagraphs = foreignParagraphs
            self.quotes = quotes
        }
    }

    /// How paragraphs written in Japanese or Korean are treated.
    public enum ForeignParagraphs: Sendable, Hashable {
        /// A paragraph (a line) containing kana or hangul is kept unchanged: its kanji or hanja
        /// are not Chinese words.
        case leaveUnchanged
        /// Every paragraph is converted, whatever it contains.
        case convert
    }

    /// Quotation marks in the output. The mapping is fixed by CJKClean and does not depend on
    /// the installed ICU version.
    public enum QuoteStyle: Sendable, Hashable {
        /// Quotation marks are left as they are.
        case keep
        /// Curly quotes become corner brackets: `“` `”` → `「` `」`, `‘` `’` → `『` `』`
        /// (as usual in traditional Chinese).
        case corner
        /// Corner brackets become curly quotes: `「` `」` → `“` `”`, `『` `』` → `‘` `’`
        /// (as usual in simplified Chinese).
        case curly
    }
}
