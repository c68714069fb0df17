/// Finds Japanese and Korean text in UTF-8, so that their kanji and hanja are not converted
/// as if they were Chinese.
enum ForeignScriptDetector {
    /// Whether the UTF-8 bytes contain kana (U+3040–U+30FF except ・ and ー, U+31F0–U+31FF,
    /// U+FF66–U+FF9F) or hangul (U+1100–U+11FF, U+3130–U+318F, U+AC00–U+D7AF).
    /// - Parameter bytes: Valid UTF-8.
    /// - Returns: `true` when any such character occurs.
    static func containsKanaOrHangul<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool
    where Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0xE1 {
                index += 1
                continue
            }
            if index + 1 < end,
                isForeign(lead: lead, second: bytes[index + 1], third: index + 2 < end ? bytes[index + 2] : 0)
            {
                return true
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func isForeign(lead: UInt8, second: UInt8, third: UInt8) -> Bool {
        switch lead {
        case 0xE1: return second >= 0x84 && second <= 0x87  // U+1100–U+11FF jamo
        case 0xE3:
            // U+3040–U+30FF kana, except U+30FB ・ and U+30FC ー, which Chinese text borrows
            // (克里斯多福・诺兰).
            if second == 0x81 || second == 0x82 || (second == 0x83 && third != 0xBB && third != 0xBC) { return true }
            if second == 0x84 { return third >= 0xB0 }  // U+3130–U+313F compatibility jamo
            if second == 0x85 { return true }  // U+3140–U+317F
            if second == 0x86 { return third <= 0x8F }  // U+3180–U+318F
            return second == 0x87 && third >= 0xB0  // U+31F0–U+31FF kana extensions
        case 0xEA: return second >= 0xB0  // U+AC00–U+AFFF hangul syllables
        case 0xEB, 0xEC: return true  // U+B000–U+CFFF hangul syllables
        case 0xED: return second <= 0x9E  // U+D000–U+D7BF
        case 0xEF:
            // U+FF66–U+FF9F halfwidth katakana
            return (second == 0xBD && third >= 0xA6) || (second == 0xBE && third <= 0x9F)
        default: return false
        }
    }

    /// Calls `body` for each line (without its line feed), saying whether it contains kana or
    /// hangul; line feeds are passed as lines of their own, never flagged.
    /// - Parameters:
    ///   - bytes: Valid UTF-8 text.
    ///   - body: Receives each line and whether it is Japanese or Korean.
    static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            body(line, containsKanaOrHangul(line))
            if end < bytes.count { body(UnsafeBufferPointer(rebasing: bytes[end..<(end + 1)]), false) }
            start = end + 1
        }
    }
}
