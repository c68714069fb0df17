import CJKClean

/// Mojibake repair: clean text (where the gate should let everything through), text garbled by
/// reading UTF-8 as Windows-1252 or as GBK, and GBK and Big5 articles read as Windows-1252.
enum RepairBenchmark {
    static func run(corpus: Corpus, filter: String?) {
        guard filter.map({ "mojibake repair".contains($0) }) ?? true else { return }
        print("\nmojibake repair")
        let repair = MojibakeRepair()
        // Warm up: the first repair builds the charset and frequency tables.
        let clock = ContinuousClock()
        let warmUp = clock.measure { _ = repair.repair("其他?;鹛嶙h。ä¸­æ–‡") }
        print("  first call, building tables: \(milliseconds(warmUp)) ms")
        let clean = String(repeating: (corpus.simplifiedBodies + corpus.traditionalBodies).joined(separator: "\n") + "\n", count: 200)
        let gateTime = clock.measure { _ = MojibakeGate.signals(in: clean) }
        print("  gate alone on clean text: \(format(Double(clean.utf8.count) / 1_000_000 / seconds(gateTime))) MB/s")
        // The first pass over the whole text builds the tables its flagged lines need (pinyin
        // readings among them); the throughput is that of the passes after it.
        let cleanOutput = repair.repair(clean).text
        print(
            "  clean text (\(megabytes(clean.utf8.count)) MB): \(format(throughput(of: repair, on: clean))) MB/s, "
                + "unchanged: \(cleanOutput == clean)")
        let original = corpus.simplifiedBodies.prefix(2).joined(separator: "\n")
        for (name, charset) in [("Windows-1252", "windows-1252"), ("GBK", "GB18030")] {
            guard let garbled = try? ICUCharset.decode(Array(original.utf8), charset: charset) else { continue }
            let repaired = repair.repair(garbled).text
            print(
                "  UTF-8 read as \(name) (\(garbled.utf8.count) bytes): \(format(throughput(of: repair, on: garbled))) MB/s, "
                    + "\(exactness(of: repaired, against: original, lossy: garbled.unicodeScalars.contains("\u{FFFD}")))")
        }
        // Whole articles in a legacy charset read as Windows-1252: each line is re-read under
        // every legacy charset, from every start that may give a repair.
        for (name, charset, bodies) in [
            ("GBK", "GB18030", corpus.simplifiedBodies), ("Big5", "Big5-HKSCS", corpus.traditionalBodies),
        ] {
            let article = bodies.prefix(2).joined(separator: "\n")
            guard let bytes = try? ICUCharset.encode(article, charset: charset, strict: true),
                let garbled = try? ICUCharset.decode(bytes, charset: "windows-1252")
            else { continue }
            let repaired = repair.repair(garbled).text
            print(
                "  \(name) read as Windows-1252 (\(garbled.utf8.count) bytes): "
                    + "\(format(throughput(of: repair, on: garbled))) MB/s, "
                    + "\(exactness(of: repaired, against: article, lossy: false))")
        }
    }

    /// Megabytes per second of repeated repairs of one text, for a quarter of a second at least
    /// (one repair of a short text takes milliseconds).
    private static func throughput(of repair: MojibakeRepair, on text: String) -> Double {
        let clock = ContinuousClock()
        var runs = 0
        var time = Duration.zero
        while time < .milliseconds(250) {
            time += clock.measure { _ = repair.repair(text) }
            runs += 1
        }
        return Double(text.utf8.count * runs) / 1_000_000 / seconds(time)
    }

    /// Whether the repair gave back the original, and if not, what share of its lines it did:
    /// bytes a lossy misreading dropped cannot always be recovered.
    private static func exactness(of repaired: String, against original: String, lossy: Bool) -> String {
        guard repaired != original else { return "repaired exactly: true" }
        let repairedLines = repaired.split(separator: "\n", omittingEmptySubsequences: false)
        let originalLines = original.split(separator: "\n", omittingEmptySubsequences: false)
        guard repairedLines.count == originalLines.count else { return "repaired exactly: false (line count differs)" }
        let exact = zip(repairedLines, originalLines).filter { $0 == $1 }.count
        return "repaired exactly: false, lines exact: \(exact)/\(originalLines.count)\(lossy ? " (bytes lost)" : "")"
    }
}
