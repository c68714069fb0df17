import CJKClean

/// One cleaned document as written by `--format json` (one JSON object per line).
struct DocumentRecord: Encodable {
    /// The id of the JSON Lines record the document came from.
    var id: DocumentID?
    /// The file the document came from.
    var file: String?
    var title: String?
    var paragraphs: [String]
    var removed: [RemovedLine]
    var repairs: [Repair]
    var charset: String?

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
