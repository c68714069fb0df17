import XCTest

@testable import CJKClean

final class MojibakeDebugTests: XCTestCase {
    func testDebug() throws {
        for (text, index) in [("中文测试。你好", 4), ("中文测试。你好", 2), ("今天天气很好", 2)] {
            let transform = RecodeTransform.all[index]
            let garbled = try ICUCharset.decode(Array(text.utf8), charset: transform.misread.icuName)
            let scalars = Array(garbled.unicodeScalars)
            let line = RecodedLine(scalars[...], transform: transform)
            for start in 0..<min(4, scalars.count) {
                let decoding = line.decode(from: start, transform: transform, maximumScalars: 100)
                report("\(garbled) @\(start) \(decoding.units.map { $0.count > 3 ? "<\($0.count)>" : $0.string }) \(decoding.ends.map(\.scalar))")
            }
            let edits = RecodeRepair(model: PlausibilityModel(), transforms: [transform]).edits(for: scalars, lines: [0..<scalars.count])
            report("\(edits.map { ($0.range, $0.replacement.string) })")
        }
    }
}
