import CJKClean

/// The development pages that take longest to clean, with their share of the total time: the
/// place to look first when throughput drops.
enum SlowestPagesBenchmark {
    static func run(corpus: Corpus, filter: String?, count: Int = 10) {
        guard !corpus.pages.isEmpty, filter.map({ "slowest pages".contains($0) }) ?? true else { return }
        print("\nslowest development pages (best of 3 runs each)")
        let clock = ContinuousClock()
        for page in corpus.pages { _ = try? Cleaner.clean(html: page) }
        let times = corpus.pages.map { page in
            (0..<3).map { _ in seconds(clock.measure { _ = try? Cleaner.clean(html: page) }) }.min() ?? 0
        }
        let total = times.reduce(0, +)
        print("  all \(corpus.pages.count) pages: \(format(total * 1000)) ms, \(format(Double(corpus.pages.count) / total)) pages/s")
        let ranked = times.indices.sorted { times[$0] > times[$1] }.prefix(count)
        for index in ranked {
            let share = times[index] / total * 100
            print(
                "  \(corpus.pageNames[index]): \(format(times[index] * 1000)) ms, \(format(share))% of the total, "
                    + "\(corpus.pages[index].count / 1024) KB")
        }
    }
}
