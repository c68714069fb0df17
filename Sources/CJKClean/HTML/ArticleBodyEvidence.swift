import Foundation

/// The `articleBody` a page declares in JSON-LD structured data, used as evidence: lines whose
/// text it contains are very likely the article.
struct ArticleBodyEvidence: Sendable {
    /// Shingle length, in scalars of the comparison key.
    static let shingleLength = 6
    /// Share of a line's shingles that must occur in the body.
    static let coverageThreshold = 0.7
    /// Bodies shorter than this many scalars are too thin to judge by.
    static let minimumBodyLength = 80

    private let shingles: Set<Int>

    /// Evidence from the JSON-LD blocks of a page, or `nil` when none declares a usable body.
    init?(jsonLD blocks: [String]) {
        guard let body = blocks.lazy.compactMap(Self.articleBody).first else { return nil }
        let key = Array(BoilerplateFilter.comparisonKey(body).unicodeScalars)
        guard key.count >= Self.minimumBodyLength else { return nil }
        shingles = Set(Self.hashes(of: key))
    }

    /// Whether the body contains (most of) the line's text.
    func covers(_ text: String) -> Bool {
        let key = Array(BoilerplateFilter.comparisonKey(text).unicodeScalars)
        let lineShingles = Self.hashes(of: key)
        guard lineShingles.count >= 4 else { return false }
        let found = lineShingles.reduce(0) { $0 + (shingles.contains($1) ? 1 : 0) }
        return Double(found) >= Double(lineShingles.count) * Self.coverageThreshold
    }

    private static func hashes(of scalars: [Unicode.Scalar]) -> [Int] {
        guard scalars.count >= shingleLength else { return [] }
        var result: [Int] = []
        result.reserveCapacity(scalars.count - shingleLength + 1)
        for start in 0...(scalars.count - shingleLength) {
            var hasher = Hasher()
            for scalar in scalars[start..<(start + shingleLength)] { hasher.combine(scalar.value) }
            result.append(hasher.finalize())
        }
        return result
    }

    /// The first `articleBody` string anywhere in a JSON-LD block.
    private static func articleBody(in block: String) -> String? {
        guard block.contains("articleBody"),
            let object = try? JSONSerialization.jsonObject(with: Data(block.utf8), options: [.fragmentsAllowed])
        else { return nil }
        return find(in: object)
    }

    private static func find(in value: Any) -> String? {
        if let dictionary = value as? [String: Any] {
            if let body = dictionary["articleBody"] as? String, !body.isEmpty { return body }
            for child in dictionary.values { if let found = find(in: child) { return found } }
        } else if let array = value as? [Any] {
            for child in array { if let found = find(in: child) { return found } }
        }
        return nil
    }
}
