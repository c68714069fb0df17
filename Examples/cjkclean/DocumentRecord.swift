import CJKClean
import Foundation

/// One cleaned document as written by `--format json` (one JSON object per line).
struct DocumentRecord: Encodable {
    var file: String?
    var title: String?
    var paragraphs: [String]
    var removed: [RemovedLine]
    var repairs: [Repair]
    var charset: String?

    init(file: String?, document: CleanedDocument) {
        self.file = file
        self.title = document.title
        self.paragraphs = document.paragraphs
        self.removed = document.removed
        self.repairs = document.repairs
        self.charset = document.charset
    }

    /// The record as one line of JSON.
    func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
