/// Turns the raw bytes of a web page into text, choosing the charset the way a browser does and
/// recovering from wrong declarations.
///
/// The order is: byte order mark → the caller's declared charset (e.g. from HTTP) → `<meta>` prescan →
/// statistical detection (only when nothing is declared) → windows-1252. A declaration that leaves more
/// than ``wrongDeclarationThreshold`` of the non-ASCII characters undecodable is checked against UTF-8
/// and the detector's guess, and the charset with the fewest errors wins (the declaration on ties).
///
/// ```swift
/// let document = try HTMLDecoder.decode(bytes, declaredCharset: "gb2312")
/// document.charset   // "gbk", or "utf-8" if the page was UTF-8 after all
/// ```
public enum HTMLDecoder {
    /// The fraction of non-ASCII characters that may fail to decode before a declaration is doubted.
    public static let wrongDeclarationThreshold = 0.005

    /// How many leading bytes the binary check examines.
    static let sampleSize = 65_536

    /// How many bytes the statistical detector examines, starting a little before the first non-ASCII byte.
    static let detectionSampleSize = 4_096

    /// The multi-byte charsets tried when the detector's guess leaves errors.
    private static let multiByteCandidates = ["gbk", "big5", "shift_jis", "euc-kr", "euc-jp"]

    /// Decodes a page.
    /// - Parameters:
    ///   - bytes: The page as received.
    ///   - declaredCharset: A charset label from outside the page, e.g. the `charset` parameter of an HTTP `Content-Type` header.
    /// - Returns: The text, the WHATWG name of the charset used and how it was chosen.
    /// - Throws: ``DecodingError/empty`` for no bytes, ``DecodingError/looksBinary(nulCount:sampleSize:)`` for bytes that are not text.
    public static func decode(_ bytes: some Collection<UInt8>, declaredCharset: String? = nil) throws(DecodingError)
        -> DecodedDocument
    {
        let bytes = Array(bytes)
        guard !bytes.isEmpty else { throw .empty }

        if let mark = ByteOrderMark.detect(bytes) {
            let body = Array(bytes[mark.length...])
            if let result = CharsetConverter.decode(body, as: mark.charset) {
                return DecodedDocument(
                    decoded: result.decoded, charset: mark.charset, source: .byteOrderMark, hadErrors: result.errorCount > 0)
            }
        }

        let sampleCount = min(bytes.count, sampleSize)
        let nulCount = bytes.withUnsafeBytes { ByteScan.count(of: 0, in: UnsafeRawBufferPointer(rebasing: $0[..<sampleCount])) }
        if nulCount * 10 > sampleCount {
            return try decodeWideOrReject(bytes, nulCount: nulCount, sampleSize: sampleCount)
        }

        if let label = declaredCharset, var declared = CharsetLabel.normalize(label) {
            if declared == "utf-16le" || declared == "utf-16be", nulCount == 0 {
                declared = "utf-8"  // A UTF-16 page without a single NUL byte is not UTF-16.
            }
            if let document = decodeDeclared(bytes, as: declared, source: .transportLayer) { return document }
        }
        if let declared = MetaCharsetPrescan.charset(in: bytes),
            let document = decodeDeclared(bytes, as: declared, source: .metaTag)
        {
            return document
        }
        return detect(bytes)
    }

    /// Decodes with a declared charset, unless the bytes show the declaration is wrong.
    private static func decodeDeclared(_ bytes: [UInt8], as declared: String, source: CharsetSource) -> DecodedDocument?
    {
        if isSingleByte(declared), bytes.contains(where: { $0 >= 0x80 }), UTF8Validation.isValid(bytes) {
            // Text in a single-byte charset is almost never valid UTF-8 by accident.
            return DecodedDocument(
                decoded: .validUTF8(bytes), charset: "utf-8", source: .correctedDeclaration(declared: declared),
                hadErrors: false)
        }
        guard let primary = CharsetConverter.decode(bytes, as: declared) else { return nil }
        guard primary.errorRate > wrongDeclarationThreshold else {
            return DecodedDocument(
                decoded: primary.decoded, charset: declared, source: source, hadErrors: primary.errorCount > 0)
        }
        var best = fewestErrors(in: bytes, startingWith: (declared, primary), trying: ["utf-8"])
        // The detector runs only when UTF-8 leaves errors too: nothing beats an error-free decoding.
        if best.result.errorCount > 0, let guess = detectedCharset(bytes), !isSingleByte(guess) {
            best = fewestErrors(in: bytes, startingWith: best, trying: [guess])
        }
        if best.result.errorRate > wrongDeclarationThreshold {
            best = fewestErrors(in: bytes, startingWith: best, trying: multiByteCandidates)
        }
        let chosenSource = best.name == declared ? source : .correctedDeclaration(declared: declared)
        return DecodedDocument(
            decoded: best.result.decoded, charset: best.name, source: chosenSource, hadErrors: best.result.errorCount > 0)
    }

