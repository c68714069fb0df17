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
        let converter = try open(charset, strict: true)
        defer { cjk_shim_conv_close(converter) }
        var status = CJK_SHIM_OK
        var length: Int32 = 0
        var errorOffset: Int32 = 0
        guard let result = cjk_shim_conv_decode(converter, buffer, Int32(clamping: buffer.count), &length, &errorOffset, &status)
        else {
            throw status == CJK_SHIM_INVALID_INPUT ? .invalidInput(offset: Int(errorOffset)) : .failure("decode \(charset)")
        }
        defer { cjk_shim_free(result) }
        return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF16.self)
    }

    /// Decodes bytes in the named charset, lossily, straight to scalars: for callers that
    /// compare the result character by character and have no use for a `String`.
    /// - Parameters:
    ///   - bytes: The encoded bytes.
    ///   - charset: An ICU converter name or alias.
    /// - Returns: The decoded scalars, U+FFFD for every bad sequence.
    /// - Throws: ``ICUError/unknownCharset(_:)``, or ``ICUError/failure(_:)`` when ICU fails.
    static func decodeScalars(_ bytes: [UInt8], charset: String) throws(ICUError) -> [Unicode.Scalar] {
        try decodeLossily(bytes, charset: charset, Self.scalars(ofWellFormed:))
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

    /// The scalars of UTF-8 that ICU wrote, and so is well formed: each sequence is decoded
    /// at once from its lead byte (were one malformed, its first byte would read as U+FFFD).
    private static func scalars(ofWellFormed utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let count = UTF8Sequence.length(lead: utf8[index]) ?? 1
            let byte = { (offset: Int) in index + offset < utf8.count ? utf8[index + offset] : 0 }
            if index + count <= utf8.count, let scalar = UTF8Sequence.decode(utf8[index], byte(1), byte(2), byte(3), count: count) {
                scalars.append(scalar)
                index += count
            } else {
                scalars.append("\u{FFFD}")
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
