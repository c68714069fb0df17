import Foundation

/// One line of `--jsonl` input: `{"id": …, "html": …}`, `{"id": …, "path": …}` or `{"id": …, "text": …}`.
struct JSONLinesRecord: Sendable {
    /// Where the document's content is.
    enum Content: Sendable {
        /// An HTML page, already text.
        case html(String)
        /// A file to read (HTML or text, decided by `--input`).
        case path(String)
        /// Plain text, one block per line.
        case text(String)
    }

    /// The record's id; the line number when the record has none.
    var id: DocumentID
    /// The document.
    var content: Content

    /// The fields as they appear in a line.
    private struct Fields: Decodable {
        var id: DocumentID?
        var html: String?
        var path: String?
        var text: String?
    }

    /// Parses one line of input.
    /// - Parameters:
    ///   - line: The line's bytes, without the newline.
    ///   - number: The line number, counting from 1 (the id of a record without one).
    /// - Returns: The record, or a failure item that says what is wrong with the line.
    static func parse(_ line: [UInt8], number: Int) -> BatchItem {
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(line))
        } catch {
            return failure(line: number, Self.describe(error))
        }
        let id = fields.id ?? .integer(number)
        switch (fields.html, fields.path, fields.text) {
        case (let html?, nil, nil): return .record(JSONLinesRecord(id: id, content: .html(html)))
        case (nil, let path?, nil): return .record(JSONLinesRecord(id: id, content: .path(path)))
        case (nil, nil, let text?): return .record(JSONLinesRecord(id: id, content: .text(text)))
        default:
            return .failure(DocumentLabel(id: id), message: "expected exactly one of \"html\", \"path\" or \"text\"")
        }
    }

    private static func failure(line number: Int, _ message: String) -> BatchItem {
        .failure(DocumentLabel(line: number), message: message)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            if let key = context.codingPath.first?.stringValue { return "\"\(key)\" has the wrong type" }
            return "not a JSON object"
        default:
            return "not a JSON object"
        }
    }
}
