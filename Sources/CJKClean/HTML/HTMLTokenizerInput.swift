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
        guard output.contains(0x0D) else { return output }
        return normalizingNewlines(output)
    }

    private static func normalizingNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasCR = true
            } else {
                if !(byte == 0x0A && previousWasCR) { output.append(byte) }
                previousWasCR = false
            }
        }
        return output
    }
}
