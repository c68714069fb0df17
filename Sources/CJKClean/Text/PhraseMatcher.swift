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

    /// The scalars of a string with ASCII letters lower-cased, decoded straight from its UTF-8
    /// into an array with room for as many scalars as there are bytes.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var index = 0
                var written = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let value: UInt32
                    if lead < 0x80 {
                        value = UInt32(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                        index += 1
                    } else if lead < 0xE0, index + 1 < bytes.count {
                        value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0, index + 2 < bytes.count {
                        value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else if index + 3 < bytes.count {
                        value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    } else {
                        break  // A string's UTF-8 is well formed; this is never reached.
                    }
                    buffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"  // a trivial type: assigning initializes
                    written += 1
                }
                initialized = written
            }
        }
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
