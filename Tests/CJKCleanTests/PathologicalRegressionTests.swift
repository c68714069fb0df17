import CJKClean
import XCTest

/// Inputs that once produced wrong or unbounded results, kept so that they stay fixed.
final class PathologicalRegressionTests: XCTestCase {
    /// A short GBK page whose last character is cut: the detector guessed UTF-16BE from a few bytes
    /// and the page's markup was decoded into Han characters.
    func testShortPageWithoutNulBytesIsNeverDecodedAsUTF16() throws {
        let bytes: [UInt8] = Array("<meta charset=gbk><p>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4, 0xD6]
        let decoded = try HTMLDecoder.decode(bytes)
        XCTAssertFalse(decoded.charset.hasPrefix("utf-16"), decoded.charset)
        XCTAssertTrue(decoded.text.hasPrefix("<meta charset=gbk><p>"), decoded.text)
    }

    func testUTF16PageWithoutByteOrderMarkIsStillRecognised() throws {
        let bytes = Array("<html><p>正文内容在这里。</p></html>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try HTMLDecoder.decode(bytes)
        XCTAssertEqual(decoded.charset, "utf-16le")
        XCTAssertEqual(decoded.text, "<html><p>正文内容在这里。</p></html>")
    }
}
