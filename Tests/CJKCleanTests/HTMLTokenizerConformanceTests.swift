import CJKClean
import Foundation
import XCTest

/// Runs every case of the html5lib tokenizer suite (`<repo>/../shared/html5lib-tests/tokenizer/*.test`).
final class HTMLTokenizerConformanceTests: XCTestCase {
    /// Cases allowed to fail, keyed by "file: description", with the reason the difference is acceptable.
    ///
    /// `xmlViolation.test` (listed under `xmlViolationTests`) describes what a tokenizer that coerces
    /// its output into an XML infoset emits; the HTML standard, which this tokenizer follows, keeps
    /// these characters as they are.
    static let acceptedFailures: [String: String] = [
        "xmlViolation.test: Non-XML character":
            "XML coercion (U+FFFF → U+FFFD) is not part of HTML tokenization; U+FFFF is kept",
        "xmlViolation.test: Non-XML space":
            "XML coercion (form feed → space) is not part of HTML tokenization; U+000C is kept",
        "xmlViolation.test: Double hyphen in comment":
            "XML coercion (`--` → `- -` in comments) is not part of HTML tokenization; the comment is kept verbatim",
    ]

    static let suiteDirectory = SharedMaterial.url("html5lib-tests/tokenizer")

    func testHTML5LibTokenizerSuite() throws {
        let directory = Self.suiteDirectory
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw XCTSkip(
                "html5lib tokenizer suite not found at \(directory.path); clone it beside the repository as shared/html5lib-tests"
            )
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".test") }
            .sorted()
        XCTAssertFalse(files.isEmpty, "no .test files in \(directory.path)")

        var total = 0
        var passed = 0
        var skipped: [String] = []
        var failures: [String] = []
        var unexpectedFailures: [String] = []
        var errorCountsMatched = 0
        var errorCountsCompared = 0

        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], file)
            let cases = (root["tests"] as? [[String: Any]]) ?? (root["xmlViolationTests"] as? [[String: Any]]) ?? []
            for testCase in cases {
                let description = testCase["description"] as? String ?? "?"
                let key = "\(file): \(description)"
                let doubleEscaped = testCase["doubleEscaped"] as? Bool ?? false
                let states = testCase["initialStates"] as? [String] ?? ["Data state"]
                guard let rawInput = testCase["input"] as? String,
                    let input = doubleEscaped ? Self.unescape(rawInput) : rawInput,
                    let expectedOutput = Self.expectedTokens(testCase["output"], doubleEscaped: doubleEscaped)
                else {
                    total += states.count
                    skipped.append(
                        "\(key) — input or output holds a lone surrogate, which a Swift String cannot represent")
                    continue
                }
                for stateName in states {
                    total += 1
                    guard let initialState = Self.contentState(named: stateName) else {
                        failures.append("\(key) [\(stateName)] — unknown initial state")
                        unexpectedFailures.append(key)
                        continue
                    }
                    let lastStartTag = testCase["lastStartTag"] as? String
                    var tokenizer = HTMLTokenizer(
                        input, options: .conformance(initialState: initialState, lastStartTag: lastStartTag))
                    var actual: [HTMLToken] = []
                    while let token = tokenizer.next() { actual.append(token) }
                    let normalized = Self.coalesced(actual.map(Self.sortingAttributes))
                    if let errors = testCase["errors"] as? [Any] {
                        errorCountsCompared += 1
                        if errors.count == tokenizer.parseErrorCount { errorCountsMatched += 1 }
                    }
                    if normalized == expectedOutput {
                        passed += 1
                    } else {
                        let reason = Self.acceptedFailures[key] ?? "unexpected"
                        failures.append(
                            "\(key) [\(stateName)] — \(reason)\n    expected \(expectedOutput)\n    actual   \(normalized)"
                        )
                        if Self.acceptedFailures[key] == nil { unexpectedFailures.append(key) }
                    }
                }
            }
        }

        print("html5lib tokenizer: passed \(passed) of \(total) (\(skipped.count) skipped)")
        // Parse errors are compared leniently: only reported, never a failure.
        print("html5lib tokenizer: parse error counts equal in \(errorCountsMatched) of \(errorCountsCompared) runs")
        for line in skipped { print("  skipped: \(line)") }
        for line in failures { print("  failed: \(line)") }
        let rate = Double(passed) / Double(max(total, 1))
        XCTAssertGreaterThanOrEqual(rate, 0.99, "pass rate \(passed)/\(total) fell below 99%")
        XCTAssertEqual(unexpectedFailures, [], "failures without an accepted reason")
    }

    // MARK: - Suite format

    static func contentState(named name: String) -> HTMLTokenizer.ContentState? {
        switch name {
        case "Data state": return .data
        case "PLAINTEXT state": return .plaintext
        case "RCDATA state": return .rcdata
        case "RAWTEXT state": return .rawtext
        case "Script data state": return .scriptData
        case "CDATA section state": return .cdataSection
        default: return nil
        }
    }

    /// Replaces `\uXXXX` escapes (a second level of escaping); `nil` when one is a lone surrogate.
    static func unescape(_ text: String) -> String? {
        var units: [UInt16] = []
        let source = Array(text.utf16)
        var index = 0
        while index < source.count {
            if source[index] == 0x5C, index + 5 < source.count + 0, source[index + 1] == 0x75,
                let value = UInt16(String(decoding: source[(index + 2)..<(index + 6)], as: UTF16.self), radix: 16)
            {
                units.append(value)
                index += 6
            } else {
                units.append(source[index])
                index += 1
            }
        }
        var result = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
            case .emptyInput: return result
            case .error: return nil
            }
        }
    }

    static func expectedTokens(_ output: Any?, doubleEscaped: Bool) -> [HTMLToken]? {
        guard let entries = output as? [[Any]] else { return nil }
        func string(_ value: Any?) -> String?? {
            guard let text = value as? String else { return .some(nil) }
            guard doubleEscaped else { return .some(text) }
            guard let unescaped = unescape(text) else { return nil }
            return .some(unescaped)
        }
        var tokens: [HTMLToken] = []
        for entry in entries {
            guard let kind = entry.first as? String else { return nil }
            switch kind {
            case "DOCTYPE":
                guard let name = string(entry[1]), let publicId = string(entry[2]), let systemId = string(entry[3])
                else { return nil }
                let correct = entry[4] as? Bool ?? true
                tokens.append(
                    .doctype(name: name, publicIdentifier: publicId, systemIdentifier: systemId, forceQuirks: !correct))
            case "StartTag":
                guard case .some(.some(let name)) = string(entry[1]) else { return nil }
                var attributes: [HTMLAttribute] = []
                for (key, value) in entry[2] as? [String: String] ?? [:] {
                    guard case .some(.some(let attributeName)) = string(key),
                        case .some(.some(let attributeValue)) = string(value)
                    else { return nil }
                    attributes.append(HTMLAttribute(name: attributeName, value: attributeValue))
                }
                let selfClosing = entry.count > 3 ? (entry[3] as? Bool ?? false) : false
                tokens.append(
                    sortingAttributes(.startTag(name: name, attributes: attributes, selfClosing: selfClosing)))
            case "EndTag":
                guard case .some(.some(let name)) = string(entry[1]) else { return nil }
                tokens.append(.endTag(name: name))
            case "Comment":
                guard case .some(.some(let data)) = string(entry[1]) else { return nil }
                tokens.append(.comment(data))
            case "Character":
                guard case .some(.some(let data)) = string(entry[1]) else { return nil }
                tokens.append(.text(data))
            default:
                return nil
            }
        }
        return coalesced(tokens)
    }

    static func sortingAttributes(_ token: HTMLToken) -> HTMLToken {
        guard case .startTag(let name, let attributes, let selfClosing) = token else { return token }
        return .startTag(name: name, attributes: attributes.sorted { $0.name < $1.name }, selfClosing: selfClosing)
    }

    static func coalesced(_ tokens: [HTMLToken]) -> [HTMLToken] {
        var result: [HTMLToken] = []
        for token in tokens {
            if case .text(let more) = token, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + more)
            } else {
                result.append(token)
            }
        }
        return result
    }
}
