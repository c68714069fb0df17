import CICUShims

/// Byte ↔ text conversion through ICU converters, strict or lossy.
///
/// Lossy decoding replaces every bad sequence with U+FFFD, whatever substitute the converter
/// would use on its own; strict conversion stops at the first bad sequence and throws.
public enum ICUCharset {
    /// Decodes bytes in the named charset.
    /// - Parameters:
    ///   - bytes: The encoded bytes.
    ///   - charset: An ICU converter name or alias, e.g. `"GB18030"`, `"windows-1252"`.
    ///   - strict: When `true`, an illegal or unassigned sequence throws instead of becoming U+FFFD.
    /// - Returns: The decoded text.
    /// - Throws: ``ICUError/unknownCharset(_:)``, or ``ICUError/invalidInput(offset:)`` in strict mode.
    public static func decode(_ bytes: some Collection<UInt8>, charset: String, strict: Bool = false) throws(ICUError) -> String {
        let buffer = Array(bytes)
        if !strict {
            // Lossy decoding goes straight to UTF-8, the String's own encoding.
            return try decodeLossily(buffer, charset: charset) { String(decoding: $0, as: UTF8.self) }
        }
        return try decodeToUTF16(buffer, charset: charset, strict: true) { String(decoding: $0, as: UTF16.self) }
    }

    /// Decodes bytes in the named charset, lossily, straight to scalars: for callers that
    /// compare the result character by character and have no use for a `String`.
    /// - Parameters:
    ///   - bytes: The encoded bytes.
    ///   - charset: An ICU converter name or alias.
    /// - Returns: The decoded scalars, U+FFFD for every bad sequence.
    /// - Throws: ``ICUError/unknownCharset(_:)``, or ``ICUError/failure(_:)`` when ICU fails.
    static func decodeScalars(_ bytes: [UInt8], charset: String) throws(ICUError) -> [Unicode.Scalar] {
        // UTF-16 rather than UTF-8: ICU decodes to UTF-16 first, and the scalars of its
        // UTF-16 are a surrogate pair at most.
        try decodeToUTF16(bytes, charset: charset, strict: false, Self.scalars(ofUTF16:))
    }

    /// Decodes bytes to UTF-16 and hands ICU's output to `body` before freeing it.
    private static func decodeToUTF16<Result>(
        _ bytes: [UInt8], charset: String, strict: Bool, _ body: (UnsafeBufferPointer<UInt16>) -> Result
    ) throws(ICUError) -> Result {
        let converter = try open(charset, strict: strict)
        defer { cjk_shim_conv_close(converter) }
        var status = CJK_SHIM_OK
        var length: Int32 = 0
        var errorOffset: Int32 = 0
        guard let result = cjk_shim_conv_decode(converter, bytes, Int32(clamping: bytes.count), &length, &errorOffset, &status)
        else {
            throw status == CJK_SHIM_INVALID_INPUT ? .invalidInput(offset: Int(errorOffset)) : .failure("decode \(charset)")
        }
        defer { cjk_shim_free(result) }
        return body(UnsafeBufferPointer(start: result, count: Int(length)))
    }

    /// Decodes bytes lossily to UTF-8 and hands ICU's output to `body` before freeing it.
    private static func decodeLossily<Result>(
        _ bytes: [UInt8], charset: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws(ICUError) -> Result {
        let converter = try open(charset, strict: false)
        defer { cjk_shim_conv_close(converter) }
        var status = CJK_SHIM_OK
        var length: Int32 = 0
        guard let result = cjk_shim_conv_decode_utf8(converter, bytes, Int32(clamping: bytes.count), &length, &status)
        else { throw .failure("decode \(charset)") }
        defer { cjk_shim_free(result) }
        return body(UnsafeBufferPointer(start: result, count: Int(length)))
    }

    /// The scalars of UTF-16 that ICU wrote: a surrogate pair makes one scalar, and a lone
    /// surrogate (which ICU does not write) reads as U+FFFD, as a `String` would read it.
    private static func scalars(ofUTF16 utf16: UnsafeBufferPointer<UInt16>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf16.count)
        var index = 0
        while index < utf16.count {
            let unit = utf16[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < utf16.count, UTF16.isTrailSurrogate(utf16[index + 1]) {
                let value = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(utf16[index + 1]) - 0xDC00)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 2
            } else {
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                index += 1
            }
        }
        return scalars
    }

    /// Encodes text in the named charset.
    /// - Parameters:
    ///   - text: The text to encode.
    ///   - charset: An ICU converter name or alias.
    ///   - strict: When `true`, a character the charset cannot represent throws instead of becoming `?`.
    /// - Returns: The encoded bytes.
    /// - Throws: ``ICUError/unknownCharset(_:)``, or ``ICUError/invalidInput(offset:)`` in strict mode.
    public static func encode(_ text: String, charset: String, strict: Bool = false) throws(ICUError) -> [UInt8] {
        let converter = try open(charset, strict: strict)
        defer { cjk_shim_conv_close(converter) }
        let units = Array(text.utf16)
        var status = CJK_SHIM_OK
        var length: Int32 = 0
        guard let result = cjk_shim_conv_encode(converter, units, Int32(clamping: units.count), &length, &status) else {
            throw status == CJK_SHIM_INVALID_INPUT ? .invalidInput(offset: 0) : .failure("encode \(charset)")
        }
        defer { cjk_shim_free(result) }
        return Array(UnsafeBufferPointer(start: result, count: Int(length)))
    }

    /// Whether ICU has a converter for the name.
    /// - Parameter charset: An ICU converter name or alias.
    /// - Returns: `true` when a converter opens.
    public static func isKnown(_ charset: String) -> Bool {
        guard let converter = try? open(charset, strict: true) else { return false }
        cjk_shim_conv_close(converter)
        return true
    }

    private static func open(_ charset: String, strict: Bool) throws(ICUError) -> OpaquePointer {
        var status = CJK_SHIM_OK
        guard let converter = charset.withCString({ cjk_shim_conv_open($0, strict, &status) }) else {
            throw .unknownCharset(charset)
        }
        return converter
    }
}
