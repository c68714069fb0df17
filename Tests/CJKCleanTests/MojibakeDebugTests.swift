import XCTest

@testable import CJKClean

final class MojibakeDebugTests: XCTestCase {
    func testDebug() throws {
        let once = try ICUCharset.decode(Array("明日は雨".utf8), charset: "windows-1252")
        let twice = try ICUCharset.decode(Array(once.utf8), charset: "windows-1252")
        let scalars = Array(twice.unicodeScalars)
        let transform = RecodeTransform.all[0]
        let line = RecodedLine(scalars[...], transform: transform)
        let decoding = line.decode(from: 0, transform: transform, maximumScalars: 100)
        report("\(twice) \(line.items.count) \(decoding.units.map { $0.string }) \(decoding.ends)")
        let edits = RecodeRepair(model: PlausibilityModel(), transforms: [transform]).edits(for: scalars, lines: [0..<scalars.count])
        report("\(edits.map { ($0.range, $0.replacement.string) })")
        report(MojibakeRepair().repair(twice).explanation)
    }
}
