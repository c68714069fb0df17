import CJKClean
import Foundation
import XCTest

/// The golden documents of shared/fixtures: `*.body.txt` converted to simplified Chinese must
/// equal `*.body.hans.txt` byte for byte.
final class ScriptConverterGoldenDocumentTests: XCTestCase {
    func testBodiesConvertToGoldenSimplifiedText() throws {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/fixtures")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw XCTSkip("golden documents not found at \(directory.path); they live in shared/ beside the repository")
        }
        let bodies = names.filter { $0.hasSuffix(".body.txt") }.sorted()
        XCTAssertEqual(bodies.count, 5)
        let converter = ScriptConverter(.traditionalToSimplified)
        for body in bodies {
            let input = try String(contentsOf: directory.appendingPathComponent(body), encoding: .utf8)
            let golden = try String(
                contentsOf: directory.appendingPathComponent(
                    body.replacingOccurrences(of: ".body.txt", with: ".body.hans.txt")),
                encoding: .utf8)
            let output = converter.convert(input)
            if output != golden {
                let pairs = zip(
                    output.split(separator: "\n", omittingEmptySubsequences: false),
                    golden.split(separator: "\n", omittingEmptySubsequences: false))
                let firstDifference = pairs.first { $0.0 != $0.1 }
                XCTFail(
                    "\(body): first differing line\n  got:      \(firstDifference?.0 ?? "")\n  expected: \(firstDifference?.1 ?? "")"
                )
            }
        }
    }
}
