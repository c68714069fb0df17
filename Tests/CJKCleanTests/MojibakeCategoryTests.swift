import Foundation
import XCTest

@testable import CJKClean

/// Garbles sentences in zh-Hans, zh-Hant, ja and ko through real codecs and checks that each
/// category is repaired exactly; reports the rate per category.
final class MojibakeCategoryTests: XCTestCase {
    private static let allCases: [MojibakeCase] =
        Garbler.cases(for: MojibakeSentences.simplifiedChinese, language: "zh-Hans")
        + Garbler.cases(for: MojibakeSentences.traditionalChinese, language: "zh-Hant")
        + Garbler.cases(for: MojibakeSentences.japanese, language: "ja")
        + Garbler.cases(for: MojibakeSentences.korean, language: "ko")

    func testEveryCategoryIsRepaired() {
        let repair = MojibakeRepair()
        var totals: [String: (exact: Int, count: Int, lossless: Bool)] = [:]
        var failures: [String] = []
        for item in Self.allCases {
            let result = repair.repair(item.garbled)
            let exact = result.text == item.expected
            var total = totals[item.category] ?? (0, 0, item.isLossless)
            total.count += 1
            if exact { total.exact += 1 } else if failures.filter({ $0.hasPrefix(item.category + " ") }).count < (item.category == "utf8AsGBKLossy" ? 25 : 3) {
                failures.append("\(item.category) [\(item.language)] \(item.garbled) → \(result.text)")
            }
            totals[item.category] = total
        }
        report("Mojibake repair, exact rate per category:")
        for (category, total) in totals.sorted(by: { $0.key < $1.key }) {
            let rate = Double(total.exact) / Double(total.count) * 100
            report("  \(category.padding(toLength: 34, withPad: " ", startingAt: 0)) \(total.exact)/\(total.count)  \(String(format: "%.1f", rate))%\(total.lossless ? "" : "  (lossy)")")
        }
        for failure in failures { report("  FAIL " + failure) }
        for (category, total) in totals where total.lossless {
            XCTAssertGreaterThanOrEqual(
                Double(total.exact) / Double(total.count), 0.99, "\(category): \(total.exact)/\(total.count)")
        }
    }
}
