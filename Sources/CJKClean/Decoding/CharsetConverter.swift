/// Decodes bytes in a WHATWG encoding through the ICU converter that implements it, counting errors.
enum CharsetConverter {
    /// The outcome of decoding with one charset.
    struct Result {
        /// The decoded text.
        var decoded: DecodedText
        /// How many U+FFFD the decoding introduced.
        var errorCount: Int
        /// Errors per non-ASCII character (errors included).
        var errorRate: Double

        /// A decoding with errors, out of `nonASCIICount` non-ASCII characters.
        init(text: String, errorCount: Int, nonASCIICount: Int) {
            decoded = .string(text)
            self.errorCount = errorCount
            errorRate = nonASCIICount == 0 ? 0 : Double(errorCount) / Double(nonASCIICount)
        }

        /// A decoding without errors (which needs no count of its characters).
        init(errorFree text: String) {
            self.init(text: text, errorCount: 0, nonASCIICount: 0)
        }

        /// Bytes that were already well-formed UTF-8.
        init(validUTF8 bytes: [UInt8]) {
            decoded = .validUTF8(bytes)
            errorCount = 0
            errorRate = 0
        }

        /// The decoded text as a string.
        var text: String { decoded.string }
    }

    /// The ICU converter for a WHATWG encoding name, following the decoders the Encoding Standard specifies.
    /// - Parameter name: A WHATWG encoding name.
    /// - Returns: The ICU converter name, or `nil` for encodings decoded without ICU (or unknown to ICU).
    static func icuName(for name: String) -> String? {
        let candidates: [String]
        switch name {
        case "gbk", "gb18030": candidates = ["GB18030"]
        case "big5": candidates = ["Big5-HKSCS", "Big5"]
        case "shift_jis": candidates = ["windows-31j", "ibm-943_P15A-2003", "Shift_JIS"]
        case "euc-kr": candidates = ["windows-949", "ibm-1363_P11B-1998", "EUC-KR"]
        case "euc-jp": candidates = ["EUC-JP"]
        case "iso-2022-jp": candidates = ["ISO-2022-JP"]
        case "utf-8": candidates = ["UTF-8"]
        case "iso-8859-8-i": candidates = ["ISO-8859-8"]
        case "macintosh": candidates = ["macos-0_2-10.2", "macintosh"]
        case "x-mac-cyrillic": candidates = ["macos-7_3-10.2", "x-mac-cyrillic"]
        case "replacement", "x-user-defined", "utf-16le", "utf-16be", "iso-8859-16": return nil
        default: candidates = [name]
        }
        return candidates.first { knownConverters.contains($0) || ICUCharset.isKnown($0) }
    }

    /// Converter names checked once at start-up, so that the common ones need no lookup per page.
    private static let knownConverters: Set<String> = Set(
        ["GB18030", "Big5-HKSCS", "windows-31j", "windows-949", "UTF-8", "windows-1252"].filter(ICUCharset.isKnown))

    /// Decodes bytes (lossily) in a WHATWG encoding.
    /// - Parameters:
    ///   - bytes: The bytes, without a byte order mark.
    ///   - name: A WHATWG encoding name.
    /// - Returns: The text and its error count, or `nil` when no decoder is available.
    static func decode(_ bytes: [UInt8], as name: String) -> Result? {
        if name == "replacement" {
            // The standard's replacement decoder: one U+FFFD for any non-empty input.
            return bytes.isEmpty
                ? Result(text: "", errorCount: 0, nonASCIICount: 0)
                : Result(text: "\u{FFFD}", errorCount: 1, nonASCIICount: 1)
        }
        if name == "x-user-defined" {
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(Unicode.Scalar(byte < 0x80 ? UInt32(byte) : 0xF780 + UInt32(byte) - 0x80) ?? "\u{FFFD}")
            }
            return Result(errorFree: String(scalars))
        }
        if name == "utf-8" {
            return decodeUTF8(bytes)
        }
        if name == "iso-8859-16" {
            return Result(errorFree: ISO885916Decoder.decode(bytes))
        }
        if name == "utf-16le" || name == "utf-16be" {
            return decodeUTF16(bytes, bigEndian: name == "utf-16be")
        }
        guard let icuName = icuName(for: name), var text = try? ICUCharset.decode(bytes, charset: icuName) else {
            return nil
        }
        if icuName == "GB18030" { text = ideographicSpaceForA3A0(text) }
        return measure(text, preexistingReplacements: 0)
    }

    /// The WHATWG gb18030 index decodes 0xA3 0xA0, which pages use as an indentation space, to
    /// U+3000; ICU before version 74 gives the private-use U+E5E5, which no font shows. No other
    /// byte sequence decodes to U+E5E5, so the replacement is exact.
    private static func ideographicSpaceForA3A0(_ text: String) -> String {
        // U+E5E5 is EE 97 A5 in UTF-8; most pages have no 0xEE byte (U+E000–U+EFFF) at all.
        var text = text
        let hasPrivateUseSpace = text.withUTF8 { bytes in
            guard ByteScan.contains(0xEE, in: UnsafeRawBufferPointer(bytes)) else { return false }
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEE && bytes[index + 1] == 0x97 && bytes[index + 2] == 0xA5 { return true }
                index += 1
            }
            return false
        }
        guard hasPrivateUseSpace else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\u{E5E5}" ? "\u{3000}" : scalar) }
        return String(scalars)
    }

    /// Decodes UTF-16 in Swift (the lossy ICU converter cannot be opened for UTF-16).
    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        if index < bytes.count { units.append(0xFFFD) }  // A trailing odd byte.
        let preexisting = units.count { $0 == 0xFFFD }
        return measure(
            String(decoding: units, as: UTF16.self),
            preexistingReplacements: preexisting - (index < bytes.count ? 1 : 0))
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Result {
        if UTF8Validation.isValid(bytes) {
            return Result(validUTF8: bytes)
        }
        let preexisting = bytes.withUnsafeBytes { ByteScan.nonASCIIAndReplacementCounts(inUTF8: $0).replacements }
        return measure(String(decoding: bytes, as: UTF8.self), preexistingReplacements: preexisting)
    }

    /// Counts U+FFFD and non-ASCII characters; `preexistingReplacements` were in the source and are not errors.
    private static func measure(_ text: String, preexistingReplacements: Int) -> Result {
        var text = text
        let (nonASCII, replacements) = text.withUTF8 {
            ByteScan.nonASCIIAndReplacementCounts(inUTF8: UnsafeRawBufferPointer($0))
        }
        return Result(text: text, errorCount: max(0, replacements - preexistingReplacements), nonASCIICount: nonASCII)
    }
}
