import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-line progress display on standard error (pages, pages per second, time left), drawn
/// only when standard error is a terminal and at most five times a second.
struct ProgressReporter {
    private let total: Int?
    private let isEnabled: Bool
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var completed = 0
    private var failed = 0

    /// Creates a reporter.
    /// - Parameter total: How many documents there are, when known (for the time left).
    init(total: Int?) {
        self.total = total
        self.isEnabled = isatty(STDERR_FILENO) == 1
    }

    /// Whether standard error is a terminal, so that counting the input for a total is worthwhile.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Records one finished document.
    /// - Parameter succeeded: Whether it was cleaned.
    mutating func advance(succeeded: Bool) {
        completed += 1
        if !succeeded { failed += 1 }
        guard isEnabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDrawn) >= 0.2 {
            lastDrawn = now
            draw(now: now)
        }
    }

    /// Draws the final state and ends the line.
    mutating func finish() {
        guard isEnabled, completed > 0 else { return }
        draw(now: Date())
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(now: Date) {
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(completed) / seconds
        var line = "\r\u{1B}[K\(completed)"
        if let total, total > 0 {
            let fraction = min(1, Double(completed) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line = "\r\u{1B}[K[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(completed)/\(total)"
        }
        line += " pages, " + String(format: "%.1f", rate) + " pages/s"
        if let total, rate > 0, completed < total {
            line += ", ETA " + Self.duration(Double(total - completed) / rate)
        }
        if failed > 0 { line += ", \(failed) failed" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }
}
