import XCTest

@testable import CJKClean

final class ByteScanTests: XCTestCase {
    /// Inputs of every length up to a few words, with the interesting bytes at every offset
    /// (word boundaries included), from a fixed pseudo-random sequence.
    private func samples() -> [[UInt8]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = [0x00, 0x0D, 0x0A, 0x41, 0x7F, 0x80, 0xBD, 0xBF, 0xC0, 0xE4, 0xEF, 0xFF]
        var result: [[UInt8]] = []
        for length in 0..<40 {
            for _ in 0..<30 {
                result.append((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            }
        }
        result.append(Array("空\u{FFFD}字符\u{FFFD}也是".utf8))
        return result
    }

    func testEightByteASCIICheckMatchesAByteLoop() {
        let avoided: [UInt8] = [0x0A, 0x3F, 0x28, 0x26]
        for bytes in samples() + [Array("plain words".utf8), Array("a (gloss)?".utf8), Array("x&#20013;".utf8)]
        where bytes.count >= 8 {
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.prefix(8).allSatisfy { $0 < 0x80 && !avoided.contains($0) }
            XCTAssertEqual(ByteScan.isASCII(word, avoiding: 0x0A, 0x3F, 0x28, 0x26), expected, "\(bytes.prefix(8))")
        }
    }

    func testCountsAndSearchesMatchAByteLoop() {
        for bytes in samples() {
            bytes.withUnsafeBytes { raw in
                for byte: UInt8 in [0x00, 0x0D, 0xEF] {
                    XCTAssertEqual(ByteScan.count(of: byte, in: raw), bytes.count { $0 == byte }, "\(bytes)")
                    XCTAssertEqual(ByteScan.contains(byte, in: raw), bytes.contains(byte), "\(bytes)")
                }
                let replacements = bytes.indices.count { index in
                    index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD
                }
                let counts = ByteScan.nonASCIIAndReplacementCounts(inUTF8: raw)
                XCTAssertEqual(counts.nonASCII, bytes.count { $0 >= 0xC0 }, "\(bytes)")
                XCTAssertEqual(counts.replacements, replacements, "\(bytes)")
            }
        }
    }

    func testReplacementCharactersInText() {
        Array("空\u{FFFD}字符\u{FFFD}也是".utf8).withUnsafeBytes { raw in
            XCTAssertEqual(ByteScan.nonASCIIAndReplacementCounts(inUTF8: raw).replacements, 2)
            XCTAssertEqual(ByteScan.nonASCIIAndReplacementCounts(inUTF8: raw).nonASCII, 7)
        }
    }
}
