import CJKClean
import Foundation
import XCTest

/// Runs OpenCC's own conversion cases (shared/opencc-tests/testcases.json) for every OpenCC
/// configuration that a ``ScriptConverter/Direction`` implements.
final class ScriptConverterOpenCCTests: XCTestCase {
    /// OpenCC configuration name → the direction that implements it.
    static let configurations: [(name: String, direction: ScriptConverter.Direction)] = [
        ("s2t", .simplifiedToTraditional),
        ("t2s", .traditionalToSimplified),
        ("s2tw", .toTaiwan(vocabulary: false)),
        ("tw2s", .fromTaiwan(vocabulary: false)),
        ("s2twp", .toTaiwan(vocabulary: true)),
        ("tw2sp", .fromTaiwan(vocabulary: true)),
        ("s2hk", .toHongKong),
        ("hk2s", .fromHongKong),
    ]

    struct Case {
        let id: String
        let input: String
        let expected: [String: String]
    }

    static func loadCases() throws -> [Case] {
        let url = SharedMaterial.url("opencc-tests/testcases.json")
        guard let data = try? Data(contentsOf: url) else {
            throw XCTSkip("OpenCC test cases not found at \(url.path); they live in shared/ beside the repository")
        }
        // The file has trailing commas, which JSONSerialization rejects: drop them outside strings.
        let cleaned = removingTrailingCommas(String(decoding: data, as: UTF8.self))
        let object = try JSONSerialization.jsonObject(with: Data(cleaned.utf8))
        guard let root = object as? [String: Any], let cases = root["cases"] as? [[String: Any]] else {
            XCTFail("testcases.json has no \"cases\" array")
            return []
        }
        return cases.compactMap { entry in
            guard let id = entry["id"] as? String, let input = entry["input"] as? String,
                let expected = entry["expected"] as? [String: String]
            else { return nil }
            return Case(id: id, input: input, expected: expected)
        }
    }

    static func removingTrailingCommas(_ json: String) -> String {
        var output: [Character] = []
        var inString = false
        var escaped = false
        for character in json {
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                output.append(character)
                continue
            }
            if character == "\"" { inString = true }
            if character == "]" || character == "}" {
                while let last = output.last, last.isWhitespace { output.removeLast() }
                if output.last == "," { output.removeLast() }
            }
            output.append(character)
        }
        return String(output)
    }

    func testOpenCCCasesPerConfiguration() throws {
        let cases = try Self.loadCases()
        XCTAssertGreaterThan(cases.count, 100)
        var failures: [String] = []
        for (name, direction) in Self.configurations {
            let converter = ScriptConverter(direction, options: .init(foreignParagraphs: .convert))
            var passed = 0
            var total = 0
            var excluded = 0
            for testCase in cases {
                guard let expected = testCase.expected[name] else { continue }
                // "[sic]" marks an expectation that OpenCC's own suite records as a known wrong result.
                if expected.contains("[sic]") {
                    excluded += 1
                    continue
                }
                total += 1
                let actual = converter.convert(testCase.input)
                if actual == expected {
                    passed += 1
                } else {
                    failures.append("\(name) \(testCase.id): \(testCase.input) → \(actual), expected \(expected)")
                }
            }
            let rate = total == 0 ? 1 : Double(passed) / Double(total)
            print(
                "OpenCC \(name): \(passed)/\(total) passed (\(String(format: "%.1f", rate * 100))%), \(excluded) marked [sic] not counted"
            )
            XCTAssertGreaterThanOrEqual(rate, 0.99, "\(name): \(passed)/\(total)")
        }
        for failure in failures { print("  mismatch: \(failure)") }
    }
}
