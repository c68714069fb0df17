/// Byte counts and searches eight bytes at a time: whole pages pass through these loops, and
/// most eight-byte words hold nothing of interest.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether a word has a zero byte (the classic bit trick; exact as a yes/no test).
    @inline(__always) private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// Whether eight bytes (read as one little- or big-endian word) are all ASCII and none of
    /// them is one of four given bytes.
    @inline(__always) static func isASCII(_ word: UInt64, avoiding a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool {
        word & highs == 0 && !hasZeroByte(word ^ (ones &* UInt64(a))) && !hasZeroByte(word ^ (ones &* UInt64(b)))
            && !hasZeroByte(word ^ (ones &* UInt64(c))) && !hasZeroByte(word ^ (ones &* UInt64(d)))
    }

    /// Whether `byte` occurs in the bytes.
    static func contains(_ byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        let pattern = ones &* UInt64(byte)
        var index = 0
        while index + 8 <= bytes.count {
            if hasZeroByte(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern) { return true }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == byte { return true }
            index += 1
        }
        return false
    }

    /// How many times `byte` occurs in the bytes.
    static func count(of byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Int {
        let pattern = ones &* UInt64(byte)
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            if hasZeroByte(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern) {
                for offset in index..<(index + 8) where bytes[offset] == byte { count += 1 }
            }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == byte { count += 1 }
            index += 1
        }
        return count
    }

    /// How many UTF-8 lead bytes of multi-byte sequences (0xC0 and above) the bytes hold, and
    /// how many encoded U+FFFD (EF BF BD) sequences.
    static func nonASCIIAndReplacementCounts(inUTF8 bytes: UnsafeRawBufferPointer) -> (nonASCII: Int, replacements: Int) {
        var nonASCII = 0
        var replacements = 0
        let efPattern = ones &* 0xEF
        var index = 0
        @inline(__always) func isReplacement(at offset: Int) -> Bool {
            offset + 2 < bytes.count && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBF && bytes[offset + 2] == 0xBD
        }
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte is 0xC0 or above when its two top bits are set.
            nonASCII += (word & (word << 1) & highs).nonzeroBitCount
            if hasZeroByte(word ^ efPattern) {
                for offset in index..<(index + 8) where isReplacement(at: offset) { replacements += 1 }
            }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0xC0 { nonASCII += 1 }
            if isReplacement(at: index) { replacements += 1 }
            index += 1
        }
        return (nonASCII, replacements)
    }
}
