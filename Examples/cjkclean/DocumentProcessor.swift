import CJKClean
import Foundation

/// Reads, cleans and renders one document; runs on any worker, so it holds only `Sendable` settings.
struct DocumentProcessor: Sendable {
    /// How documents are cleaned.
    var cleaner: Cleaner
    /// How files and standard input are read.
    var input: InputKind
    /// How results are written.
    var renderer: DocumentRenderer

    /// The rendered result of one item: output text, or the failure that replaces it.
    struct Outcome: Sendable {
        /// What goes to standard output (a JSON error record for failures in JSON format).
        var output: String
        /// What goes to standard error, for failures.
        var errorMessage: String?
    }

    /// Processes one item.
    /// - Parameter item: The document to clean.
    /// - Returns: Its rendering, or the rendering of its failure.
    func process(_ item: BatchItem) -> Outcome {
        let label: DocumentLabel
        let result: Result<CleanedDocument, DocumentFailure>
        switch item {
        case .file(let path):
            label = DocumentLabel(file: path)
            result = Result { try cleanFile(path, name: path) }.mapError(DocumentFailure.init)
        case .standardInput:
            label = DocumentLabel()
            result = Result { try clean(StandardStreams.readInput(), name: nil) }.mapError(DocumentFailure.init)
        case .record(let record):
            label = DocumentLabel(id: record.id)
            switch record.content {
            case .html(let html): result = .success(cleaner.clean(html: html))
            case .text(let text): result = .success(cleaner.clean(text: text))
            case .path(let path): result = Result { try cleanFile(path, name: path) }.mapError(DocumentFailure.init)
            }
        case .failure(let failedLabel, let message):
            label = failedLabel
            result = .failure(DocumentFailure(message: message))
        }
        switch result {
        case .success(let document):
            return Outcome(output: renderer.render(document, label: label))
        case .failure(let failure):
            return Outcome(
                output: renderer.renderFailure(failure.message, label: label),
                errorMessage: "cjkclean: \(label.description): \(failure.message)")
        }
    }

    private func cleanFile(_ path: String, name: String) throws -> CleanedDocument {
        try clean(Self.read(path), name: name)
    }

    private func clean(_ bytes: [UInt8], name: String?) throws -> CleanedDocument {
        switch input.resolved(name: name, bytes: bytes) {
        case .html, .auto: return try cleaner.clean(html: bytes)
        case .text: return cleaner.clean(text: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The bytes of a file.
    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentFailure(message: "no such file")
        }
        guard !isDirectory.boolValue else { throw DocumentFailure(message: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentFailure(message: "cannot be read")
        }
        return Array(data)
    }
}

/// Why one document could not be cleaned, in words for the output.
struct DocumentFailure: Error, Sendable {
    var message: String

    init(message: String) {
        self.message = message
    }

    /// Describes any error thrown while reading or cleaning.
    init(_ error: Error) {
        switch error {
        case let failure as DocumentFailure: self = failure
        case let error as CleanerError:
            switch error {
            case .notText(let nulBytes, let sampleSize):
                message = "not text: \(nulBytes) of the first \(sampleSize) bytes are NUL"
            }
        default: message = String(describing: error)
        }
    }
}
