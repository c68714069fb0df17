import ArgumentParser
import CJKClean
import Foundation

/// `cjkclean clean`: extract the article of each page, from files, directories or JSON Lines.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Extract the title and article paragraphs of web pages or scraped text.",
        discussion: """
            Reads each FILE (standard input when none); a directory is searched recursively for \
            files with the --extensions. HTML is decoded from its bytes (the charset is sniffed); \
            text is read as UTF-8 with one block per line. With --jsonl, each input line is an \
            object {"id": …, "html"|"path"|"text": …}. A document that fails is reported (on \
            standard error, and as {"id"|"file": …, "error": …} in JSON output) and the others go \
            on; the exit status is 1 if any failed. Output keeps the input order at any --jobs.
            """
    )

    @Argument(help: "Pages, text files or directories to clean; standard input when none.")
    var files: [String] = []

    @Option(
        help: """
            text: the title line, then one paragraph per line. json: one object per document \
            (JSON Lines; the default with --jsonl). lines: every line of the page marked + (kept) or \
            - [reason] (removed), to debug a cut.
            """)
    var format: DocumentRenderer.Format?

    @Option(help: "How to read files and standard input: auto, html or text.")
    var input: InputKind = .auto

    @Option(name: .customLong("jsonl"), help: "Read documents from a JSON Lines file ('-' for standard input).")
    var jsonLines: String?

    @Option(help: "How many documents to clean at once.")
    var jobs: Int = 1

    @Option(help: "Comma-separated file extensions to take from directories.")
    var extensions: String = "html,htm,txt"

    @Flag(help: "Convert the output to simplified Chinese.")
    var simplified = false

    @Flag(help: "Convert the output to traditional Chinese.")
    var traditional = false

    @Flag(help: "With --format text, leave out the title line and print only the article's paragraphs.")
    var bodyOnly = false

    @Flag(help: "Keep mojibake as it is.")
    var noRepair = false

    func validate() throws {
        if simplified && traditional {
            throw ValidationError("--simplified and --traditional exclude each other.")
        }
        if jsonLines != nil && !files.isEmpty {
            throw ValidationError("--jsonl and FILE arguments exclude each other.")
        }
        if jobs < 1 {
            throw ValidationError("--jobs must be at least 1.")
        }
        if extensionSet.isEmpty {
            throw ValidationError("--extensions needs at least one extension.")
        }
    }

    private var extensionSet: Set<String> {
        Set(extensions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty })
    }

    func run() throws {
        let options = CleanerOptions(
            script: ScriptChoice.script(simplified: simplified, traditional: traditional), repairsMojibake: !noRepair)
        let renderer = DocumentRenderer(
            format: format ?? (jsonLines == nil ? .text : .json), bodyOnly: bodyOnly)
        let processor = DocumentProcessor(cleaner: Cleaner(options: options), input: input, renderer: renderer)

        let source: BatchSource
        if let jsonLines {
            source = try BatchSource.jsonLines(jsonLines)
        } else if files.isEmpty {
            source = BatchSource(items: [.standardInput])
        } else {
            source = BatchSource(items: InputCollector(extensions: extensionSet).items(for: files))
        }

        var output = OutputBuffer()
        var progress = ProgressReporter(total: source.count)
        var failures = 0
        OrderedParallelMap.run(
            source.items, jobs: jobs, window: 4 * jobs + 4, transform: { processor.process($0) },
            consume: { outcome in
                output.append(outcome.output)
                if let message = outcome.errorMessage {
                    failures += 1
                    output.flush()
                    StandardStreams.writeError(message)
                }
                progress.advance(succeeded: outcome.errorMessage == nil)
            })
        output.flush()
        progress.finish()
        if failures > 0 { throw ExitCode.failure }
    }
}
