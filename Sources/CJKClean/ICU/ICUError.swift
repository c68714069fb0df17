/// Errors reported by the ICU wrappers.
public enum ICUError: Error, Sendable, Equatable {
    /// ICU has no transliterator with this identifier.
    case unknownTransliterator(String)
    /// ICU has no converter for this charset name.
    case unknownCharset(String)
    /// The input contains a sequence that is illegal in, or unmappable to, the charset.
    /// The associated value is the offset (bytes when decoding) where conversion stopped.
    case invalidInput(offset: Int)
    /// ICU failed for another reason (out of memory, internal error).
    case failure(String)
}
