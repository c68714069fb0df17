/// Why a page could not be cleaned at all.
public enum CleanerError: Error, Sendable, Equatable {
    /// The bytes could not be decoded as text in any charset (for example, binary data).
    case undecodable(reason: String)
}
