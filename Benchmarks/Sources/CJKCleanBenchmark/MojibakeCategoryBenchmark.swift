import CJKClean

/// Mojibake repair per category: the test suite's sentences in zh-Hans, zh-Hant, ja and ko,
/// garbled through real codecs (`MojibakeCases` is the test suite's folder, linked), with the
/// share of each category repaired exactly and its throughput; then the clean corpus, which
/// must come out unchanged, tricky sentences included.
enum MojibakeCategoryBenchmark {
    static func run(filter: String?) {
        guard filter.map({ "mojibake categories".contains($0) }) ?? true else { return }
        let repair = MojibakeRepair()
        print("\nmojibake repair per category (each sentence repaired as a document of its own)")
        print(pad("category", 36) + pad("exact", 16) + "MB/s")
        let categories = Dictionary(grouping: Garbler.allCases, by: \.category)
        for (category, cases) in categories.sorted(by: { $0.key < $1.key }) {
            let exact = cases.filter { repair.repair($0.garbled).text == $0.expected }.count
            let rate = "\(exact)/\(cases.count) \(format(Double(exact) / Double(cases.count) * 100))%"
            let speed = throughput(of: repair, on: cases.map(\.garbled))
            let lossy = cases.contains { !$0.isLossless }
            print(pad(category, 36) + pad(rate, 16) + format(speed) + (lossy ? "  (bytes lost)" : ""))
        }
        let corpus = CleanCorpus.all.map(\.text)
        let changed = corpus.filter { text in
            let result = repair.repair(text)
            return result.text != text || !result.repairs.isEmpty
        }
        let flagged = corpus.filter { !MojibakeGate.signals(in: $0).isEmpty }.count
        print(
            "clean corpus: \(corpus.count) sentences, \(flagged) flagged by the gate, \(changed.count) changed, "
                + "\(format(throughput(of: repair, on: corpus))) MB/s")
        for text in changed.prefix(10) { print("  changed: \(text)") }
    }

    /// Megabytes per second of repairing every text in turn, repeated for a tenth of a second
    /// at least.
    private static func throughput(of repair: MojibakeRepair, on texts: [String]) -> Double {
        let clock = ContinuousClock()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var rounds = 0
        var time = Duration.zero
        while time < .milliseconds(100) {
            time += clock.measure {
                for text in texts { _ = repair.repair(text) }
            }
            rounds += 1
        }
        return Double(bytes * rounds) / 1_000_000 / seconds(time)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
