import CJKClean

/// Script conversion: table build time and memory, then throughput on about 20 MB against ICU's
/// transliterator called directly on the same input.
enum ScriptConversionBenchmark {
    static func run(corpus: Corpus, filter: String?) {
        guard filter.map({ "script conversion".contains($0) }) ?? true else { return }
        print("\nscript conversion (about 20 MB of the golden bodies, repeated)")
        for (name, direction) in [
            ("simplified → traditional", ScriptConverter.Direction.simplifiedToTraditional),
            ("traditional → simplified", .traditionalToSimplified),
        ] {
            let before = ResidentMemory.bytes()
            let clock = ContinuousClock()
            let converter = ScriptConverter(direction)
            let build = clock.measure { converter.prepare() }
            let grown = zip(ResidentMemory.bytes().map { [$0] } ?? [], before.map { [$0] } ?? []).map { $0 - $1 }.first
            print("  tables for \(name): built in \(milliseconds(build)) ms, resident memory +\(megabytes(grown)) MB")
        }
        let simplifiedText = repeated(corpus.simplifiedBodies, toBytes: 20_000_000)
        let traditionalText = ScriptConverter(.simplifiedToTraditional).convert(simplifiedText)
        for (name, direction, icuIdentifier, input) in [
            ("simplified → traditional", ScriptConverter.Direction.simplifiedToTraditional, "Simplified-Traditional", simplifiedText),
            ("traditional → simplified", .traditionalToSimplified, "Traditional-Simplified", traditionalText),
        ] {
            let converter = ScriptConverter(direction)
            let ours = throughput(input) { _ = converter.convert($0) }
            guard let icu = try? ICUTransliterator(icuIdentifier) else { continue }
            let theirs = throughput(input) { _ = icu.transliterate($0) }
            print("  \(name): \(format(ours)) MB/s; ICU \(icuIdentifier): \(format(theirs)) MB/s; ratio \(format(ours / theirs))×")
        }
    }

    private static func repeated(_ parts: [String], toBytes size: Int) -> String {
        let unit = parts.joined(separator: "\n") + "\n"
        let copies = max(1, size / max(1, unit.utf8.count))
        return String(repeating: unit, count: copies)
    }

    private static func throughput(_ input: String, _ work: (String) -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure { work(input) }
        return Double(input.utf8.count) / 1_000_000 / seconds(elapsed)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func milliseconds(_ duration: Duration) -> String {
    format(seconds(duration) * 1000)
}

func megabytes(_ bytes: Int?) -> String {
    bytes.map { format(Double($0) / 1_000_000) } ?? "?"
}

func format(_ value: Double) -> String {
    String((value * 10).rounded() / 10)
}
