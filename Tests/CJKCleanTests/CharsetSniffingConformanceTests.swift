import CJKClean
import Foundation
import XCTest

/// Runs the html5lib encoding suite (`<repo>/../shared/html5lib-tests/encoding/*.dat`) against BOM sniffing and the `<meta>` prescan.
final class CharsetSniffingConformanceTests: XCTestCase {
    static let suiteDirectory = SharedMaterial.url("html5lib-tests/encoding")

    /// One `#data` / `#encoding` case.
    struct Case {
        var file: String
        var index: Int
        var data: [UInt8]
        var encoding: String
    }

    /// Cases allowed to fail, keyed by "file #index", with the reason the difference is acceptable.
    static let acceptedFailures: [String: String] = [:]

    func testHTML5LibEncodingSuite() throws {
        let directory = Self.suiteDirectory
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw XCTSkip(
                "html5lib encoding suite not found at \(directory.path); clone it beside the repository as shared/html5lib-tests"
            )
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".dat") }
            .sorted()
        XCTAssertFalse(files.isEmpty)
        let cases = try files.flatMap { try Self.cases(in: directory.appendingPathComponent($0), named: $0) }

        var passed = 0
        var failures: [String] = []
        var unexpected: [String] = []
        for testCase in cases {
            let sniffed =
                ByteOrderMark.detect(testCase.data)?.charset ?? MetaCharsetPrescan.charset(in: testCase.data)
                ?? "windows-1252"
            if sniffed.lowercased() == testCase.encoding.lowercased() {
                passed += 1
            } else {
                let key = "\(testCase.file) #\(testCase.index)"
                failures.append(
                    "\(key): expected \(testCase.encoding), got \(sniffed) — \(Self.acceptedFailures[key] ?? "unexpected")"
                )
                if Self.acceptedFailures[key] == nil { unexpected.append(key) }
            }
        }
        let scripted =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("scripted").path))
            ?? []
        let scriptedCases = try scripted.filter { $0.hasSuffix(".dat") }.flatMap {
            try Self.cases(
                in: directory.appendingPathComponent("scripted").appendingPathComponent($0), named: "scripted/" + $0)
        }
        print("html5lib encoding: passed \(passed) of \(cases.count)")
        for testCase in scriptedCases {
            print(
                "  skipped: \(testCase.file) #\(testCase.index) — needs a script to run (document.write), which a prescan cannot do"
            )
        }
        for failure in failures { print("  failed: \(failure)") }
        XCTAssertGreaterThanOrEqual(
            Double(passed) / Double(max(cases.count, 1)), 0.99, "pass rate \(passed)/\(cases.count) below 99%")
        XCTAssertEqual(unexpected, [])
    }

    func testChardetBig5SampleIsDetectedAsBig5() throws {
        let file = Self.suiteDirectory.appendingPathComponent("chardet/test_big5.txt")
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw XCTSkip("html5lib encoding suite not found at \(file.path)")
        }
        let document = try HTMLDecoder.decode(try Data(contentsOf: file))
        XCTAssertEqual(document.charset, "big5")
        XCTAssertEqual(document.source, .detected)
        XCTAssertFalse(document.hadErrors)
    }

    /// Splits a `.dat` file into cases; the data is the raw bytes between `#data` and `#encoding` without the final newline.
    static func cases(in url: URL, named name: String) throws -> [Case] {
        let bytes = [UInt8](try Data(contentsOf: url))
        let dataMarker = Array("#data\n".utf8)
        let encodingMarker = Array("\n#encoding\n".utf8)
        var cases: [Case] = []
        var index = 0
        while let dataStart = find(dataMarker, in: bytes, from: index) {
            let start = dataStart + dataMarker.count
            guard let encodingStart = find(encodingMarker, in: bytes, from: start) else { break }
            let valueStart = encodingStart + encodingMarker.count
            let valueEnd = bytes[valueStart...].firstIndex(of: 0x0A) ?? bytes.count
            let encoding = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self).trimmingCharacters(
                in: .whitespaces)
            cases.append(
                Case(file: name, index: cases.count, data: Array(bytes[start..<encodingStart]), encoding: encoding))
            index = valueEnd
        }
        return cases
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
