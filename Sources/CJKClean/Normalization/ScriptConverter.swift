/// Converts Chinese text between simplified and traditional script.
///
/// ```swift
/// let converter = ScriptConverter(.traditionalToSimplified)
/// converter.convert("俄烏第二輪直接談判")  // "俄乌第二轮直接谈判"
/// ```
public struct ScriptConverter: Sendable {
    /// The conversion to perform.
    public enum Direction: Sendable, Hashable {
        /// Simplified Chinese to traditional Chinese.
        case simplifiedToTraditional
        /// Traditional Chinese to simplified Chinese.
        case traditionalToSimplified
    }

    /// The direction this converter was made for.
    public let direction: Direction
    private let transliterator: ICUTransliterator?

    /// Creates a converter.
    /// - Parameter direction: Which script to convert to.
    public init(_ direction: Direction) {
        self.direction = direction
        let identifier = direction == .simplifiedToTraditional ? "Simplified-Traditional" : "Traditional-Simplified"
        self.transliterator = try? ICUTransliterator.shared(identifier)
    }

    /// Converts one text.
    /// - Parameter text: The text to convert.
    /// - Returns: The converted text.
    public func convert(_ text: String) -> String {
        transliterator?.transliterate(text) ?? text
    }
}
