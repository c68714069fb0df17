import CJKClean
import Foundation

/// Formats cleaned documents and failures for standard output.
struct DocumentRenderer: Sendable {
    /// Output formats.
    enum Format: String, Sendable, CaseIterable {
        /// The title line, then one paragraph per line.
        case text
        /// One JSON object per document.
        case json
        /// Every line of the page marked kept or removed.
        case lines
    }

    /// The format.
    var format: Format
    /// With the text format, leave out the title line.
    var bodyOnly: Bool

    /// One document as the format writes it, newline-terminated.
    func render(_ document: CleanedDocument, label: DocumentLabel) -> String {
        switch format {
        case .text:
            let lines = bodyOnly ? document.paragraphs : [document.title ?? ""] + document.paragraphs
            return lines.joined(separator: "\n") + "\n"
        case .json:
            return Self.jsonLine(DocumentRecord(label: label, document: document))
        case .lines:
            return Self.annotatedLines(document)
        }
    }

    /// A failure as the format writes it: a JSON record `{"id"|"file"|"line": …, "error": …}` in the JSON
    /// format; nothing in the others (the message goes to standard error only).
    func renderFailure(_ message: String, label: DocumentLabel) -> String {
        guard format == .json else { return "" }
        return Self.jsonLine(FailureRecord(id: label.id, file: label.file, line: label.line, error: message))
    }

    private static func jsonLine(_ record: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return "{\"error\":\"cannot encode the result\"}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every line of the document in page order, kept ones marked `+`, removed ones `-` and their reason.
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
}

/// A document that failed, as written by the JSON format.
struct FailureRecord: Encodable {
    /// The id of the JSON Lines record.
    var id: DocumentID?
    /// The file that failed.
    var file: String?
    /// The JSON Lines input line that was not a record.
    var line: Int?
    /// What went wrong.
    var error: String
}
