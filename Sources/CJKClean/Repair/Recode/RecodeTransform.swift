/// One way text gets garbled: bytes in one charset decoded with another.
struct RecodeTransform: Sendable {
    /// The charset the bytes were really in.
    enum Original: Sendable, Equatable {
        case utf8
        case legacy(LegacyCharset)
    }

    /// The charset the bytes really were in.
    var original: Original
    /// The charset they were wrongly decoded with.
    var misread: LegacyCharset
    /// The repair kind reported.
    var kind: Repair.Kind
    /// Byte values that the misreading decoder may have turned into U+FFFD (or that a later
    /// step turned into `?`); empty when the misreading is lossless.
    let lostBytes: [UInt8]
    /// Those of ``lostBytes`` that can lead a three-byte UTF-8 sequence (E1–EF), in order.
    let lostLeadBytes: [UInt8]
    /// Those of ``lostBytes`` that are UTF-8 continuation bytes, in order.
    let lostContinuationBytes: [UInt8]
    /// The same, one bit each (bit 0 for 0x80).
    let lostContinuationMask: UInt64

    /// Describes a misreading.
    /// - Parameters:
    ///   - original: The charset the bytes really were in.
    ///   - misread: The charset they were wrongly decoded with.
    ///   - kind: The repair kind reported.
    ///   - lostBytes: Byte values the misreading may have lost, in ascending order.
    init(original: Original, misread: LegacyCharset, kind: Repair.Kind, lostBytes: [UInt8]) {
        self.original = original
        self.misread = misread
        self.kind = kind
        self.lostBytes = lostBytes
        lostLeadBytes = lostBytes.filter { (0xE1...0xEF).contains($0) }
        lostContinuationBytes = lostBytes.filter(UTF8Sequence.isContinuation)
        lostContinuationMask = lostContinuationBytes.reduce(0) { $0 | 1 << UInt64($1 - 0x80) }
    }
    /// How many bytes one U+FFFD of the misreading may stand for: one for an illegal byte,
    /// two for a well-formed but unassigned pair of a double-byte charset.
    var maximumLostPerMark: Int {
        switch misread {
        case .windows1252, .gbk: return 1
        case .big5, .shiftJIS, .eucJP, .eucKR: return 2
        }
    }

    /// Every transform the repair tries.
    static let all: [RecodeTransform] = [
        // Windows-1252 decodes every byte (its five unassigned ones as C1 controls), but other
        // tools drop those five, so they may stand behind U+FFFD or `?`.
        RecodeTransform(original: .utf8, misread: .windows1252, kind: .utf8AsWindows1252, lostBytes: [0x81, 0x8D, 0x8F, 0x90, 0x9D]),
        RecodeTransform(original: .utf8, misread: .gbk, kind: .utf8AsGBK, lostBytes: Array(0x80...0xFF)),
        RecodeTransform(original: .utf8, misread: .big5, kind: .utf8AsBig5, lostBytes: Array(0x80...0xFF)),
        RecodeTransform(original: .utf8, misread: .shiftJIS, kind: .utf8AsShiftJIS, lostBytes: Array(0x80...0xFF)),
        RecodeTransform(original: .utf8, misread: .eucKR, kind: .utf8AsEUCKR, lostBytes: Array(0x80...0xFF)),
        RecodeTransform(original: .legacy(.shiftJIS), misread: .windows1252, kind: .shiftJISAsWindows1252, lostBytes: []),
        RecodeTransform(original: .legacy(.eucJP), misread: .windows1252, kind: .eucJPAsWindows1252, lostBytes: []),
        RecodeTransform(original: .legacy(.eucKR), misread: .windows1252, kind: .eucKRAsWindows1252, lostBytes: []),
        RecodeTransform(original: .legacy(.gbk), misread: .windows1252, kind: .gbkAsWindows1252, lostBytes: []),
        RecodeTransform(original: .legacy(.big5), misread: .windows1252, kind: .big5AsWindows1252, lostBytes: []),
        RecodeTransform(original: .legacy(.gbk), misread: .big5, kind: .gbkAsBig5, lostBytes: []),
        RecodeTransform(original: .legacy(.big5), misread: .gbk, kind: .big5AsGBK, lostBytes: []),
    ]
}
