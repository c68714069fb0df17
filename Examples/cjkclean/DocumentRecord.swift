import CJKClean

/// One cleaned document as written by `--format json` (one JSON object per line).
struct DocumentRecord: Encodable {
    /// The id of the JSON Lines record the document came from.
    var id: DocumentID?
    /// The file the document came from.
    var file: String?
    /// The page's title.
    var title: String?
    /// The article's paragraphs.
    var paragraphs: [String]
    /// The lines left out, with the reason for each.
    var removed: [RemovedLine]
    /// The mojibake repairs made.
    var repairs: [Repair]
    /// The charset the bytes were decoded from (file input only).
    var charset: String?

    /// The record of a cleaned document.
    /// - Parameters:
    ///   - label: Which document it is.
    ///   - document: The cleaned document.
    init(label: DocumentLabel, document: CleanedDocument) {
        self.id = label.id
        self.file = label.file
        self.title = document.title
        self.paragraphs = document.paragraphs
        self.removed = document.removed
        self.repairs = document.repairs
        self.charset = document.charset
    }
}
