/// Finds any of a fixed set of phrases in a text, matching ASCII letters case-insensitively.
///
/// Phrases are grouped by their first scalar in a small open-addressing table; a bit set over the
/// low bits of those first scalars lets a scan skip almost every position without a lookup.
struct PhraseMatcher: Sendable {
    /// A phrase found in a text.
    struct Match: Equatable {
        /// Offset of the first scalar, in scalars.
        var offset: Int
        /// Length of the phrase, in scalars.
        var length: Int
    }

    /// Size of the first-scalar bit filter (a power of two: scalars are masked into it).
    private static let filterBits = 4096

    /// Every phrase's scalars, one after another, grouped by first scalar.
    private let phraseScalars: [Unicode.Scalar]
    /// Where each phrase lies in ``phraseScalars``, in group order.
    private let phraseBounds: [Range<Int>]
    /// For each first scalar (by value), the phrases of ``phraseBounds`` that start with it.
    private let groups: CodeTable<Range<Int>>
    private let firstScalarFilter: [UInt64]

    /// Creates a matcher for the phrases (compared with ASCII letters lower-cased).
    init(_ phrases: [String]) {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        var order: [Unicode.Scalar] = []
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for phrase in phrases {
            let scalars = phrase.unicodeScalars.map(Self.folded)
            guard let first = scalars.first else { continue }
            if table[first] == nil { order.append(first) }
            table[first, default: []].append(scalars)
            let bit = Int(first.value) & (Self.filterBits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        // Flat storage: a lookup yields a range of indices, with no arrays to retain.
        var flat: [Unicode.Scalar] = []
        var bounds: [Range<Int>] = []
        var entries: [(code: UInt64, value: Range<Int>)] = []
        for first in order {
            let groupStart = bounds.count
            for phrase in table[first] ?? [] {
                bounds.append(flat.count..<(flat.count + phrase.count))
                flat.append(contentsOf: phrase)
            }
            entries.append((UInt64(first.value), groupStart..<bounds.count))
        }
        phraseScalars = flat
        phraseBounds = bounds
        groups = CodeTable(entries)
        firstScalarFilter = filter
    }

    /// The scalars of a text with ASCII letters lower-cased, ready for ``matches(inFolded:)``.
    static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(folded(scalar)) }
        return scalars
    }

    /// Every occurrence of every phrase in already folded scalars, in text order.
    func matches(inFolded scalars: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        scalars.withUnsafeBufferPointer { text in
            firstScalarFilter.withUnsafeBufferPointer { filter in
                phraseScalars.withUnsafeBufferPointer { flat in
                    for start in text.indices {
                        let bit = Int(text[start].value) & (Self.filterBits - 1)
                        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
                            let candidates = groups[UInt64(text[start].value)]
                        else { continue }
                        for candidate in candidates {
                            let phrase = phraseBounds[candidate]
                            guard start + phrase.count <= text.count else { continue }
                            // The first scalars are equal: compare the rest.
                            var offset = 1
                            while offset < phrase.count && text[start + offset] == flat[phrase.lowerBound + offset] {
                                offset += 1
                            }
                            if offset == phrase.count { found.append(Match(offset: start, length: phrase.count)) }
                        }
                    }
                }
            }
        }
        return found
    }

    /// Every occurrence of every phrase, in text order (overlaps included).
    func matches(in text: some StringProtocol) -> [Match] {
        matches(inFolded: Self.fold(text))
    }

    /// Whether any phrase occurs in the text.
    func containsAny(in text: some StringProtocol) -> Bool {
        !matches(in: text).isEmpty
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
