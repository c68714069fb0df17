/// The charsets that CJK text is commonly encoded in or mistakenly decoded with.
enum LegacyCharset: String, Sendable, CaseIterable {
    case windows1252
    case gbk
    case big5
    case shiftJIS
    case eucJP
    case eucKR

    /// The ICU converter that decodes this charset the way browsers do (WHATWG labels).
    var icuName: String {
        switch self {
        case .windows1252: return "windows-1252"
        case .gbk: return "GB18030"
        case .big5: return "Big5-HKSCS"
        case .shiftJIS: return "windows-31j"
        case .eucJP: return "EUC-JP"
        case .eucKR: return "windows-949"
        }
    }

    /// The table of every one- and two-byte character, built once from ICU.
    var table: CharsetTable {
        switch self {
        case .windows1252: return CharsetTable.windows1252
        case .gbk: return CharsetTable.gbk
        case .big5: return CharsetTable.big5
        case .shiftJIS: return CharsetTable.shiftJIS
        case .eucJP: return CharsetTable.eucJP
        case .eucKR: return CharsetTable.eucKR
        }
    }

    /// The floors under what each of its characters takes from a re-reading's margin, built
    /// once.
    var costFloors: CharacterCostFloors {
        switch self {
        case .windows1252: return CharacterCostFloors.windows1252
        case .gbk: return CharacterCostFloors.gbk
        case .big5: return CharacterCostFloors.big5
        case .shiftJIS: return CharacterCostFloors.shiftJIS
        case .eucJP: return CharacterCostFloors.eucJP
        case .eucKR: return CharacterCostFloors.eucKR
        }
    }
}
