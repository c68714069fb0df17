import Foundation

/// Reads a file or standard input one line at a time, so that a JSON Lines input of any size is
/// never held in memory whole.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next LF resumes: bytes before it hold none.
    private var searchFrom = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    /// Creates a reader.
    /// - Parameter handle: The file to read, from its current position.
    init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its LF (or CRLF), or `nil` at the end of input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[start..<newline])
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                start = newline + 1
                searchFrom = start
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            searchFrom = buffer.count
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
