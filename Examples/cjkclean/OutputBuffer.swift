import Foundation

/// Collects standard output and writes it in large blocks: one write per document would cost a
/// system call each.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let limit: Int

    /// Creates a buffer.
    /// - Parameter limit: How many bytes to hold before writing.
    init(limit: Int = 1 << 16) {
        self.limit = limit
        bytes.reserveCapacity(limit)
    }

    /// Adds text, writing the buffer out when it is full.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= limit { flush() }
    }

    /// Writes what is held to standard output.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
