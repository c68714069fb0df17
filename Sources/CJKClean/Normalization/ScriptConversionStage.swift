/// One step of a conversion: phrases first, characters for the rest.
///
/// The text is cut into runs of non-ASCII characters (with the ASCII letters, digits and
/// hyphens that touch them, since a few phrases contain them); everything else is copied.
/// In each run every dictionary match is a candidate segment, and the segmentation with the
/// fewest segments wins (a single character is a segment too). Ties go to the segmentation whose
/// earlier segment is longer, then to dictionary phrases over ICU phrases.
///
/// All tables are written in `init` and only read afterwards, so a stage is safe to share.
final class ScriptConversionStage: @unchecked Sendable {
    /// The dictionary phrases (and single characters) of this step.
    let phrases: ScriptConversionTrie
    /// Phrase rules taken from ICU; they lose ties against ``phrases``.
    let supplementaryPhrases: ScriptConversionTrie
    /// Single-character replacements of BMP characters, `(byteOffset << 8) | byteLength` into
    /// ``characterPool`` (0 = unchanged), as a raw buffer for the hot loop.
    private let basicCharacters: UnsafeMutablePointer<UInt32>
    /// The same for characters above the BMP.
    private let supplementaryCharacters: [UInt32: UInt32]
    /// The replacement bytes of all single characters.
    private let characterPool: UnsafeMutablePointer<UInt8>
    /// One bit per hashed pair of the first two characters of any phrase (of either trie). Most
    /// positions in real text start no phrase; a clear bit lets them skip both trie walks.
    private let phraseStarts: UnsafeMutablePointer<UInt64>
    private static let phraseStartWords = 1 << 14  // 2^20 bits, 128 KiB

