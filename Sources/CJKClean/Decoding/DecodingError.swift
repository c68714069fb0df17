/// Why ``HTMLDecoder`` could not turn bytes into text at all.
public enum DecodingError: Error, Sendable, Equatable {
    /// There were no bytes.
    case empty
    /// The bytes do not look like text: too many NUL bytes and no UTF-16 byte order mark or detection.
    /// `nulCount` of the first `sampleSize` bytes were NUL.
    case looksBinary(nulCount: Int, sampleSize: Int)
}
