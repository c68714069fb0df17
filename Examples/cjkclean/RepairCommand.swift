import ArgumentParser
import CJKClean

/// `cjkclean repair`: repair mojibake in text read from standard input.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Repair mojibake in text on standard input; one output line per input line.",
        discussion: "The whole input is judged as one document (systematic pinyin glosses are recognised across lines)."
    )

    @Flag(help: "Print each repair (kind, offset, before → after, confidence) instead of the text.")
    var explain = false

    func run() throws {
        let result = MojibakeRepair().repair(StandardStreams.readInputText())
        if explain {
            if !result.repairs.isEmpty { StandardStreams.write(result.explanation + "\n") }
        } else {
            StandardStreams.write(result.text.hasSuffix("\n") || result.text.isEmpty ? result.text : result.text + "\n")
        }
    }
}
