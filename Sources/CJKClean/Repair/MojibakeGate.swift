/// A single pass over a text's UTF-8 bytes that decides whether it can contain mojibake at all,
/// and which lines deserve a closer look.
///
/// ```swift
/// MojibakeGate.signals(in: "中文测试。")      // []
/// MojibakeGate.signals(in: "ä¸­æ–‡æµ‹è¯•ã€‚")  // [.latin1Sequence]
/// ```
///
/// Clean CJK text raises no signal and costs one tight byte loop.
public enum MojibakeGate {
    /// The kinds of evidence that a text may be damaged.
    public struct Signals: OptionSet, Sendable, Hashable {
        /// The raw value.
        public let rawValue: UInt16

        /// Creates signals from a raw value.
        /// - Parameter rawValue: The bits.
        public init(rawValue: UInt16) {
            self.rawValue = rawValue
        }

        /// Two Latin-1 or Windows-1252 characters in a row, as in `Ã¤`, `å…`, `â€œ`.
        public static let latin1Sequence = Signals(rawValue: 1 << 0)
        /// A C1 control character.
        public static let c1Control = Signals(rawValue: 1 << 1)
        /// U+FFFD, the mark of bytes a decoder could not read.
        public static let replacementCharacter = Signals(rawValue: 1 << 2)
        /// A private-use character.
        public static let privateUse = Signals(rawValue: 1 << 3)
        /// A numeric character reference such as `&#20013;` or `&amp;#x4E2D;`.
        public static let numericEntity = Signals(rawValue: 1 << 4)
        /// A Han character followed by `(` and a Latin letter: perhaps a pinyin gloss.
        public static let hanGloss = Signals(rawValue: 1 << 5)
        /// A `?` right after a CJK character: perhaps a lost byte.
        public static let questionAfterCJK = Signals(rawValue: 1 << 6)
        /// A run of Han characters made mostly of characters outside every level-1 standard set,
        /// or, on a line that raises nothing else, two such characters among three neighbours.
        public static let rareHanRun = Signals(rawValue: 1 << 7)
        /// A half-width katakana next to a Han character, typical of UTF-8 read as Shift_JIS.
        public static let halfwidthKanaNextToHan = Signals(rawValue: 1 << 8)

        /// A bopomofo letter or small bracket next to a Han character, typical of GBK read as
        /// Big5 (where `，` becomes `ㄛ` and `。` becomes `﹝`).
        public static let symbolNextToHan = Signals(rawValue: 1 << 9)

        /// Signals that a charset re-decoding may explain.
        public static let recodable: Signals = [
            .latin1Sequence, .c1Control, .replacementCharacter, .privateUse, .questionAfterCJK, .rareHanRun,
            .halfwidthKanaNextToHan, .symbolNextToHan,
        ]
    }

    /// One line that raised signals.
    struct SuspiciousLine: Sendable, Equatable {
        /// The line's scalars (without its newline), as offsets in Unicode scalars.
        var scalars: Range<Int>
        /// What the line raised.
        var signals: Signals
    }

    /// The signals a text raises.
    /// - Parameter text: The text to examine.
    /// - Returns: Every kind of evidence found; empty for clean text.
    public static func signals(in text: String) -> Signals {
        scan(text).reduce(into: Signals()) { $0.formUnion($1.signals) }
    }

    /// Minimum length of a Han run judged by its rare characters.
    static let minimumRareRun = 2

