/// One unit of work for `cjkclean clean`: a document to read and clean, or an input that could not
/// even be turned into one (reported in the output stream like any other failure).
enum BatchItem: Sendable {
    /// A file named on the command line or found in a directory.
    case file(path: String)
    /// The whole of standard input as one document.
    case standardInput
    /// A record of a JSON Lines input.
    case record(JSONLinesRecord)
    /// An input that failed before cleaning (a missing file, an empty directory, a malformed record).
    case failure(DocumentLabel, message: String)
}
