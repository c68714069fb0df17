import XCTest

@testable import CJKClean

/// The bookkeeping that lets the repair skip starts a candidate already outranks, and the check
/// that sends a line back to a search without skips.
final class LineCandidatesTests: XCTestCase {
    private func candidate(_ range: Range<Int>, margin: Double, transform: Int) -> LineCandidates.Candidate {
        LineCandidates.Candidate(
            edit: ScalarEdit(range: range, replacement: ["中"], kind: .gbkAsWindows1252, confidence: 0.9),
            margin: margin, transform: transform)
    }

    /// A line of 60 scalars with one candidate over its first 30 (margin 90, misreading 8) that
    /// outranks a start of misreading 9 at 5, whose stretch reaches 20.
    private func lineWithASkippedStart() -> LineCandidates {
        var found = LineCandidates(line: 0..<60)
        found.append(candidate(0..<30, margin: 90, transform: 8))
        XCTAssertTrue(found.skips(transform: 9, at: 5, marginBound: 40, reach: 20))
        return found
    }

    func testTheMostMarginIsChosenFirstThenTheEarlierMisreadingThenTheEarlierStart() {
        let candidates = [
            candidate(10..<20, margin: 50, transform: 8),
            candidate(15..<25, margin: 80, transform: 9),
            candidate(0..<12, margin: 50, transform: 7),
            candidate(30..<40, margin: 20, transform: 9),
            candidate(34..<38, margin: 20, transform: 9),
        ]
        // 15..<25 first; of the two with 50, transform 7 before 8, and 10..<20 overlaps what is
        // taken; of the two with 20 from one misreading, the earlier start.
        XCTAssertEqual(LineCandidates.choose(candidates), [1, 2, 3])
    }

    func testAStartIsSkippedOnlyUnderACandidateWithMoreMargin() {
        var found = LineCandidates(line: 100..<160)
        XCTAssertFalse(found.skips(transform: 5, at: 3, marginBound: 10, reach: 20), "nothing found yet")
        found.append(candidate(100..<150, margin: 90, transform: 8))
        XCTAssertFalse(found.skips(transform: 5, at: 3, marginBound: 90, reach: 20), "a tie is not outranked")
        XCTAssertFalse(found.skips(transform: 5, at: 55, marginBound: 10, reach: 58), "past the candidate")
        XCTAssertTrue(found.skips(transform: 5, at: 3, marginBound: 89, reach: 20))
        XCTAssertTrue(found.isExact)
    }

    func testSkipsAreExactOnlyWhileTheirOutrankingCandidateIsChosen() {
        var found = lineWithASkippedStart()
        XCTAssertTrue(found.isExact)
        // A later candidate with more margin takes the scalars of the one that outranked the
        // skipped start: the start's own change might have been chosen beside it.
        found.append(candidate(25..<60, margin: 120, transform: 10))
        XCTAssertFalse(found.isExact)
    }

    func testACandidateInsideASkippedStretchOfItsOwnMisreadingIsNotExact() {
        var found = lineWithASkippedStart()
        // Another misreading may begin there: its search did not skip anything.
        found.append(candidate(40..<50, margin: 10, transform: 10))
        found.append(candidate(12..<16, margin: 5, transform: 10))
        XCTAssertTrue(found.isExact)
        // The skipped start's own misreading may not: without the skip, a change from the
        // skipped start might have covered this one's start, which would then not be searched.
        found.append(candidate(12..<16, margin: 5, transform: 9))
        XCTAssertFalse(found.isExact)
    }

    func testSkippedStretchesOfOneReadingAreJoinedOnlyWhereTheyOverlap() {
        var found = LineCandidates(line: 0..<60)
        found.append(candidate(0..<40, margin: 90, transform: 8))
        XCTAssertTrue(found.skips(transform: 9, at: 5, marginBound: 40, reach: 10))
        XCTAssertTrue(found.skips(transform: 9, at: 12, marginBound: 40, reach: 16))
        XCTAssertTrue(found.skips(transform: 9, at: 14, marginBound: 40, reach: 30))
        // Between the first stretch's reach and the second start nothing was skipped.
        var between = found
        between.append(candidate(11..<12, margin: 5, transform: 9))
        XCTAssertTrue(between.isExact)
        // The third stretch reaches past the second one's end.
        var joined = found
        joined.append(candidate(20..<22, margin: 5, transform: 9))
        XCTAssertFalse(joined.isExact)
    }

