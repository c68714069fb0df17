import Foundation
import XCTest

import CJKClean

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

    static func loadRows() throws -> [Row] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("ScriptConversionCases/sentences.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 3, "sentences.tsv line \(index + 1) is not configuration<TAB>input<TAB>expected")
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
                XCTFail("sentences.tsv line \(row.line) [\(row.configuration)] \(row.input)\n  got:      \(actual)\n  expected: \(row.expected)")
            }
        }
        for configuration in total.keys.sorted() {
            print("Sentence table \(configuration): \(passed[configuration, default: 0])/\(total[configuration, default: 0]) exact")
        }
    }

    /// For comparison only: ICU's transliterators on the same rows (Simplified-Traditional gives
    /// Taiwan-style forms, so it is scored on the s2tw rows; Traditional-Simplified on t2s and tw2s).
    func testReportICUOnSentenceTable() throws {
        let rows = try Self.loadRows()
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
