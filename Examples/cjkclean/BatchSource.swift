import ArgumentParser
import Foundation

/// The documents of one `cjkclean clean` run, read lazily, and how many there are when that is
/// cheap to know (for the progress display).
struct BatchSource {
    /// The items, in output order.
    var items: AnySequence<BatchItem>
    /// How many items there are, if known.
    var count: Int?

    /// A source over items already listed.
    init(items: [BatchItem]) {
        self.items = AnySequence(items)
        self.count = items.count
    }

    private init(items: AnySequence<BatchItem>, count: Int?) {
        self.items = items
        self.count = count
    }

    /// The records of a JSON Lines file, or of standard input for `-`; blank lines are skipped.
    /// - Parameter path: The file, or `-`.
    /// - Returns: The source.
    /// - Throws: `ValidationError` when the file cannot be opened.
    static func jsonLines(_ path: String) throws -> BatchSource {
        let handle: FileHandle
        var count: Int?
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ValidationError("\(path): no such file or not readable")
            }
            handle = opened
            if ProgressReporter.isTerminal, let counting = FileHandle(forReadingAtPath: path) {
                count = LineReader(counting).reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
                try? counting.close()
            }
        }
        // `lazy` after `enumerated()`: an enumerated sequence is not lazy itself, and an eager
        // `filter` would read the whole input before the first document is cleaned.
        let records = LineReader(handle).enumerated().lazy
            .filter { !$0.element.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
            .map { JSONLinesRecord.parse($0.element, number: $0.offset + 1) }
        return BatchSource(items: AnySequence(records), count: count)
    }
}