    func testACandidateAtTheReachOfASkippedStartIsExact() {
        var found = lineWithASkippedStart()
        found.append(candidate(20..<24, margin: 5, transform: 9))
        XCTAssertTrue(found.isExact)
    }

    func testTheCoverOfStartsIsTheWeakestCandidateOverThemAndEveryCandidateOverThem() {
        var found = LineCandidates(line: 0..<60)
        XCTAssertEqual(found.cover(of: [3, 40]).lowest, -.infinity, "nothing found yet")
        found.append(candidate(0..<30, margin: 90, transform: 8))
        found.append(candidate(30..<50, margin: 70, transform: 8))
        XCTAssertEqual(found.cover(of: [3, 40]).lowest, 70)
        XCTAssertEqual(found.cover(of: [3, 20, 40, 45]).owners, [0, 1])
        XCTAssertEqual(found.cover(of: [3, 55]).lowest, -.infinity, "55 has no candidate over it")
        XCTAssertEqual(found.cover(of: []).lowest, .infinity)
        // Where candidates overlap, the one with more margin speaks for the scalar.
        found.append(candidate(35..<45, margin: 80, transform: 9))
        XCTAssertEqual(found.cover(of: [3, 40]).lowest, 80)
        XCTAssertEqual(found.cover(of: [3, 40, 46, 41]).owners, [0, 2, 1])
    }

    /// A line of 60 scalars under two candidates of misreading 8, 0..<30 (margin 90) and
    /// 30..<60 (margin 70), and misreading 9 skipped at every one of `starts`.
    private func lineSkippedEverywhere(at starts: [Int]) -> LineCandidates {
        var found = LineCandidates(line: 0..<60)
        found.append(candidate(0..<30, margin: 90, transform: 8))
        found.append(candidate(30..<60, margin: 70, transform: 8))
        found.skipEveryStart(transform: 9, at: starts, cover: found.cover(of: starts))
        return found
    }

    func testAReadingSkippedEverywhereIsExactOnlyWhileEveryOutrankingCandidateIsChosen() {
        let found = lineSkippedEverywhere(at: [2, 20, 45])
        XCTAssertTrue(found.isExact)
        // A candidate with more margin takes scalars of both outranking ones: a change of the
        // skipped reading from 2 or 45 might have been chosen beside it.
        var overtaken = found
        overtaken.append(candidate(25..<40, margin: 100, transform: 10))
        XCTAssertFalse(overtaken.isExact)
        // The same when the skipped reading had starts only under the first: that one is no
        // longer chosen either.
        var underTheFirst = lineSkippedEverywhere(at: [2, 20])
        underTheFirst.append(candidate(25..<40, margin: 100, transform: 10))
        XCTAssertFalse(underTheFirst.isExact)
        // A candidate that overtakes only the second, which outranked no start, changes nothing.
        var beside = lineSkippedEverywhere(at: [2, 20])
        beside.append(candidate(40..<50, margin: 100, transform: 10))
        XCTAssertTrue(beside.isExact)
        // A candidate of the skipped reading itself inside its skipped stretch is not exact.
        var inside = lineSkippedEverywhere(at: [2, 20])
        inside.append(candidate(40..<50, margin: 5, transform: 9))
        XCTAssertFalse(inside.isExact)
    }

    func testOnlyAScalarUnderACandidateHasOne() {
        var found = LineCandidates(line: 100..<160)
        XCTAssertFalse(found.hasCandidate(over: 3), "nothing found yet")
        found.append(candidate(110..<120, margin: 30, transform: 0))
        XCTAssertEqual((8...21).filter { found.hasCandidate(over: $0) }, Array(10...19))
    }
}
