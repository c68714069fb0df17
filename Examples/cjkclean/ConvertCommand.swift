import ArgumentParser
import CJKClean

/// `cjkclean convert`: convert Chinese script, line by line.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert Chinese text on standard input between scripts; one output line per input line."
    )

    /// Target scripts.
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case hans, hant
    }

    @Option(help: "Target script: hans (simplified) or hant (traditional).")
    var to: Target

    func run() throws {
        let converter = ScriptConverter(to == .hans ? .traditionalToSimplified : .simplifiedToTraditional)
        let text = StandardStreams.readInputText()
        var output = text.split(separator: "\n", omittingEmptySubsequences: false).map { converter.convert(String($0)) }
            .joined(separator: "\n")
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        StandardStreams.write(output)
    }
}
