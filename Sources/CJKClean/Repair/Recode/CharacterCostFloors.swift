/// For every character of a legacy charset, a floor under what it takes from a re-reading's
/// margin: its lowest cost in any document, less the word bonus when it is Han (any Han
/// character may be covered by a word). Sixteen bits per character, looked up by its bytes, so
/// that the tables of all the charsets a line is re-read in fit in a core's cache together.
///
/// An entry is 0 where no character decodes. Otherwise its low fifteen bits hold the floor,
/// rounded down to ``scale``ths above ``lowestPenalty``, plus one; its top bit is set when the
/// character may begin a pair of neighbours that ``PlausibilityModel/pairCost(_:_:)`` prices.
struct CharacterCostFloors: Sendable {
    /// The entry of each single byte that is a character by itself.
    private let singles: [UInt16]
    /// The entry of each lead and trail byte pair of ``CharsetTable/leadBytes`` and
    /// ``CharsetTable/trailBytes``, row by row.
    private let pairs: [UInt16]

    /// The floors' resolution: 1/256 of a cost unit.
    private static let scale = 256.0
    /// The lowest floor an entry can hold: no character costs less than nothing, and the word
    /// bonus takes at most its own amount off.
    private static let lowestPenalty = -8.0
    /// The entry bit of characters that may begin a priced pair.
    static let pricesPairs: UInt16 = 0x8000
    private static let trailCount = Int(CharsetTable.trailBytes.upperBound - CharsetTable.trailBytes.lowerBound) + 1

    static let windows1252 = CharacterCostFloors(CharsetTable.windows1252)
    static let gbk = CharacterCostFloors(CharsetTable.gbk)
    static let big5 = CharacterCostFloors(CharsetTable.big5)
    static let shiftJIS = CharacterCostFloors(CharsetTable.shiftJIS)
    static let eucJP = CharacterCostFloors(CharsetTable.eucJP)
    static let eucKR = CharacterCostFloors(CharsetTable.eucKR)

    /// Builds the floors of every character of a charset.
    /// - Parameter table: The charset's characters.
    init(_ table: CharsetTable) {
        singles = (0..<256).map { byte in table.character(single: UInt8(byte)).map(Self.entry) ?? 0 }
        var pairs: [UInt16] = []
        pairs.reserveCapacity(CharsetTable.leadBytes.count * Self.trailCount)
        for lead in CharsetTable.leadBytes {
            for trail in CharsetTable.trailBytes {
                pairs.append(table.character(lead: lead, trail: trail).map(Self.entry) ?? 0)
            }
        }
        self.pairs = pairs
    }

    /// The entry of one character.
    private static func entry(_ character: Unicode.Scalar) -> UInt16 {
        var penalty = PlausibilityModel.lowestCost(of: character)
        if character.isHan { penalty -= PlausibilityModel.wordBonusPerCharacter }
        let steps = ((max(penalty, lowestPenalty) - lowestPenalty) * scale).rounded(.down)
        let floor = UInt16(min(steps, Double(pricesPairs - 2))) + 1
        return PlausibilityModel.pricesPairs(after: character) ? floor | pricesPairs : floor
    }

    /// The floor an entry holds.
    /// - Parameter entry: A nonzero entry.
    @inline(__always)
    static func penalty(of entry: UInt16) -> Double {
        Double((entry & ~pricesPairs) - 1) / scale + lowestPenalty
    }

    /// The entry of the character that the charset decodes at item `position` of a line, with
    /// the position after it; the entry is 0 where ``RecodedLine/legacyCharacter(at:table:before:)``
    /// finds no character.
    /// - Parameters:
    ///   - position: The item.
    ///   - bytes: The line's items as ``CeilingLayout`` gives them.
    @inline(__always)
    func entry(at position: Int, in bytes: UnsafeBufferPointer<UInt16>) -> (entry: UInt16, next: Int) {
        let byte = bytes[position]
        guard byte != CeilingLayout.noByte else { return (0, position) }
        let single = singles[Int(byte)]
        if single != 0 { return (single, position + 1) }
        guard position + 1 < bytes.count else { return (0, position) }
        let trail = bytes[position + 1]
        let lead = UInt16(CharsetTable.leadBytes.lowerBound)
        let trails = UInt16(CharsetTable.trailBytes.lowerBound)...UInt16(CharsetTable.trailBytes.upperBound)
        guard byte >= lead, byte <= UInt16(CharsetTable.leadBytes.upperBound), trails.contains(trail) else {
            return (0, position)
        }
        return (pairs[Int(byte - lead) * Self.trailCount + Int(trail - trails.lowerBound)], position + 2)
    }
}
