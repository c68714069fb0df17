import XCTest

@testable import CJKClean

/// Garbles sentences in zh-Hans, zh-Hant, ja and ko through real codecs and checks that each
/// lossless category is repaired exactly (at least 99 % of its cases); the benchmark reports
/// the rate of every category, the lossy ones included.
final class MojibakeCategoryTests: XCTestCase {
    func testEveryLosslessCategoryIsRepaired() {
        let repair = MojibakeRepair()
        let lossless = Dictionary(grouping: Garbler.allCases.filter(\.isLossless), by: \.category)
        XCTAssertGreaterThanOrEqual(lossless.count, 10, "categories with a strict inverse")
        for (category, cases) in lossless.sorted(by: { $0.key < $1.key }) {
            let failures = cases.filter { repair.repair($0.garbled).text != $0.expected }
            XCTAssertGreaterThanOrEqual(
                Double(cases.count - failures.count) / Double(cases.count), 0.99,
                "\(category): \(cases.count - failures.count)/\(cases.count) exact; first failures: "
                    + failures.prefix(3).map { "[\($0.language)] \($0.garbled) → \(repair.repair($0.garbled).text)" }
                    .joined(separator: "; "))
        }
    }
}
