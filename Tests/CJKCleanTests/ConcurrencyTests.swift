import CJKClean
import Foundation
import Synchronization
import XCTest

/// Cleaning, repairing and converting from many tasks at once gives exactly the single-threaded
/// results: the shared tables, cached ICU transliterators and converters are safe to share.
final class ConcurrencyTests: XCTestCase {
    /// The work of one document: everything a caller may do with the public API.
    private struct Results: Equatable, Sendable {
        var cleaned: CleanedDocument
        var cleanedFromBytes: CleanedDocument?
        var simplified: CleanedDocument
        var repaired: RepairResult
        var toSimplified: String
        var toTraditional: String
        var tokens: Int
        var charset: String?
    }

    private static func work(on page: String) -> Results {
        let bytes = Array(page.utf8)
        var tokenizer = HTMLTokenizer(bytes)
        var tokens = 0
        while tokenizer.next() != nil { tokens += 1 }
        return Results(
            cleaned: Cleaner.clean(text: page),
            cleanedFromBytes: try? Cleaner.clean(html: Array(("<html><body><p>" + page + "</p>").utf8)),
            simplified: Cleaner(options: CleanerOptions(script: .simplified)).clean(text: page),
            repaired: MojibakeRepair().repair(page),
            toSimplified: ScriptConverter(.traditionalToSimplified).convert(page),
            toTraditional: ScriptConverter(.simplifiedToTraditional).convert(page),
            tokens: tokens,
            charset: try? HTMLDecoder.decode(bytes).charset)
    }

    func testManyTasksGiveTheSingleThreadedResults() async throws {
        let pages = try GoldenFixture.all().map(\.page) + [WorkBudget.ordinaryPage()]
        let expected = pages.map(Self.work)
        let rounds = 8
        let results = await withTaskGroup(of: (Int, Results).self) { group in
            for _ in 0..<rounds {
                for (index, page) in pages.enumerated() {
                    group.addTask { (index, Self.work(on: page)) }
                }
            }
            var collected: [(Int, Results)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        XCTAssertEqual(results.count, rounds * pages.count)
        for (index, result) in results {
            XCTAssertEqual(result, expected[index], "page \(index) differs when cleaned concurrently")
        }
    }

    func testOneSharedCleanerOnManyThreads() throws {
        let cleaner = Cleaner(options: CleanerOptions(script: .traditional))
        let pages = try GoldenFixture.all().map(\.page)
        let expected = pages.map { cleaner.clean(text: $0) }
        let iterations = 4 * pages.count
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: iterations) { iteration in
            let index = iteration % pages.count
            if cleaner.clean(text: pages[index]) != expected[index] {
                mismatches.withLock { $0 += 1 }
            }
        }
        XCTAssertEqual(mismatches.withLock { $0 }, 0)
    }
}
