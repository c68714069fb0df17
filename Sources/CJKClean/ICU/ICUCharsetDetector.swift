import CICUShims

/// ICU's statistical charset detector (`ucsdet`).
public enum ICUCharsetDetector {
    /// One detection result.
    public struct Guess: Sendable, Equatable {
        /// ICU's name for the charset, e.g. `"GB18030"`, `"UTF-8"`, `"Big5"`.
        public var charset: String
        /// ICU's confidence, 0–100.
        public var confidence: Int
    }

    /// Guesses the charset of raw bytes.
    /// - Parameters:
    ///   - bytes: The bytes to examine (a few kilobytes are enough).
    ///   - ignoringMarkup: Skip text between `<` and `>`, as for HTML.
    /// - Returns: The best guess, or `nil` when ICU has none.
    public static func detect(_ bytes: some Collection<UInt8>, ignoringMarkup: Bool = true) -> Guess? {
        let buffer = Array(bytes)
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let status = cjk_shim_detect_charset(buffer, Int32(clamping: buffer.count), ignoringMarkup, &name, 64, &confidence)
        guard status == CJK_SHIM_OK else { return nil }
        let charset = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return Guess(charset: charset, confidence: Int(confidence))
    }
}
