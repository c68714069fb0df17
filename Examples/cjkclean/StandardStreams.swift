import Foundation

/// Reading standard input and writing to standard output and error.
enum StandardStreams {
    /// All of standard input as bytes.
    static func readInput() -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }

    /// All of standard input as text (invalid UTF-8 becomes U+FFFD).
    static func readInputText() -> String {
        String(decoding: readInput(), as: UTF8.self)
    }

    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func writeError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

