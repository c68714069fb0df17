/// Options for ``Cleaner``. The defaults are lossless for good input: clean text passes through
/// unchanged except for white space; script conversion is off.
public struct CleanerOptions: Sendable, Hashable {
    /// Which Chinese script the output is written in.
    public enum Script: Sendable, Hashable {
        /// Leave the text in the script it was written in.
        case original
        /// Convert to simplified Chinese (from any traditional variant).
        case simplified
        /// Convert to traditional Chinese in OpenCC's standard forms (`爲`, `裏`).
        case traditional
        /// Convert to traditional Chinese as written in Taiwan (`為`, `裡`); with `vocabulary`,
        /// Taiwan's words too (`软件` → `軟體`).
        case taiwan(vocabulary: Bool)
        /// Convert to traditional Chinese as written in Hong Kong.
        case hongKong
    }

    /// Which Chinese script the output is written in. Default: ``Script/original``.
    public var script: Script
    /// Whether to repair mojibake (wrong-charset text, pinyin glosses, shifted GBK). Default: on.
    public var repairsMojibake: Bool
    /// Whether to remove navigation, related links, ads and other boilerplate. Default: on.
    public var removesBoilerplate: Bool

    /// Creates options.
    /// - Parameters:
    ///   - script: The output script.
    ///   - repairsMojibake: Whether to repair mojibake.
    ///   - removesBoilerplate: Whether to remove boilerplate lines.
    public init(script: Script = .original, repairsMojibake: Bool = true, removesBoilerplate: Bool = true) {
        self.script = script
        self.repairsMojibake = repairsMojibake
        self.removesBoilerplate = removesBoilerplate
    }

    /// The defaults.
    public static let `default` = CleanerOptions()
}
