import CJKClean
import Foundation
import XCTest

/// The hand-checked sentence table in ScriptConversionCases/sentences.tsv, compared exactly.
final class ScriptConverterSentenceTests: XCTestCase {
    struct Row {
        let line: Int
        let configuration: String
        let input: String
        let expected: String
    }

    static let directions: [String: ScriptConverter.Direction] = [
        "s2t": .simplifiedToTraditional, "t2s": .traditionalToSimplified,
        "s2tw": .toTaiwan(vocabulary: false), "tw2s": .fromTaiwan(vocabulary: false),
        "s2twp": .toTaiwan(vocabulary: true), "tw2sp": .fromTaiwan(vocabulary: true),
        "s2hk": .toHongKong, "hk2s": .fromHongKong,
    ]

    static func loadRows(_ file: String = "sentences.tsv") throws -> [Row] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("ScriptConversionCases/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 3, "\(file) line \(index + 1) is not configuration<TAB>input<TAB>expected")
            guard fields.count == 3 else { continue }
            rows.append(Row(line: index + 1, configuration: fields[0], input: fields[1], expected: fields[2]))
        }
        return rows
    }

    func testSentenceTable() throws {
        let rows = try Self.loadRows()
        XCTAssertGreaterThanOrEqual(Set(rows.map(\.input)).count, 300)
        var passed: [String: Int] = [:]
        var total: [String: Int] = [:]
        for row in rows {
            guard let direction = Self.directions[row.configuration] else {
                XCTFail("sentences.tsv line \(row.line): unknown configuration \(row.configuration)")
                continue
            }
            let actual = ScriptConverter(direction).convert(row.input)
            total[row.configuration, default: 0] += 1
            if actual == row.expected {
                passed[row.configuration, default: 0] += 1
            } else {
                XCTFail(
                    "sentences.tsv line \(row.line) [\(row.configuration)] \(row.input)\n  got:      \(actual)\n  expected: \(row.expected)"
                )
            }
        }
        for configuration in total.keys.sorted() {
            print(
                "Sentence table \(configuration): \(passed[configuration, default: 0])/\(total[configuration, default: 0]) exact"
            )
        }
    }

    /// Sentences kept out of tuning: accuracy must reach 97% exact from simplified and 99.5%
    /// exact to simplified; each miss is printed.
    func testHeldOutSentences() throws {
        let rows = try Self.loadRows("held-out.tsv")
        var toTraditional = (passed: 0, total: 0)
        var toSimplified = (passed: 0, total: 0)
        for row in rows {
            guard let direction = Self.directions[row.configuration] else {
                XCTFail("held-out.tsv line \(row.line): unknown configuration \(row.configuration)")
                continue
            }
            let actual = ScriptConverter(direction).convert(row.input)
            let isExact = actual == row.expected
            if row.configuration.hasPrefix("s2") {
                toTraditional = (toTraditional.passed + (isExact ? 1 : 0), toTraditional.total + 1)
            } else {
                toSimplified = (toSimplified.passed + (isExact ? 1 : 0), toSimplified.total + 1)
            }
            if !isExact {
                print(
                    "held-out miss, line \(row.line) [\(row.configuration)] \(row.input) → \(actual), expected \(row.expected)"
                )
            }
        }
        print("Held-out to traditional: \(toTraditional.passed)/\(toTraditional.total) exact")
        print("Held-out to simplified: \(toSimplified.passed)/\(toSimplified.total) exact")
        XCTAssertGreaterThanOrEqual(Double(toTraditional.passed), 0.97 * Double(toTraditional.total))
        XCTAssertGreaterThanOrEqual(Double(toSimplified.passed), 0.995 * Double(toSimplified.total))
    }

    /// For comparison only: ICU's transliterators on the same rows (Simplified-Traditional gives
    /// Taiwan-style forms, so it is scored on the s2tw rows; Traditional-Simplified on t2s and tw2s).
    func testReportICUOnSentenceTable() throws {
        let rows = try Self.loadRows() + Self.loadRows("held-out.tsv")
        let toTraditional = try ICUTransliterator.shared("Simplified-Traditional")
        let toSimplified = try ICUTransliterator.shared("Traditional-Simplified")
        var scores: [String: (passed: Int, total: Int)] = [:]
        for row in rows {
            let transliterator: ICUTransliterator
            switch row.configuration {
            case "s2tw": transliterator = toTraditional
            case "t2s", "tw2s": transliterator = toSimplified
            default: continue
            }
            let score = scores[row.configuration, default: (0, 0)]
            let isExact = transliterator.transliterate(row.input) == row.expected
            scores[row.configuration] = (score.passed + (isExact ? 1 : 0), score.total + 1)
        }
        for (configuration, score) in scores.sorted(by: { $0.key < $1.key }) {
            print("Sentence table, ICU alone, \(configuration): \(score.passed)/\(score.total) exact")
        }
        XCTAssertEqual(scores.count, 3)
    }
}
