/// Preprocessing of the input stream: lossy UTF-8 and newline normalisation.
enum HTMLTokenizerInput {
    /// Returns the bytes as valid UTF-8 with CR and CRLF replaced by LF.
    /// - Parameters:
    ///   - bytes: The raw bytes.
    ///   - knownValid: Whether the bytes are already known to be valid UTF-8.
    /// - Returns: The preprocessed bytes.
    static func preprocess(_ bytes: UnsafeBufferPointer<UInt8>, knownValid: Bool) -> [UInt8] {
        let valid = knownValid || UTF8Validation.isValid(bytes)
        return preprocess(validUTF8: valid ? Array(bytes) : Array(String(decoding: bytes, as: UTF8.self).utf8))
    }

    /// Returns well-formed UTF-8 with CR and CRLF replaced by LF (the same array when it has no CR).
    static func preprocess(validUTF8 bytes: [UInt8]) -> [UInt8] {
        guard bytes.withUnsafeBytes({ ByteScan.contains(0x0D, in: $0) }) else { return bytes }
        return normalizingNewlines(bytes)
    }

    /// CR and CRLF become LF; the bytes between carriage returns are copied in blocks.
    private static func normalizingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var start = 0
        while let carriageReturn = bytes[start...].firstIndex(of: 0x0D) {
            output.append(contentsOf: bytes[start..<carriageReturn])
            output.append(0x0A)
            start = carriageReturn + 1
            if start < bytes.count && bytes[start] == 0x0A { start += 1 }
        }
        output.append(contentsOf: bytes[start...])
        return output
    }
}
