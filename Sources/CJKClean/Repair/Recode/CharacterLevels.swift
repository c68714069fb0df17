/// Which CJK characters are common by the national standards: the level-1 Han characters of
/// GB 2312, Big5 and JIS X 0208, and the Hangul syllables of KS X 1001. Built once from the
/// ICU converters' tables, by the byte ranges that each standard assigns to its first level.
struct CharacterLevels: Sendable {
    /// First scalar covered by the Han bit sets.
    static let hanBase: UInt32 = 0x4E00
    /// One past the last scalar covered by the Han bit sets.
    static let hanLimit: UInt32 = 0xA000

    /// Bit per Han character in U+4E00–U+9FFF: level 1 of GB 2312, Big5 or JIS X 0208.
    private(set) var levelOneHan: [UInt64]
    /// Bit per Han character in U+4E00–U+9FFF: present in any of the legacy charsets.
    private var legacyHan: [UInt64]
    /// Bit per Hangul syllable in U+AC00–U+D7A3: present in KS X 1001.
    private var commonHangul: [UInt64]

    /// The shared table.
    static let shared = CharacterLevels()

    private init() {
        let hanWords = Int(Self.hanLimit - Self.hanBase + 63) / 64
        levelOneHan = Array(repeating: 0, count: hanWords)
        legacyHan = Array(repeating: 0, count: hanWords)
        commonHangul = Array(repeating: 0, count: (0xD7A4 - 0xAC00 + 63) / 64)

        func mark(_ set: inout [UInt64], _ scalar: Unicode.Scalar?, base: UInt32, limit: UInt32) {
            guard let value = scalar?.value, value >= base, value < limit else { return }
            let offset = Int(value - base)
            set[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        let tables: [(CharsetTable, (UInt8, UInt8) -> Bool)] = [
            (.gbk, { lead, trail in (0xB0...0xD7).contains(lead) && trail >= 0xA1 }),
            (.big5, { lead, trail in (0xA4...0xC5).contains(lead) || (lead == 0xC6 && trail <= 0x7E) }),
            (.shiftJIS, { lead, trail in
                (0x89...0x97).contains(lead) || (lead == 0x88 && trail >= 0x9F) || (lead == 0x98 && trail <= 0x72)
            }),
        ]
        for (table, isLevelOne) in tables {
            for lead in CharsetTable.leadBytes {
                for trail in CharsetTable.trailBytes {
                    let scalar = table.character(lead: lead, trail: trail)
                    mark(&legacyHan, scalar, base: Self.hanBase, limit: Self.hanLimit)
                    if isLevelOne(lead, trail) { mark(&levelOneHan, scalar, base: Self.hanBase, limit: Self.hanLimit) }
                }
            }
        }
        for lead in CharsetTable.leadBytes {
            for trail in CharsetTable.trailBytes {
                mark(&commonHangul, CharsetTable.eucKR.character(lead: lead, trail: trail), base: 0xAC00, limit: 0xD7A4)
            }
        }
    }

    private static func contains(_ set: [UInt64], _ value: UInt32, base: UInt32, limit: UInt32) -> Bool {
        guard value >= base, value < limit else { return false }
        let offset = Int(value - base)
        return set[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// Whether a Han character is in level 1 of GB 2312, Big5 or JIS X 0208.
    func isLevelOneHan(_ value: UInt32) -> Bool {
        Self.contains(levelOneHan, value, base: Self.hanBase, limit: Self.hanLimit)
    }

    /// Whether a Han character is in GBK, Big5 or Shift_JIS at all.
    func isLegacyHan(_ value: UInt32) -> Bool {
        Self.contains(legacyHan, value, base: Self.hanBase, limit: Self.hanLimit)
    }

    /// Whether a Hangul syllable is one of the 2,350 of KS X 1001.
    func isCommonHangul(_ value: UInt32) -> Bool {
        Self.contains(commonHangul, value, base: 0xAC00, limit: 0xD7A4)
    }
}