    /// Chooses a charset when nothing is declared: UTF-8 if the bytes are valid UTF-8, else the detector's guess.
    private static func detect(_ bytes: [UInt8]) -> DecodedDocument {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            return DecodedDocument(
                decoded: .validUTF8(bytes), charset: "windows-1252", source: .fallback,
                hadErrors: false)
        }
        if UTF8Validation.isValid(bytes) {
            return DecodedDocument(decoded: .validUTF8(bytes), charset: "utf-8", source: .detected, hadErrors: false)
        }
        guard let guess = detectedCharset(bytes),
            var best = CharsetConverter.decode(bytes, as: guess).map({ (name: guess, result: $0) })
        else {
            let text =
                CharsetConverter.decode(bytes, as: "windows-1252")?.text ?? String(decoding: bytes, as: UTF8.self)
            return DecodedDocument(text: text, charset: "windows-1252", source: .fallback, hadErrors: false)
        }
        if !isSingleByte(guess), best.result.errorRate > wrongDeclarationThreshold {
            best = fewestErrors(in: bytes, startingWith: best, trying: multiByteCandidates)
        }
        return DecodedDocument(
            decoded: best.result.decoded, charset: best.name, source: .detected, hadErrors: best.result.errorCount > 0)
    }

    /// Decodes with each candidate and keeps the decoding with the fewest errors; ties keep the earlier one.
    /// - Parameters:
    ///   - bytes: The page.
    ///   - start: The decoding to beat.
    ///   - candidates: WHATWG names to try, in order of preference.
    /// - Returns: The charset and decoding with the fewest errors.
    private static func fewestErrors(
        in bytes: [UInt8], startingWith start: (name: String, result: CharsetConverter.Result),
        trying candidates: [String]
    ) -> (name: String, result: CharsetConverter.Result) {
        var best = start
        for name in candidates where name != start.name {
            guard let result = CharsetConverter.decode(bytes, as: name) else { continue }
            if result.errorCount < best.result.errorCount { best = (name, result) }
        }
        return best
    }

    /// Handles input with many NUL bytes: UTF-16 text without a byte order mark, or binary data.
    ///
    /// UTF-16 markup is mostly ASCII, so its NUL bytes sit almost all at odd offsets (little-endian)
    /// or at even offsets (big-endian); in binary data they fall anywhere.
    private static func decodeWideOrReject(_ bytes: [UInt8], nulCount: Int, sampleSize: Int) throws(DecodingError)
        -> DecodedDocument
    {
        var nulsAtOddOffsets = 0
        for index in stride(from: 1, to: sampleSize, by: 2) where bytes[index] == 0 { nulsAtOddOffsets += 1 }
        let nulsAtEvenOffsets = nulCount - nulsAtOddOffsets
        let halfSample = max(1, sampleSize / 2)
        let charset: String?
        if nulsAtOddOffsets * 10 >= nulCount * 9, nulsAtOddOffsets * 10 >= halfSample * 3 {
            charset = "utf-16le"
        } else if nulsAtEvenOffsets * 10 >= nulCount * 9, nulsAtEvenOffsets * 10 >= halfSample * 3 {
            charset = "utf-16be"
        } else {
            charset = nil
        }
        guard let charset, let result = CharsetConverter.decode(bytes, as: charset),
            result.errorRate <= wrongDeclarationThreshold
        else {
            throw .looksBinary(nulCount: nulCount, sampleSize: sampleSize)
        }
        return DecodedDocument(
            decoded: result.decoded, charset: charset, source: .detected, hadErrors: result.errorCount > 0)
    }

    /// The statistical detector's guess as a WHATWG name (`gb18030` reported as `gbk`, whose decoder is the same).
    private static func detectedCharset(_ bytes: [UInt8]) -> String? {
        // Only non-ASCII bytes tell charsets apart; skip the ASCII head (markup, scripts) of the page.
        let firstNonASCII = bytes.firstIndex { $0 >= 0x80 } ?? 0
        let start = bytes[..<firstNonASCII].lastIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? 0
        let sample = bytes[start..<min(bytes.count, start + detectionSampleSize)]
        guard let guess = ICUCharsetDetector.detect(sample, ignoringMarkup: true),
            let name = CharsetLabel.normalize(guess.charset), name != "replacement"
        else { return nil }
        // A page without a single NUL byte is not UTF-16 (its ASCII markup would have them); on a few
        // bytes the detector may still guess it, and decoding so would turn the markup into Han characters.
        if name == "utf-16le" || name == "utf-16be", !bytes.contains(0) { return nil }
        return name == "gb18030" ? "gbk" : name
    }

    /// Whether every byte sequence decodes in the charset (so its error count says nothing).
    private static func isSingleByte(_ name: String) -> Bool {
        switch name {
        case "utf-8", "utf-16le", "utf-16be", "gbk", "gb18030", "big5", "shift_jis", "euc-kr", "euc-jp", "iso-2022-jp",
            "replacement":
            return false
        default:
            return true
        }
    }
}
