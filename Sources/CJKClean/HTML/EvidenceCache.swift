/// Container scores already worked out on a page, keyed by a hash of a tag and its relevant
/// attributes: an open-addressing table that takes the hash as it is, where a dictionary would
/// hash the hash again on every start tag.
struct EvidenceCache {
    /// The most scores kept; later ones are worked out each time.
    static let capacity = 4_096

    private var keys: [UInt64] = []
    private var scores: [Double] = []
    private var shift: UInt64 = 64
    /// The score of key 0, which cannot live in the table: zero marks an empty slot there.
    private var zeroKeyScore: Double?
    private(set) var count = 0

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The score stored for a key, if any.
    subscript(key: UInt64) -> Double? {
        if key == 0 { return zeroKeyScore }
        guard !keys.isEmpty else { return nil }
        let wanted = key
        var index = slot(wanted)
        while keys[index] != 0 {
            if keys[index] == wanted { return scores[index] }
            index = (index + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Stores a score, unless the cache is full or the key is there already.
    mutating func insert(_ score: Double, for key: UInt64) {
        guard count < Self.capacity else { return }
        if key == 0 {
            if zeroKeyScore == nil { count += 1 }
            zeroKeyScore = zeroKeyScore ?? score
            return
        }
        // At most half full: the table doubles from 64 slots as scores arrive.
        if (count + 1) * 2 > keys.count { grow() }
        place(key, score)
    }

    private mutating func place(_ key: UInt64, _ score: Double) {
        var index = slot(key)
        while keys[index] != 0 {
            if keys[index] == key { return }
            index = (index + 1) & (keys.count - 1)
        }
        keys[index] = key
        scores[index] = score
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldScores = scores
        let size = max(64, keys.count * 2)
        keys = Array(repeating: 0, count: size)
        scores = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        count = zeroKeyScore == nil ? 0 : 1
        for index in oldKeys.indices where oldKeys[index] != 0 { place(oldKeys[index], oldScores[index]) }
    }
}
