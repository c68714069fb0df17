import CJKClean

/// Mojibake repair: clean text (where the gate should let everything through) and text garbled
/// by reading UTF-8 as Windows-1252.
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
        let cleanTime = clock.measure { _ = repair.repair(clean) }
        print("  clean text (\(megabytes(clean.utf8.count)) MB): \(format(Double(clean.utf8.count) / 1_000_000 / seconds(cleanTime))) MB/s")
        let garbled = corpus.simplifiedBodies.prefix(2).compactMap { body in
            try? ICUCharset.decode(Array(body.utf8), charset: "windows-1252")
        }.joined(separator: "\n")
        var repaired = ""
        let garbledTime = clock.measure { repaired = repair.repair(garbled).text }
        let exact = repaired == corpus.simplifiedBodies.prefix(2).joined(separator: "\n")
        print(
            "  UTF-8 read as Windows-1252 (\(garbled.utf8.count) bytes): "
                + "\(format(Double(garbled.utf8.count) / 1_000_000 / seconds(garbledTime))) MB/s, repaired exactly: \(exact)")
    }
}
