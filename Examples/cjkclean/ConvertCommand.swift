import ArgumentParser
import CJKClean

/// `cjkclean convert`: convert Chinese script, line by line.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert Chinese text on standard input between scripts; one output line per input line.",
        discussion: "Lines with kana or Hangul (Japanese, Korean) pass through unchanged."
    )

    /// Target scripts.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        /// Simplified Chinese, from any traditional variant.
        case hans
        /// Traditional Chinese in OpenCC's standard forms.
        case hant
        /// Traditional Chinese as written in Taiwan.
        case tw
        /// Traditional Chinese as written in Taiwan, with Taiwan's vocabulary (软件 → 軟體).
        case twp
        /// Traditional Chinese as written in Hong Kong.
        case hk

        var direction: ScriptConverter.Direction {
            switch self {
            case .hans: return .traditionalToSimplified
            case .hant: return .simplifiedToTraditional
            case .tw: return .toTaiwan(vocabulary: false)
            case .twp: return .toTaiwan(vocabulary: true)
            case .hk: return .toHongKong
            }
        }
    }

    @Option(help: "Target script: hans, hant, tw, twp (Taiwan vocabulary too) or hk.")
    var to: Target

    func run() throws {
        let converter = ScriptConverter(to.direction)
        let text = StandardStreams.readInputText()
        var output = text.split(separator: "\n", omittingEmptySubsequences: false).map { converter.convert(String($0)) }
            .joined(separator: "\n")
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        StandardStreams.write(output)
    }
}
