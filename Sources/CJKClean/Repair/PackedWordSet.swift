/// Known words packed into integers, in an open-addressing table with a cheap multiplicative
/// hash: word lookups run in the innermost loops of every repair, where the seeded hashing of
/// `Set` cost more than everything else around it.
struct PackedWordSet: Sendable {
    /// The first three characters of each slot's word (0 marks an empty slot: every word
    /// starts with a Han character, so no packed word is 0).
    private var heads: [UInt64]
    /// The fourth character of each slot's word, or 0 for words of two or three characters.
    private var tails: [UInt32]
    /// The number of slots minus one (a power of two minus one).
    private let mask: Int
    /// One bit per hashed pair of first characters: clear when no word begins with the pair.
    /// Small enough to stay in cache, unlike the table itself.
    private var beginnings: [UInt64]
    private static let beginningBits = 1 << 20

    /// Builds the table.
    /// - Parameter words: The packed words: two or three characters in `head` with `tail` 0,
    ///   or the first three in `head` and the fourth in `tail`.
    init(_ words: [(head: UInt64, tail: UInt32)]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        heads = Array(repeating: 0, count: capacity)
        tails = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        beginnings = Array(repeating: 0, count: Self.beginningBits / 64)
        for word in words where word.head != 0 && !contains(head: word.head, tail: word.tail) {
            // The first two characters: the head packs two or three of 21 bits each.
            let pair = word.head >= 1 << 42 || word.tail != 0 ? word.head >> 21 : word.head
            let bit = Self.beginningBit(pair)
            beginnings[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Self.slot(head: word.head, tail: word.tail, mask: mask)
            while heads[slot] != 0 { slot = (slot + 1) & mask }
            heads[slot] = word.head
            tails[slot] = word.tail
        }
    }

    /// Whether the packed word is in the set.
    func contains(head: UInt64, tail: UInt32) -> Bool {
        var slot = Self.slot(head: head, tail: tail, mask: mask)
        while true {
            let stored = heads[slot]
            if stored == 0 { return false }
            if stored == head && tails[slot] == tail { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether some word may begin with these two characters (`false` is certain).
    func mayBeginWord(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let bit = Self.beginningBit(UInt64(first.value) << 21 | UInt64(second.value))
        return beginnings[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func beginningBit(_ pair: UInt64) -> Int {
        Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 40) & (beginningBits - 1)
    }

    private static func slot(head: UInt64, tail: UInt32, mask: Int) -> Int {
        let mixed = (head ^ UInt64(tail) &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
