/// What names a document in the output: the id of its JSON Lines record, the file it came from,
/// or, for a JSON Lines input line that is not a record, its line number.
struct DocumentLabel: Sendable, Hashable {
    /// The record's id, for JSON Lines input.
    var id: DocumentID?
    /// The file path, for file input; `nil` for standard input.
    var file: String?
    /// The line number of a JSON Lines input line that could not be read as a record.
    var line: Int?

    /// The name used in messages on standard error.
    var description: String {
        if let id { return "id \(id.description)" }
        if let line { return "line \(line)" }
        return file ?? "standard input"
    }
}
