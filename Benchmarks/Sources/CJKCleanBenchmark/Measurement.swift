/// Times a piece of work over a corpus and reports throughput.
struct Measurement {
    let name: String
    let documents: Int
    let bytes: Int
    let seconds: Double

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    var documentsPerSecond: Double { Double(documents) / seconds }

    /// Runs `work` over every input once to warm up, then repeatedly for at least `minimumSeconds`.
    static func run<Input>(
        _ name: String, inputs: [Input], size: (Input) -> Int, minimumSeconds: Double = 1.0,
        _ work: (Input) -> Void
    ) -> Measurement {
        if let filter = CommandLine.arguments.dropFirst().first, !name.contains(filter) {
            return Measurement(name: name, documents: 0, bytes: 0, seconds: 0)
        }
        for input in inputs { work(input) }
        let clock = ContinuousClock()
        var rounds = 0
        let started = clock.now
        var elapsed = Duration.zero
        repeat {
            for input in inputs { work(input) }
            rounds += 1
            elapsed = clock.now - started
        } while elapsed < .seconds(minimumSeconds)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let bytes = inputs.reduce(0) { $0 + size($1) } * rounds
        return Measurement(name: name, documents: inputs.count * rounds, bytes: bytes, seconds: seconds)
    }

    /// One row of the report table (empty for a measurement that was filtered out).
    var row: String {
        guard seconds > 0 else { return "" }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        func format(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return String(rounded)
        }
        return pad(name, 50) + pad(format(megabytesPerSecond), 12) + format(documentsPerSecond)
    }

    static let header = "stage" + String(repeating: " ", count: 45) + "MB/s        documents/s"
}
