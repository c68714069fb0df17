import ArgumentParser
import CJKClean
import Foundation

/// `cjkclean clean`: extract the article of each page.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Extract the title and article paragraphs of web pages or scraped text.",
        discussion: """
            Reads each FILE (standard input when none). HTML is decoded from its bytes (the \
            charset is sniffed); text is read as UTF-8 with one block per line.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, lines
    }

    @Argument(help: "Pages or text files to clean; standard input when none.")
    var files: [String] = []

    @Option(
        help: """
            text: the title line, then one paragraph per line. json: one object per document. \
            lines: every line of the page marked + (kept) or - [reason] (removed), to debug a cut.
            """)
    var format: Format = .text

    @Option(help: "How to read the input: auto, html or text.")
    var input: InputKind = .auto

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
    }

    func run() throws {
        let options = CleanerOptions(
            script: ScriptChoice.script(simplified: simplified, traditional: traditional), repairsMojibake: !noRepair)
        let cleaner = Cleaner(options: options)
        var failed = false
        if files.isEmpty {
            try emit(clean(StandardStreams.readInput(), name: nil, cleaner: cleaner), file: nil)
            return
        }
        for file in files {
            do {
                let bytes = try Self.read(file)
                try emit(clean(bytes, name: file, cleaner: cleaner), file: file)
            } catch {
                StandardStreams.writeError("cjkclean: \(file): \(Self.describe(error))")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }

    private func clean(_ bytes: [UInt8], name: String?, cleaner: Cleaner) throws -> CleanedDocument {
        switch input.resolved(name: name, bytes: bytes) {
        case .html, .auto: return try cleaner.clean(html: bytes)
        case .text: return cleaner.clean(text: String(decoding: bytes, as: UTF8.self))
        }
    }

    private func emit(_ document: CleanedDocument, file: String?) throws {
        switch format {
        case .text:
            let lines = bodyOnly ? document.paragraphs : [document.title ?? ""] + document.paragraphs
            StandardStreams.write(lines.joined(separator: "\n") + "\n")
        case .json:
            StandardStreams.write(try DocumentRecord(file: file, document: document).jsonLine())
        case .lines:
            StandardStreams.write(Self.annotatedLines(document))
        }
    }

    /// Every line of the document in page order, kept ones marked `+`, removed ones `-` and
    /// their reason.
    static func annotatedLines(_ document: CleanedDocument) -> String {
        let removed = Dictionary(document.removed.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var paragraphs = document.paragraphs.makeIterator()
        var output = ""
        let count = document.removed.count + document.paragraphs.count
        for index in 0..<count {
            if let line = removed[index] {
                output += "- [\(line.reason.rawValue)] \(line.text)\n"
            } else if let paragraph = paragraphs.next() {
                output += "+ \(paragraph)\n"
            }
        }
        return output
    }

    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("no such file")
        }
        guard !isDirectory.boolValue else { throw ValidationError("is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot be read") }
        return Array(data)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let error as ValidationError: return error.message
        case let error as CleanerError:
            switch error {
            case .notText(let nulBytes, let sampleSize):
                return "not text: \(nulBytes) of the first \(sampleSize) bytes are NUL"
            }
        default: return String(describing: error)
        }
    }
}