    /// The lines of a text that raised signals.
    static func scan(_ text: String) -> [SuspiciousLine] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            CharacterLevels.shared.levelOneHan.withUnsafeBufferPointer { levelOne in
                scan(bytes, levelOne: levelOne)
            }
        } ?? []
    }

    private static func isLevelOne(_ value: UInt32, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let offset = Int(value &- CharacterLevels.hanBase)
        return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// Whether a scalar is one that Windows-1252 or Latin-1 produces from a byte 0x80–0xFF.
    @inline(__always)
    private static func isLatin1Like(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0xFF, 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC,
            0x2013, 0x2014, 0x2018...0x201E, 0x2020...0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122:
            return true
        default: return false
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, levelOne: UnsafeBufferPointer<UInt64>)
        -> [SuspiciousLine]
    {
        var lines: [SuspiciousLine] = []
        var lineSignals = Signals()
        var lineStart = 0
        var scalarIndex = 0
        var previousLatin1 = false
        var previousLatin1Letter = false
        var previousHan = false
        var previousCJK = false
        var previousHalfwidthKana = false
        var hanRun = 0
        var rareInRun = 0
        // Whether each of the run's last three Han characters is rare (the newest lowest), and
        // whether the line has had two rare ones among three neighbours.
        var recentRare: UInt8 = 0
        var rareCluster = false
        var index = 0
        let count = bytes.count

        @inline(__always) func endHanRun() {
            if hanRun >= minimumRareRun && rareInRun * 2 >= hanRun + 1 && rareInRun >= minimumRareRun {
                lineSignals.insert(.rareHanRun)
            }
            hanRun = 0
            rareInRun = 0
            recentRare = 0
        }

        @inline(__always) func countHan(rare: Bool) {
            hanRun += 1
            if rare { rareInRun += 1 }
            recentRare = (recentRare << 1 | (rare ? 1 : 0)) & 0b111
            if recentRare & (recentRare &- 1) != 0 { rareCluster = true }
        }

        /// The signals of a line that ends: a line that raised nothing else but has two rare Han
        /// characters among three neighbours holds a short misread stretch (UTF-8 read as GBK
        /// turns `新闻` into `鏂伴椈`) that the common characters of its run do not outweigh.
        @inline(__always) func endLine() -> Signals {
            defer { rareCluster = false }
            return lineSignals.isEmpty && rareCluster ? .rareHanRun : lineSignals
        }

        /// After ASCII, no Latin-1, Han, CJK or kana character precedes.
        @inline(__always) func forgetNeighbours() {
            previousLatin1 = false
            previousLatin1Letter = false
            previousHan = false
            previousCJK = false
            previousHalfwidthKana = false
        }

        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            let byte = bytes[index]
            // Eight ASCII bytes without a newline, `?`, `(` or `&` raise nothing: skip them at once.
            if byte < 0x80, index + 8 <= count,
                ByteScan.isASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self), avoiding: 0x0A, 0x3F, 0x28, 0x26)
            {
                if hanRun > 0 { endHanRun() }
                index += 8
                scalarIndex += 8
                forgetNeighbours()
                continue
            }
            if byte < 0x80 {
                index += 1
                if hanRun > 0 { endHanRun() }
                switch byte {
                case 0x0A:
                    let signals = endLine()
                    if !signals.isEmpty {
                        lines.append(SuspiciousLine(scalars: lineStart..<scalarIndex, signals: signals))
                        lineSignals = []
                    }
                    lineStart = scalarIndex + 1
                case 0x3F:  // ?
                    if previousCJK { lineSignals.insert(.questionAfterCJK) }
                case 0x28:  // (
                    if previousHan, index < count {
                        let next = bytes[index]
                        if (0x61...0x7A).contains(next) || (0xC3...0xC7).contains(next) { lineSignals.insert(.hanGloss) }
                    }
                case 0x26:  // &
                    if index + 1 < count, bytes[index] == 0x23 {
                        lineSignals.insert(.numericEntity)
                    } else if index + 4 < count, bytes[index] == 0x61, bytes[index + 1] == 0x6D, bytes[index + 2] == 0x70,
                        bytes[index + 3] == 0x3B, bytes[index + 4] == 0x23
                    {
                        lineSignals.insert(.numericEntity)
                    }
                default: break
                }
                scalarIndex += 1
                forgetNeighbours()
                continue
            }
            if byte >= 0xE4 && byte <= 0xE9 && index + 2 < count {
                // A run of unified ideographs (U+4E00–U+9FFF), the bulk of CJK text: counted in one
                // tight loop, the neighbour flags set once after it.
                let first = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if first >= 0x4E00 {
                    var value = first
                    while true {
                        countHan(rare: !isLevelOne(value, levelOne))
                        index += 3
                        scalarIndex += 1
                        guard index + 2 < count, bytes[index] >= 0xE4, bytes[index] <= 0xE9 else { break }
                        value = UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F)
                        guard value >= 0x4E00 else { break }
                    }
                    if previousHalfwidthKana { lineSignals.insert(.halfwidthKanaNextToHan) }
                    previousLatin1 = false
                    previousLatin1Letter = false
                    previousHan = true
                    previousCJK = true
                    previousHalfwidthKana = false
                    continue
                }
            }
            // A multi-byte scalar (the text is valid UTF-8).
            let value: UInt32
            if byte < 0xE0 {
                guard index + 1 < count else { break }
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte < 0xF0 {
                guard index + 2 < count else { break }
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                guard index + 3 < count else { break }
                value = UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            scalarIndex += 1
            var isHan = false
            var isCJK = false
            var isLatin1 = false
            var isHalfwidthKana = false
            switch value {
            case 0x4E00...0x9FFF:
                isHan = true
                countHan(rare: !isLevelOne(value, levelOne))
            case 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F:
                isHan = true
                countHan(rare: true)
            case 0x3040...0x30FF, 0xAC00...0xD7AF:
                isCJK = true
            case 0xFF61...0xFF9F:
                isHalfwidthKana = true
            case 0x3100...0x312F, 0xFE59...0xFE5E, 0x02C7, 0x02C9...0x02CB, 0x02D9:
                if previousHan || (index < count && bytes[index] >= 0xE3) { lineSignals.insert(.symbolNextToHan) }
            case 0xFFFD:
                lineSignals.insert(.replacementCharacter)
            case 0xFF08:  // （
                if previousHan { lineSignals.insert(.hanGloss) }
            case 0xE000...0xF8FF, 0xF0000...0x10FFFF:
                lineSignals.insert(.privateUse)
            default:
                isLatin1 = isLatin1Like(value)
                if (0x80...0x9F).contains(value) { lineSignals.insert(.c1Control) }
            }
            if !isHan && hanRun > 0 { endHanRun() }
            // Two in a row, one of them a Latin-1 letter or control (not `——` or `”…` alone).
            let isLatin1Letter = isLatin1 && value <= 0xFF
            if isLatin1 && previousLatin1 && (isLatin1Letter || previousLatin1Letter) {
                lineSignals.insert(.latin1Sequence)
            }
            if (isHalfwidthKana && previousHan) || (isHan && previousHalfwidthKana) {
                lineSignals.insert(.halfwidthKanaNextToHan)
            }
            previousLatin1 = isLatin1
            previousLatin1Letter = isLatin1Letter
            previousHan = isHan
            previousCJK = isHan || isCJK
            previousHalfwidthKana = isHalfwidthKana
        }
        if hanRun > 0 { endHanRun() }
        let signals = endLine()
        if !signals.isEmpty {
            lines.append(SuspiciousLine(scalars: lineStart..<scalarIndex, signals: signals))
        }
        return lines
    }
}
