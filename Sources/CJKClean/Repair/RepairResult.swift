/// One change made by ``MojibakeRepair``.
public struct Repair: Sendable, Hashable, Codable {
    /// The mechanism that made a repair.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A pinyin reading in parentheses after the character it glosses, e.g. `現(xiàn)場` → `現場`.
        case pinyinGloss
        /// A run of GBK bytes decoded one byte off, e.g. `其他?;鹛嶙h` → `其他停火提議`.
        case shiftedGBKIsland
        /// A numeric character reference left escaped, e.g. `&#20013;` or `&amp;#x4E2D;` → `中`.
        case numericEntity
        /// UTF-8 decoded as Windows-1252 or Latin-1, e.g. `ä¸­æ–‡` → `中文`.
        case utf8AsWindows1252
        /// UTF-8 decoded as GBK or GB18030, e.g. `涓枃` → `中文`.
        case utf8AsGBK
        /// UTF-8 decoded as Big5.
        case utf8AsBig5
        /// UTF-8 decoded as Shift_JIS, e.g. `譌･譛ｬ` → `日本`.
        case utf8AsShiftJIS
        /// UTF-8 decoded as EUC-KR.
        case utf8AsEUCKR
        /// Shift_JIS decoded as Windows-1252, e.g. `“ú–{` → `日本`.
        case shiftJISAsWindows1252
        /// EUC-JP decoded as Windows-1252.
        case eucJPAsWindows1252
        /// EUC-KR decoded as Windows-1252.
        case eucKRAsWindows1252
        /// GBK decoded as Windows-1252.
        case gbkAsWindows1252
        /// Big5 decoded as Windows-1252.
        case big5AsWindows1252
        /// GBK decoded as Big5.
        case gbkAsBig5
        /// Big5 decoded as GBK.
        case big5AsGBK
    }

    /// The mechanism that made this repair.
    public var kind: Kind
    /// Offset, in Unicode scalars, of the changed span in the text as it was when this repair was
    /// made (that is, with every earlier repair in the list already applied).
    public var offset: Int
    /// The text that was replaced.
    public var before: String
    /// The replacement.
    public var after: String
    /// How sure the repair is, from 0 to 1.
    public var confidence: Double

    /// Creates a repair record.
    /// - Parameters:
    ///   - kind: The mechanism.
    ///   - offset: Offset of the changed span, in Unicode scalars.
    ///   - before: The replaced text.
    ///   - after: The replacement.
    ///   - confidence: Confidence from 0 to 1.
    public init(kind: Kind, offset: Int, before: String, after: String, confidence: Double) {
        self.kind = kind
        self.offset = offset
        self.before = before
        self.after = after
        self.confidence = confidence
    }
}

/// The outcome of ``MojibakeRepair/repair(_:)``: the repaired text and what was changed.
public struct RepairResult: Sendable, Hashable {
    /// The repaired text (identical to the input when ``repairs`` is empty).
    public var text: String
    /// Every change, in the order it was made.
    public var repairs: [Repair]

    /// A human-readable account of the repairs, one per line: kind, offset, before → after, confidence.
    public var explanation: String {
        repairs.map { repair in
            let confidence = Int((repair.confidence * 100).rounded())
            return "\(repair.kind.rawValue) @\(repair.offset): \(repair.before) → \(repair.after) (\(confidence)%)"
        }.joined(separator: "\n")
    }
}

/// A replacement of a span of Unicode scalars, proposed by one repair mechanism.
struct ScalarEdit: Sendable {
    var range: Range<Int>
    var replacement: [Unicode.Scalar]
    var kind: Repair.Kind
    var confidence: Double
}

extension Array where Element == Unicode.Scalar {
    /// The scalars as a string.
    var string: String {
        // Encoding straight into the string's storage is much faster than appending scalars
        // to a string one by one.
        String(unsafeUninitializedCapacity: count * 4) { encodeUTF8(into: $0) }
    }

    /// The scalars' UTF-8 bytes.
    /// - Parameter extra: Room to reserve for bytes the caller appends.
    func utf8Bytes(reservingExtra extra: Int = 0) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count * 4 + extra) { buffer, length in
            length = encodeUTF8(into: buffer)
        }
    }

    /// Writes the scalars' UTF-8 bytes into a buffer with room for four bytes per scalar.
    /// - Returns: How many bytes were written.
    private func encodeUTF8(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        for scalar in self {
            let value = scalar.value
            switch value {
            case 0..<0x80:
                buffer[length] = UInt8(value)
                length += 1
            case 0x80..<0x800:
                buffer[length] = UInt8(0xC0 | value >> 6)
                buffer[length + 1] = UInt8(0x80 | value & 0x3F)
                length += 2
            case 0x800..<0x10000:
                buffer[length] = UInt8(0xE0 | value >> 12)
                buffer[length + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[length + 2] = UInt8(0x80 | value & 0x3F)
                length += 3
            default:
                buffer[length] = UInt8(0xF0 | value >> 18)
                buffer[length + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                buffer[length + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[length + 3] = UInt8(0x80 | value & 0x3F)
                length += 4
            }
        }
        return length
    }

    /// Applies non-overlapping edits sorted by position, recording each as a ``Repair`` whose
    /// offset accounts for the edits before it.
    /// - Parameters:
    ///   - edits: The edits, sorted and not overlapping.
    ///   - repairs: The list the changes are appended to.
    ///   - source: The string of these scalars: the text each edit replaces is cut from it, and
    ///     the result's string is pieced together from it, instead of encoding and validating
    ///     the same characters again.
    /// - Returns: The edited scalars and their string.
    func applying(
        _ edits: [ScalarEdit], into repairs: inout [Repair], source: String
    ) -> (scalars: [Unicode.Scalar], string: String) {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(count)
        var text = ""
        text.reserveCapacity(source.utf8.count)
        let view = source.unicodeScalars
        var sourceIndex = view.startIndex
        var cursor = 0
        for edit in edits where edit.range.lowerBound >= cursor {
            output.append(contentsOf: self[cursor..<edit.range.lowerBound])
            let editStart = view.index(sourceIndex, offsetBy: edit.range.lowerBound - cursor)
            let editEnd = view.index(editStart, offsetBy: edit.range.count)
            let after = edit.replacement.string
            text.append(contentsOf: Substring(view[sourceIndex..<editStart]))
            text.append(after)
            repairs.append(
                Repair(
                    kind: edit.kind, offset: output.count, before: String(Substring(view[editStart..<editEnd])),
                    after: after, confidence: edit.confidence))
            output.append(contentsOf: edit.replacement)
            cursor = edit.range.upperBound
            sourceIndex = editEnd
        }
        output.append(contentsOf: self[cursor...])
        text.append(contentsOf: Substring(view[sourceIndex...]))
        return (output, text)
    }
}
