import ArgumentParser

/// The `cjkclean` command: clean pages, repair mojibake, convert scripts.
@main
struct CJKCleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cjkclean",
        abstract: "Turn messy web pages into clean CJK text.",
        subcommands: [CleanCommand.self, RepairCommand.self, ConvertCommand.self],
        defaultSubcommand: CleanCommand.self
    )
}