    /// Creates a step.
    /// - Parameters:
    ///   - phrases: The dictionary phrases; its single-character entries form the character table.
    ///   - supplementaryPhrases: Lower-priority phrases.
    ///   - extraCharacters: Single-character replacements used where `phrases` has none.
    init(
        phrases: ScriptConversionTrie, supplementaryPhrases: ScriptConversionTrie = ScriptConversionTrie(),
        extraCharacters: [(scalar: UInt32, value: [UInt8])] = []
    ) {
        var table = ScriptConversionCharacterTable(singleCharactersOf: phrases)
        for (scalar, value) in extraCharacters {
            table.add(scalar, value)
        }
        self.phrases = phrases
        self.supplementaryPhrases = supplementaryPhrases
        supplementaryCharacters = table.supplementary
        basicCharacters = .allocate(capacity: 0x10000)
        basicCharacters.initialize(repeating: 0, count: 0x10000)
        for (scalar, packed) in table.basic.enumerated().prefix(0x10000) { basicCharacters[scalar] = packed }
        phraseStarts = .allocate(capacity: Self.phraseStartWords)
        phraseStarts.initialize(repeating: 0, count: Self.phraseStartWords)
        for trie in [phrases, supplementaryPhrases] {
            trie.forEachPrefixPair { [phraseStarts] first, second, _ in
                let bit = Self.pairHash(first, second)
                phraseStarts[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        characterPool = .allocate(capacity: max(table.pool.count, 1))
        characterPool.initialize(repeating: 0, count: max(table.pool.count, 1))
        for (index, byte) in table.pool.enumerated() { characterPool[index] = byte }
    }

    deinit {
        basicCharacters.deallocate()
        characterPool.deallocate()
        phraseStarts.deallocate()
    }

    /// A 20-bit hash of two scalars.
    @inline(__always)
    private static func pairHash(_ first: UInt32, _ second: UInt32) -> Int {
        Int(truncatingIfNeeded: ((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77) ^ (second >> 7)) >> 12)
    }

    /// Whether some phrase may start with these two scalars (false positives are possible).
    @inline(__always)
    private func mayStartPhrase(_ first: UInt32, _ second: UInt32) -> Bool {
        let bit = Self.pairHash(first, second)
        return phraseStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Converts UTF-8 text.
    /// - Parameters:
    ///   - bytes: Valid UTF-8.
    ///   - output: Receives the converted UTF-8.
    func convert(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout ScriptConversionOutput) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        output.reserve(count + count / 8)
        var workspace = Workspace()
        var index = 0
        while index < count {
            let byte = base[index]
            if byte < 0x80 && !Self.joinsRun(byte) {
                // Copy a stretch of ASCII that cannot start a run.
                var end = index + 1
                while end < count, base[end] < 0x80, !Self.joinsRun(base[end]) { end += 1 }
                output.append(base + index, end - index)
                index = end
                continue
            }
            let runStart = index
            var hasNonASCII = false
            workspace.count = 0
            while index < count {
                let lead = base[index]
                var scalar: UInt32
                var length: Int
                if lead < 0x80 {
                    guard Self.joinsRun(lead) else { break }
                    scalar = UInt32(lead)
                    length = 1
                } else {
                    hasNonASCII = true
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
                    var offset = 1
                    while offset < length {
                        scalar = scalar << 6 | UInt32(base[index + offset] & 0x3F)
                        offset += 1
                    }
                }
                workspace.push(scalar, offset: index)
                index += length
                // No phrase contains CJK punctuation, so a run may end after it; a run also ends
                // at a fixed length, which bounds the scratch memory for text without breaks.
                if Self.endsRun(scalar) || workspace.count >= Self.maximumRunLength { break }
            }
            if hasNonASCII {
                workspace.offsets[workspace.count] = index
                convertRun(&workspace, source: base, into: &output)
            } else {
                output.append(base + runStart, index - runStart)
            }
        }
    }

    /// ASCII that may be part of a phrase: letters, digits, hyphen.
    @inline(__always)
    private static func joinsRun(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte == 0x2D
    }

    /// The longest run converted in one piece, in scalars.
    private static let maximumRunLength = 1 << 16

    /// CJK and full-width punctuation, which no dictionary phrase contains (U+3007 〇 is a
    /// numeral and does occur).
    @inline(__always)
    private static func endsRun(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3000...0x3006, 0x3008...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
            true
        default:
            false
        }
    }

    /// Scratch buffers for one run, reused across runs of one call.
    private struct Workspace: ~Copyable {
        var capacity = 256
        var count = 0
        var scalars: UnsafeMutablePointer<UInt32> = .allocate(capacity: 257)
        var offsets: UnsafeMutablePointer<Int> = .allocate(capacity: 257)
        var cost: UnsafeMutablePointer<Int32> = .allocate(capacity: 257)
        var length: UnsafeMutablePointer<Int32> = .allocate(capacity: 257)
        var value: UnsafeMutablePointer<UInt32> = .allocate(capacity: 257)
        var source: UnsafeMutablePointer<UInt8> = .allocate(capacity: 257)

        @inline(__always)
        mutating func push(_ scalar: UInt32, offset: Int) {
            if count == capacity { grow() }
            scalars[count] = scalar
            offsets[count] = offset
            count += 1
        }

        private mutating func grow() {
            let newCapacity = capacity * 2
            func regrow<T>(_ pointer: inout UnsafeMutablePointer<T>) {
                let fresh = UnsafeMutablePointer<T>.allocate(capacity: newCapacity + 1)
                fresh.moveInitialize(from: pointer, count: count)
                pointer.deallocate()
                pointer = fresh
            }
            // The segmentation buffers hold nothing between runs: replace them without copying.
            func replace<T>(_ pointer: inout UnsafeMutablePointer<T>) {
                pointer.deallocate()
                pointer = .allocate(capacity: newCapacity + 1)
            }
            regrow(&scalars)
            regrow(&offsets)
            replace(&cost)
            replace(&length)
            replace(&value)
            replace(&source)
            capacity = newCapacity
        }

        deinit {
            scalars.deallocate()
            offsets.deallocate()
            cost.deallocate()
            length.deallocate()
            value.deallocate()
            source.deallocate()
        }
    }

    /// Cost of one segment. A run has at most ``maximumRunLength`` (2^16) segments, so costs stay
    /// below 2^31; ICU penalties would need 16,384 ICU phrases in one run to outweigh a segment.
    private static let segmentCost: Int32 = 1 << 14
    /// Added for each ICU phrase, so that dictionary phrases win ties.
    private static let supplementaryPenalty: Int32 = 1
    private static let fromCharacters: UInt8 = 0
    private static let fromPhrases: UInt8 = 1
    private static let fromSupplementary: UInt8 = 2

    @inline(__always)
    private func characterReplacement(_ scalar: UInt32) -> UInt32 {
        scalar < 0x10000 ? basicCharacters[Int(scalar)] : supplementaryCharacters[scalar] ?? 0
    }

    /// The best segment found so far at one position.
    private struct Choice {
        var cost: Int32
        var length: Int32
        var value: UInt32
        var source: UInt8
    }

    /// Offers every key of `trie` that starts at `position` (two scalars or longer) as a segment.
    /// - Parameters:
    ///   - penalty: Added to the cost of these segments; with a penalty, ties go to the longer
    ///     segment only, without one to the later-considered (longer) segment.
    @inline(__always)
    private static func consider(
        _ trie: ScriptConversionTrie.Reader, penalty: Int32, source: UInt8, at position: Int, _ second: UInt32,
        _ scalars: UnsafeMutablePointer<UInt32>, _ count: Int, _ cost: UnsafeMutablePointer<Int32>,
        _ best: inout Choice
    ) {
        let pair = trie.pair(scalars[position], second)
        if pair == 0 { return }
        var node = UInt32(truncatingIfNeeded: pair) & 0x7FFF_FFFF
        var packed = UInt32(truncatingIfNeeded: pair >> 32)
        var hasChildren = pair & (1 << 31) != 0
        var next = position + 2
        while true {
            if packed != ScriptConversionTrie.noValue {
                let candidate = cost[next] + segmentCost + penalty
                let length = Int32(next - position)
                if candidate < best.cost || (candidate == best.cost && (penalty == 0 || length > best.length)) {
                    best = Choice(cost: candidate, length: length, value: packed, source: source)
                }
            }
            guard hasChildren, next < count else { return }
            node = trie.child(of: node, scalars[next])
            next += 1
            if node == 0 { return }
            packed = trie.value(at: node)
            hasChildren = trie.hasChildren(node)
        }
    }

    private func convertRun(
        _ workspace: inout Workspace, source input: UnsafePointer<UInt8>,
        into output: inout ScriptConversionOutput
    ) {
        let count = workspace.count
        let scalars = workspace.scalars
        let cost = workspace.cost
        let length = workspace.length
        let value = workspace.value
        let source = workspace.source
        let phrases = self.phrases.reader
        let supplementary = self.supplementaryPhrases.reader
        cost[count] = 0
        var position = count - 1
        while position >= 0 {
            let scalar = scalars[position]
            var best = Choice(
                cost: cost[position + 1] + Self.segmentCost, length: 1, value: characterReplacement(scalar),
                source: Self.fromCharacters)
            if position + 1 < count, mayStartPhrase(scalar, scalars[position + 1]) {
                let second = scalars[position + 1]
                Self.consider(
                    phrases, penalty: 0, source: Self.fromPhrases, at: position, second, scalars, count, cost, &best)
                Self.consider(
                    supplementary, penalty: Self.supplementaryPenalty, source: Self.fromSupplementary, at: position,
                    second, scalars, count, cost, &best)
            }
            cost[position] = best.cost
            length[position] = best.length
            value[position] = best.value
            source[position] = best.source
            position -= 1
        }
        let offsets = workspace.offsets
        var cursor = 0
        while cursor < count {
            let packed = value[cursor]
            let segmentLength = Int(length[cursor])
            switch source[cursor] {
            case Self.fromPhrases:
                output.append(self.phrases.valueStart(packed), Int(packed & 0xFF))
            case Self.fromSupplementary:
                output.append(supplementaryPhrases.valueStart(packed), Int(packed & 0xFF))
            default:
                if packed == 0 {
                    output.append(input + offsets[cursor], offsets[cursor + 1] - offsets[cursor])
                } else {
                    output.append(UnsafePointer(characterPool + Int(packed >> 8)), Int(packed & 0xFF))
                }
            }
            cursor += segmentLength
        }
    }
}
