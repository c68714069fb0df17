/// Preprocessing of the input stream: lossy UTF-8 and newline normalisation.
enum HTMLTokenizerInput {
    /// Returns the bytes as valid UTF-8 with CR and CRLF replaced by LF.
    /// - Parameters:
    ///   - bytes: The raw bytes.
    ///   - knownValid: Whether the bytes are already known to be valid UTF-8.
    /// - Returns: The preprocessed bytes.
    static func preprocess(_ bytes: UnsafeBufferPointer<UInt8>, knownValid: Bool) -> [UInt8] {
        var output: [UInt8]
        if knownValid || String(validating: bytes, as: UTF8.self) != nil {
            output = Array(bytes)
        } else {
            output = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        guard output.withUnsafeBytes({ ByteScan.contains(0x0D, in: $0) }) else { return output }
        return normalizingNewlines(output)
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
