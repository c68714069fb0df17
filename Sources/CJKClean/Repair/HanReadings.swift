import Synchronization

/// The Mandarin readings of Han characters: ICU's `Han-Latin` reading plus every reading of
/// polyphonic characters from the shipped table.
final class HanReadings: Sendable {
    /// The shared instance.
    static let shared = HanReadings()

    private let transliterator: ICUTransliterator?
    private let cache = Mutex<[Unicode.Scalar: Set<String>]>([:])

    private init() {
        transliterator = try? ICUTransliterator.shared("Han-Latin")
    }

    /// Every known reading of a character, tone marks included; empty for non-Han scalars.
    func readings(of scalar: Unicode.Scalar) -> Set<String> {
        guard scalar.isHan else { return [] }
        if let cached = cache.withLock({ $0[scalar] }) { return cached }
        var result = Set(LanguageData.shared.polyphoneReadings[scalar] ?? [])
        if let reading = transliterator?.transliterate(String(Character(scalar))),
            !reading.unicodeScalars.contains(where: \.isHan)
        {
            result.insert(reading)
        }
        cache.withLock { $0[scalar] = result }
        return result
    }
}
