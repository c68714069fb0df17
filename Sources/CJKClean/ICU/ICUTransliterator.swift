import CICUShims
import Synchronization

/// A thread-safe handle to one ICU transliterator, such as `Traditional-Simplified` or `Han-Latin`.
///
/// ICU transliterators are not thread-safe, so calls are serialised by a lock. Opening one is
/// expensive (thousands of allocations), so open each identifier once and keep it; the shared
/// instances in ``shared(_:)`` do exactly that.
public final class ICUTransliterator: Sendable {
    private let handle: Mutex<OpaquePointer>

    /// The ICU identifier this transliterator was opened with.
    public let identifier: String

    /// Opens the transliterator with the given ICU identifier.
    /// - Parameter identifier: An ICU transform identifier, e.g. `"Han-Latin"`.
    /// - Throws: ``ICUError/unknownTransliterator(_:)`` when ICU does not know the identifier.
    public init(_ identifier: String) throws(ICUError) {
        let units = Array(identifier.utf16)
        var status = CJK_SHIM_OK
        guard let pointer = cjk_shim_translit_open(units, Int32(units.count), &status) else {
            throw status == CJK_SHIM_NOT_FOUND ? .unknownTransliterator(identifier) : .failure("open \(identifier)")
        }
        self.identifier = identifier
        self.handle = Mutex(pointer)
    }

    deinit {
        handle.withLock { cjk_shim_translit_close($0) }
    }

    /// Transliterates a string.
    /// - Parameter text: The input.
    /// - Returns: The transliterated text, or the input unchanged if ICU reports an error.
    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        let units = Array(text.utf16)
        return handle.withLock { pointer -> String in
            var status = CJK_SHIM_OK
            var length: Int32 = 0
            guard let result = cjk_shim_translit_apply(pointer, units, Int32(units.count), &length, &status)
            else { return text }
            defer { cjk_shim_free(result) }
            return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF16.self)
        }
    }

    /// The transliterator's rules in ICU's rule syntax (for compound transliterators, the rules of
    /// every step in order).
    public var rules: String {
        handle.withLock { pointer -> String in
            var status = CJK_SHIM_OK
            var length: Int32 = 0
            guard let result = cjk_shim_translit_rules(pointer, &length, &status) else { return "" }
            defer { cjk_shim_free(result) }
            return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF16.self)
        }
    }

    private static let cache = Mutex<[String: ICUTransliterator]>([:])

    /// A process-wide instance for the identifier, opened on first use.
    /// - Parameter identifier: An ICU transform identifier.
    /// - Returns: The shared transliterator.
    /// - Throws: ``ICUError/unknownTransliterator(_:)`` when ICU does not know the identifier.
    public static func shared(_ identifier: String) throws(ICUError) -> ICUTransliterator {
        if let existing = cache.withLock({ $0[identifier] }) { return existing }
        let created = try ICUTransliterator(identifier)
        return cache.withLock { table in
            if let existing = table[identifier] { return existing }
            table[identifier] = created
            return created
        }
    }
}
