import XCTest

@testable import CJKClean

final class EvidenceCacheTests: XCTestCase {
    func testStoredScoresComeBackThroughGrowth() {
        var cache = EvidenceCache()
        XCTAssertNil(cache[42])
        // Key 0 is the empty-slot mark inside the table; it must still be a key like any other.
        let keys: [UInt64] = [0, 1, 42] + (1...2_000).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() { cache.insert(Double(index), for: key) }
        XCTAssertEqual(cache.count, keys.count)
        for (index, key) in keys.enumerated() { XCTAssertEqual(cache[key], Double(index)) }
        XCTAssertNil(cache[7])
        cache.insert(99, for: 0)
        XCTAssertEqual(cache[0], 0, "a key stored twice keeps its first score")
        XCTAssertEqual(cache.count, keys.count)
    }

    func testAFullCacheKeepsWhatItHasAndStoresNothingMore() {
        var cache = EvidenceCache()
        for key in 1...UInt64(EvidenceCache.capacity + 10) { cache.insert(1.5, for: key &* 31) }
        XCTAssertEqual(cache.count, EvidenceCache.capacity)
        XCTAssertEqual(cache[31], 1.5)
        XCTAssertNil(cache[UInt64(EvidenceCache.capacity + 5) &* 31])
    }
}
