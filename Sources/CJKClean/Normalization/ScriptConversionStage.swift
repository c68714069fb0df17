/// One step of a conversion: phrases first, characters for the rest.
///
/// The text is cut into runs of non-ASCII characters (with the ASCII letters, digits and
/// hyphens that touch them, since a few phrases contain them); everything else is copied.
/// In each run every dictionary match is a candidate segment, and the segmentation with the
/// fewest segments wins (a single character is a segment too). Ties go to the segmentation whose
/// earlier segment is longer, then to dictionary phrases over ICU phrases.
final class ScriptConversionStage: Sendable {
    /// The dictionary phrases (and single characters) of this step.
    let phrases: ScriptConversionTrie
    /// Phrase rules taken from ICU; they lose ties against ``phrases``.
    let supplementaryPhrases: ScriptConversionTrie
    /// Every single-character replacement of this step.
    let characters: ScriptConversionCharacterTable

    /// Creates a step.
    /// - Parameters:
    ///   - phrases: The dictionary phrases; its single-character entries join `characters`.
    ///   - supplementaryPhrases: Lower-priority phrases.
    ///   - extraCharacters: Single-character replacements used where `phrases` has none.
    init(phrases: ScriptConversionTrie, supplementaryPhrases: ScriptConversionTrie = ScriptConversionTrie(),
         extraCharacters: [(scalar: UInt32, value: [UInt8])] = []) {
        var table = ScriptConversionCharacterTable()
        for (key, value) in phrases.entries() where key.count == 1 {
            table.add(key[0], value)
        }
        for (scalar, value) in extraCharacters {
            table.add(scalar, value)
        }
        self.phrases = phrases
        self.supplementaryPhrases = supplementaryPhrases
        self.characters = table
    }

    /// Converts UTF-8 text.
    /// - Parameter input: Valid UTF-8.
    /// - Returns: The converted UTF-8.
    func convert(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8 + 16)
        var workspace = Workspace()
        input.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 && !Self.joinsRun(byte) {
                    output.append(byte)
                    index += 1
                    continue
                }
                let runStart = index
                var hasNonASCII = false
                workspace.scalars.removeAll(keepingCapacity: true)
                while index < count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        guard Self.joinsRun(lead) else { break }
                        workspace.scalars.append(UInt32(lead))
                        index += 1
                        continue
                    }
                    hasNonASCII = true
                    var scalar: UInt32
                    var length: Int
                    if lead < 0xE0 {
                        scalar = UInt32(lead & 0x1F)
                        length = 2
                    } else if lead < 0xF0 {
                        scalar = UInt32(lead & 0x0F)
                        length = 3
                    } else {
                        scalar = UInt32(lead & 0x07)
                        length = 4
                    }
                    length = min(length, count - index)
                    for offset in 1..<max(length, 1) {
                        scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
                    }
                    workspace.scalars.append(scalar)
                    index += max(length, 1)
                }
                if hasNonASCII {
                    convertRun(&workspace, into: &output)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                }
            }
        }
        return output
    }

    /// ASCII that may be part of a phrase: letters, digits, hyphen.
    @inline(__always)
    private static func joinsRun(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2D
    }

    /// Scratch arrays reused across runs.
    private struct Workspace {
        var scalars: [UInt32] = []
        var cost: [Int32] = []
        var length: [Int32] = []
        var value: [UInt32] = []
        var source: [UInt8] = []
    }

    private static let segmentCost: Int32 = 16
    private static let supplementaryPenalty: Int32 = 1
    private enum Source: UInt8 { case character = 0, phrase = 1, supplementary = 2 }

    private func convertRun(_ workspace: inout Workspace, into output: inout [UInt8]) {
        let count = workspace.scalars.count
        if workspace.cost.count < count + 1 {
            let capacity = max(count + 1, workspace.cost.count * 2)
            workspace.cost = [Int32](repeating: 0, count: capacity)
            workspace.length = [Int32](repeating: 0, count: capacity)
            workspace.value = [UInt32](repeating: 0, count: capacity)
            workspace.source = [UInt8](repeating: 0, count: capacity)
        }
        let noValue = ScriptConversionTrie.noValue
        workspace.scalars.withUnsafeBufferPointer { scalars in
            workspace.cost.withUnsafeMutableBufferPointer { cost in
                workspace.length.withUnsafeMutableBufferPointer { length in
                    workspace.value.withUnsafeMutableBufferPointer { value in
                        workspace.source.withUnsafeMutableBufferPointer { source in
                            cost[count] = 0
                            var position = count - 1
                            while position >= 0 {
                                let scalar = scalars[position]
                                var bestCost = cost[position + 1] + Self.segmentCost
                                var bestLength: Int32 = 1
                                var bestValue = characters.replacement(scalar)
                                var bestSource = Source.character
                                var node = phrases.rootChild(scalar)
                                var next = position + 1
                                while node != 0 && next < count {
                                    node = phrases.child(of: node, scalars[next])
                                    next += 1
                                    if node == 0 { break }
                                    let packed = phrases.value(at: node)
                                    if packed != noValue {
                                        let candidate = cost[next] + Self.segmentCost
                                        if candidate <= bestCost {
                                            bestCost = candidate
                                            bestLength = Int32(next - position)
                                            bestValue = packed
                                            bestSource = .phrase
                                        }
                                    }
                                }
                                node = supplementaryPhrases.rootChild(scalar)
                                next = position + 1
                                while node != 0 && next < count {
                                    node = supplementaryPhrases.child(of: node, scalars[next])
                                    next += 1
                                    if node == 0 { break }
                                    let packed = supplementaryPhrases.value(at: node)
                                    if packed != noValue {
                                        let candidate = cost[next] + Self.segmentCost + Self.supplementaryPenalty
                                        if candidate < bestCost
                                            || (candidate == bestCost && Int32(next - position) > bestLength) {
                                            bestCost = candidate
                                            bestLength = Int32(next - position)
                                            bestValue = packed
                                            bestSource = .supplementary
                                        }
                                    }
                                }
                                cost[position] = bestCost
                                length[position] = bestLength
                                value[position] = bestValue
                                source[position] = bestSource.rawValue
                                position -= 1
                            }
                            var cursor = 0
                            while cursor < count {
                                let packed = value[cursor]
                                switch source[cursor] {
                                case Source.phrase.rawValue:
                                    Self.appendPooled(packed, from: phrases.pool, to: &output)
                                case Source.supplementary.rawValue:
                                    Self.appendPooled(packed, from: supplementaryPhrases.pool, to: &output)
                                default:
                                    if packed == 0 {
                                        Self.appendUTF8(scalars[cursor], to: &output)
                                    } else {
                                        Self.appendPooled(packed, from: characters.pool, to: &output)
                                    }
                                }
                                cursor += Int(length[cursor])
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func appendPooled(_ packed: UInt32, from pool: [UInt8], to output: inout [UInt8]) {
        let start = Int(packed >> 8)
        let end = start + Int(packed & 0xFF)
        pool.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    @inline(__always)
    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18) & 0x07))
            output.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            output.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
