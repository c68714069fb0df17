/// One character → replacement text, for every character a conversion step changes.
///
/// BMP characters are looked up in a flat array indexed by scalar value; the few others in a
/// dictionary. Built once per conversion step and then only read.
struct ScriptConversionCharacterTable: Sendable {
    /// `(byteOffset << 8) | byteLength` into ``pool`` per BMP scalar; 0 leaves the character as it is.
    private(set) var basic: [UInt32]
    /// The same for scalars above the BMP.
    private(set) var supplementary: [UInt32: UInt32]
    /// UTF-8 bytes of all replacements.
    private(set) var pool: [UInt8]

    /// An empty table: every character maps to itself.
    init() {
        basic = [UInt32](repeating: 0, count: 0x10000)
        supplementary = [:]
        pool = []
    }

    /// A table of the single-character entries of a trie.
    /// - Parameter trie: Phrases and characters; only its one-character keys are used.
    init(singleCharactersOf trie: ScriptConversionTrie) {
        self.init()
        for (scalar, value) in trie.singleCharacterEntries() { add(scalar, value) }
    }

    /// The replacement of `scalar` as a packed pool reference, or 0 when it is unchanged.
    @inline(__always)
    func replacement(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x10000 { return basic[Int(scalar)] }
        return supplementary[scalar] ?? 0
    }

    /// Whether the table has an entry for `scalar`.
    func contains(_ scalar: UInt32) -> Bool {
        replacement(scalar) != 0
    }

    /// Adds a mapping unless `scalar` already has one.
    /// - Parameters:
    ///   - scalar: The character to replace.
    ///   - utf8: Its replacement (1 to 255 bytes).
    mutating func add(_ scalar: UInt32, _ utf8: [UInt8]) {
        guard !utf8.isEmpty, utf8.count <= 0xFF, !contains(scalar), pool.count < 1 << 24 else { return }
        let packed = UInt32(pool.count) << 8 | UInt32(utf8.count)
        pool.append(contentsOf: utf8)
        if scalar < 0x10000 { basic[Int(scalar)] = packed } else { supplementary[scalar] = packed }
    }

    /// The replacement text of `scalar`, or `nil` when it is unchanged.
    func replacementText(_ scalar: UInt32) -> [UInt8]? {
        let packed = replacement(scalar)
        if packed == 0 { return nil }
        return Array(pool[Int(packed >> 8)..<Int((packed >> 8) + (packed & 0xFF))])
    }
}
