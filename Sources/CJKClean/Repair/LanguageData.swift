import Foundation

/// The language tables shipped as package resources (see `Scripts/generate-language-data.py`),
/// loaded once on first use.
struct LanguageData: Sendable {
    /// Cost of each Han character: about −log2 of its relative frequency.
    let hanCosts: [Unicode.Scalar: UInt8]
    /// The same costs for U+3400–U+9FFF, flat (0 when the character is not in the table).
    private let commonHanCosts: [UInt8]
    private static let commonHanRange: ClosedRange<UInt32> = 0x3400...0x9FFF

    /// The cost of a Han character, or `nil` when it is not in the table.
    func hanCost(_ scalar: Unicode.Scalar) -> UInt8? {
        guard Self.commonHanRange.contains(scalar.value) else { return hanCosts[scalar] }
        let cost = commonHanCosts[Int(scalar.value - Self.commonHanRange.lowerBound)]
        return cost == 0 ? nil : cost
    }
    /// Common words of two to four Han characters, simplified and traditional.
    let words: Set<String>
    /// The same words packed into integers for allocation-free lookup: two or three scalars
    /// of 21 bits each in one `UInt64`, four as the first three and the fourth.
    let packedWords: PackedWordSet

    /// Packs two or three scalars into one integer (distinct ranges, since every packed word
    /// starts with a Han character above U+3400).
    static func pack(_ scalars: some Collection<Unicode.Scalar>) -> UInt64 {
        scalars.reduce(0, pack(_:appending:))
    }

    /// Extends a packing of scalars (0 for none) by one more scalar.
    static func pack(_ packed: UInt64, appending scalar: Unicode.Scalar) -> UInt64 {
        packed << 21 | UInt64(scalar.value)
    }
    /// Readings of Han characters that have more than one Mandarin reading.
    let polyphoneReadings: [Unicode.Scalar: [String]]
    /// Common kana and Hangul syllables: the rank within their script (0 is the most frequent)
    /// and the number of ranked syllables of that script.
    let syllableRanks: [Unicode.Scalar: (rank: Int, of: Int)]

    /// The shared instance.
    static let shared = LanguageData()

    private init() {
        hanCosts = Self.lines("han-costs").reduce(into: [:]) { table, line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let scalar = parts[0].unicodeScalars.first, let cost = UInt8(parts[1]) else { return }
            table[scalar] = cost
        }
        var flat = Array(repeating: UInt8(0), count: Self.commonHanRange.count)
        for (scalar, cost) in hanCosts where Self.commonHanRange.contains(scalar.value) {
            flat[Int(scalar.value - Self.commonHanRange.lowerBound)] = max(1, cost)
        }
        commonHanCosts = flat
        words = Set(Self.lines("words").map(String.init))
        var packed: [(head: UInt64, tail: UInt32)] = []
        for word in words {
            let scalars = Array(word.unicodeScalars)
            switch scalars.count {
            case 2, 3: packed.append((Self.pack(scalars), 0))
            case 4: packed.append((Self.pack(scalars.prefix(3)), scalars[3].value))
            default: break
            }
        }
        packedWords = PackedWordSet(packed)
        polyphoneReadings = Self.lines("han-readings").reduce(into: [:]) { table, line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let scalar = parts[0].unicodeScalars.first else { return }
            table[scalar] = parts[1].split(separator: ",").map(String.init)
        }
        syllableRanks = Self.lines("common-syllables").reduce(into: [:]) { table, line in
            let scalars = Array(line.unicodeScalars)
            for (rank, scalar) in scalars.enumerated() where table[scalar] == nil {
                table[scalar] = (rank, scalars.count)
            }
        }
    }

    private static func lines(_ name: String) -> [Substring] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Data/Language"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n")
    }
}
