// Throughput of the whole pipeline and of each stage, in release mode:
//   swift run -c release --package-path Benchmarks cjkclean-benchmark [NAME-FILTER]
// With an argument, only the measurements whose name contains it run (e.g. "html: bytes").
import CJKClean

let corpus = Corpus.load()
let filter = CommandLine.arguments.dropFirst().first
print("golden documents: \(corpus.fixtures.count), development pages: \(corpus.pages.count)")

// Cold start first, so table build times are measured before anything else builds them.
ScriptConversionBenchmark.run(corpus: corpus, filter: filter)
RepairBenchmark.run(corpus: corpus, filter: filter)
MojibakeCategoryBenchmark.run(filter: filter)

let utf8Count: (String) -> Int = { $0.utf8.count }
let lines = corpus.fixtures.map { WhitespaceNormalizer.lines(of: $0).map { TextLine(text: $0) } }
let linesSize: ([TextLine]) -> Int = { $0.reduce(0) { $0 + $1.text.utf8.count } }
let simplified = Cleaner(options: CleanerOptions(script: .simplified))
let repair = MojibakeRepair()
let withoutRepair = Cleaner(options: CleanerOptions(repairsMojibake: false))
let boilerplate = BoilerplateFilter()
let toSimplified = ScriptConverter(.traditionalToSimplified)
let toTraditional = ScriptConverter(.simplifiedToTraditional)

var results = [
    Measurement.run("Cleaner.clean(text:) on golden documents", inputs: corpus.fixtures, size: utf8Count) {
        _ = Cleaner.clean(text: $0)
    },
    Measurement.run("  same, simplified output", inputs: corpus.fixtures, size: utf8Count) {
        _ = simplified.clean(text: $0)
    },
    Measurement.run("  stage: line splitting", inputs: corpus.fixtures, size: utf8Count) {
        _ = WhitespaceNormalizer.lines(of: $0)
    },
    Measurement.run("  stage: mojibake repair", inputs: corpus.fixtures, size: utf8Count) {
        _ = repair.repair($0)
    },
    Measurement.run("  stage: boilerplate filter", inputs: lines, size: linesSize) {
        _ = boilerplate.filter($0)
    },
    Measurement.run("  stage: traditional → simplified", inputs: corpus.fixtures, size: utf8Count) {
        _ = toSimplified.convert($0)
    },
    Measurement.run("  stage: simplified → traditional", inputs: corpus.fixtures, size: utf8Count) {
        _ = toTraditional.convert($0)
    },
]

if !corpus.pages.isEmpty {
    let pageSize: ([UInt8]) -> Int = { $0.count }
    let decoded = corpus.pages.compactMap { try? HTMLDecoder.decode($0).text }
    results += [
        Measurement.run("Cleaner.clean(html: bytes) on development pages", inputs: corpus.pages, size: pageSize) {
            _ = try? Cleaner.clean(html: $0)
        },
        Measurement.run("  same, without mojibake repair", inputs: corpus.pages, size: pageSize) {
            _ = try? withoutRepair.clean(html: $0)
        },
        Measurement.run("  stage: charset sniffing and decoding", inputs: corpus.pages, size: pageSize) {
            _ = try? HTMLDecoder.decode($0)
        },
        Measurement.run("  stage: HTML tokenizing", inputs: decoded, size: utf8Count) {
            var tokenizer = HTMLTokenizer($0)
            while tokenizer.next() != nil {}
        },
        Measurement.run("  stage: HTML to lines", inputs: decoded, size: utf8Count) {
            _ = HTMLLineExtractor.extract($0)
        },
    ]
}

// The table only when a filter left some of its rows.
let rows = results.map(\.row).filter { !$0.isEmpty }
if !rows.isEmpty {
    print("\npipeline and stages")
    print(Measurement.header)
    for row in rows { print(row) }
}

SlowestPagesBenchmark.run(corpus: corpus, filter: filter)
