/// Why a page could not be cleaned at all.
public enum CleanerError: Error, Sendable, Equatable {
    /// The bytes do not look like text in any charset: `nulBytes` of the first `sampleSize`
    /// bytes were NUL and no UTF-16 byte-order mark explained them.
    case notText(nulBytes: Int, sampleSize: Int)
}
