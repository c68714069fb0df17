import Foundation

/// Writes a line of the test report to standard error, which is not buffered.
func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
