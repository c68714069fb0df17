/// Finds any of a fixed set of phrases in a text, matching ASCII letters case-insensitively.
///
/// Phrases are indexed by their first scalar, so a scan costs one dictionary lookup per scalar
/// of the text plus a comparison for each phrase that starts there.
struct PhraseMatcher: Sendable {
    /// A phrase found in a text.
    struct Match: Equatable {
        /// Offset of the first scalar, in scalars.
        var offset: Int
        /// Length of the phrase, in scalars.
        var length: Int
    }

    private let phrasesByFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]]

    /// Creates a matcher for the phrases (compared with ASCII letters lower-cased).
    init(_ phrases: [String]) {
        var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for phrase in phrases {
            let scalars = phrase.unicodeScalars.map(Self.folded)
            guard let first = scalars.first else { continue }
            table[first, default: []].append(scalars)
        }
        phrasesByFirstScalar = table
    }

    /// Every occurrence of every phrase, in text order (overlaps included).
    func matches(in text: some StringProtocol) -> [Match] {
        let scalars = text.unicodeScalars.map(Self.folded)
        var found: [Match] = []
        for start in scalars.indices {
            guard let candidates = phrasesByFirstScalar[scalars[start]] else { continue }
            for phrase in candidates where start + phrase.count <= scalars.count {
                if scalars[start..<(start + phrase.count)].elementsEqual(phrase) {
                    found.append(Match(offset: start, length: phrase.count))
                }
            }
        }
        return found
    }

    /// Whether any phrase occurs in the text.
    func containsAny(in text: some StringProtocol) -> Bool {
        !matches(in: text).isEmpty
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
