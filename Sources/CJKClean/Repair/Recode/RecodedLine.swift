/// The bytes of one line under a misreading charset, and a decoder that reads them back in the
/// charset they really were in, allowing for bytes the misreading lost.
struct RecodedLine {
    /// What stands at one byte position.
    enum Item: Equatable {
        /// A known byte; `mayBeLost` marks a `?` that may stand for a lost byte.
        case byte(UInt8, mayBeLost: Bool)
        /// A byte lost by the misreading decoder (the text shows U+FFFD).
        case lost
        /// A character the misreading charset cannot produce: nothing crosses it.
        case barrier
    }

    /// One decoded character: the choices for it (several when it contains a lost byte).
    typealias Unit = DecodedUnit

    private(set) var items: [Item] = []
    /// The item at which each scalar of the line starts, plus one past the end.
    private(set) var scalarStarts: [Int] = []
    /// The scalar that each item belongs to.
    private(set) var owners: [Int] = []

    /// Encodes a line in the misreading charset.
    /// - Parameters:
    ///   - line: The line's scalars.
    ///   - transform: The misreading.
    init(_ line: ArraySlice<Unicode.Scalar>, transform: RecodeTransform) {
        let table = transform.misread.table
        let lossy = !transform.lostBytes.isEmpty
        // Written straight into arrays sized for two bytes per scalar, the most a misreading
        // charset gives one: every line a misreading is tried on is encoded here, and appending
        // checked each array's room and ownership for every byte.
        let room = line.count * 2
        var owners: [Int] = []
        var scalarStarts: [Int] = []
        items = [Item](unsafeUninitializedCapacity: room) { items, itemCount in
            owners = [Int](unsafeUninitializedCapacity: room) { owners, ownerCount in
                scalarStarts = [Int](unsafeUninitializedCapacity: line.count + 1) { starts, startCount in
                    var count = 0
                    func add(_ item: Item, owner: Int) {
                        items.initializeElement(at: count, to: item)
                        owners.initializeElement(at: count, to: owner)
                        count += 1
                    }
                    for (offset, scalar) in line.enumerated() {
                        starts.initializeElement(at: offset, to: count)
                        if scalar == "\u{FFFD}" {
                            add(lossy ? .lost : .barrier, owner: offset)
                        } else if scalar == "?" {
                            add(.byte(0x3F, mayBeLost: lossy), owner: offset)
                        } else {
                            let packed = table.packedBytes(of: scalar)
                            switch packed >> 16 {
                            case 1:
                                add(.byte(UInt8(truncatingIfNeeded: packed), mayBeLost: false), owner: offset)
                            case 2:
                                add(.byte(UInt8(truncatingIfNeeded: packed >> 8), mayBeLost: false), owner: offset)
                                add(.byte(UInt8(truncatingIfNeeded: packed), mayBeLost: false), owner: offset)
                            default:
                                add(.barrier, owner: offset)
                            }
                        }
                    }
                    starts.initializeElement(at: line.count, to: count)
                    startCount = line.count + 1
                    ownerCount = count
                    itemCount = count
                }
            }
        }
        self.owners = owners
        self.scalarStarts = scalarStarts
    }

    /// Whether the scalar at `offset` cannot be re-encoded at all.
    func isBarrier(_ offset: Int) -> Bool {
        if case .barrier = items[scalarStarts[offset]] { return true }
        return false
    }

    /// Whether UTF-8 decoding from the start of scalar `offset` may give a character: `false`
    /// when its first byte is known and cannot begin a sequence, or begins one that the known
    /// byte after it cannot continue (the decoder would stop at once).
    func mayDecodeUTF8(from offset: Int) -> Bool {
        let position = scalarStarts[offset]
        guard case .byte(let lead, _) = items[position] else { return true }
        guard let length = UTF8Sequence.length(lead: lead) else { return false }
        guard length > 1, position + 1 < items.count, case .byte(let next, let mayBeLost) = items[position + 1] else {
            return true
        }
        return mayBeLost || UTF8Sequence.isContinuation(next)
    }

    /// The character that UTF-8 decoding from the start of scalar `offset` begins with, when
    /// its bytes are all known and form a valid sequence; `nil` otherwise.
    func knownUTF8Character(at offset: Int) -> Unicode.Scalar? {
        let position = scalarStarts[offset]
        guard case .byte(let lead, _) = items[position], let length = UTF8Sequence.length(lead: lead) else {
            return nil
        }
        if length == 1 { return Unicode.Scalar(lead) }
        return knownSequence(lead: lead, at: position, length: length, before: items.count)?.0 ?? nil
    }

    /// Decodes from the start of scalar `offset` as far as the original charset allows.
    /// - Parameters:
    ///   - offset: The first scalar of the stretch.
    ///   - transform: The misreading to undo.
    ///   - maximumScalars: How many scalars of the line the stretch may cover.
    ///   - choices: The choices for characters with lost bytes met so far under this
    ///     misreading, extended with any new ones.
    ///   - decoding: Receives the decoding, possibly empty. Its earlier contents are dropped
    ///     and its storage reused: a line is decoded from one start after another.
    func decode(
        from offset: Int, transform: RecodeTransform, maximumScalars: Int, choices: inout LostByteChoices,
        into decoding: inout Decoding
    ) {
        decoding.removeAll()
        switch transform.original {
        case .utf8:
            decodeUTF8(
                from: offset, transform: transform, maximumScalars: maximumScalars, choices: &choices, into: &decoding)
        case .legacy(let charset):
            decodeLegacy(from: offset, table: charset.table, maximumScalars: maximumScalars, into: &decoding)
        }
    }

    /// Records an end after the character whose last byte is at `position`, when the next byte
    /// starts a scalar of the line. (Inlined: this runs for every character decoded.)
    @inline(__always)
    private func recordEnd(after position: Int, into decoding: inout Decoding) {
        if let scalar = scalarEnded(before: position + 1) { decoding.ends.append((scalar, decoding.count)) }
    }

    /// The scalar of the line that a character ending just before item `next` ends on (the
    /// line's scalar count at its end), or `nil` when `next` falls inside a scalar.
    @inline(__always)
    func scalarEnded(before next: Int) -> Int? {
        if next == items.count { return scalarStarts.count - 1 }
        return owners[next] != owners[next - 1] ? owners[next] : nil
    }

    /// The character that the original legacy charset decodes at item `position`, with the
    /// position after it: a single byte, or a lead and trail byte both before `limit`.
    /// - Returns: `nil` when no character decodes there.
    @inline(__always)
    func legacyCharacter(at position: Int, table: CharsetTable, before limit: Int) -> (Unicode.Scalar, next: Int)? {
        guard case .byte(let byte, _) = items[position] else { return nil }
        if let scalar = table.character(single: byte) { return (scalar, position + 1) }
        guard position + 1 < limit, case .byte(let trail, _) = items[position + 1],
            let scalar = table.character(lead: byte, trail: trail)
        else { return nil }
        return (scalar, position + 2)
    }

    /// Whether the item at `position` is a mark of lost bytes (a `?` counts only mid-character).
    private func isLostMark(_ position: Int, needed: Int) -> Bool {
        guard position < items.count else { return false }
        switch items[position] {
        case .lost: return true
        case .byte(let byte, let mayBeLost): return mayBeLost && needed > 0 && !UTF8Sequence.isContinuation(byte)
        case .barrier: return false
        }
    }

    /// How many known continuation bytes follow `position` (at most `limit`).
    private func knownContinuations(after position: Int, upTo limit: Int) -> Int {
        var count = 0
        while count < limit && isKnownContinuation(position + 1 + count) { count += 1 }
        return count
    }

    /// Whether the item at `position` is a known continuation byte.
    private func isKnownContinuation(_ position: Int) -> Bool {
        guard position < items.count, case .byte(let byte, _) = items[position] else { return false }
        return UTF8Sequence.isContinuation(byte)
    }

    /// What a lost byte must satisfy for the misreading decoder to have failed on it.
    enum HoleRule: Hashable {
        /// A byte lost alone: neither a character by itself nor with the known byte after it.
        case lone(next: UInt8?)
        /// The first of two bytes lost together: not a character by itself, and not a
        /// character with the second when both are known.
        case pairFirst
        /// The second of two bytes lost together.
        case pairSecond
    }

    /// The known byte at `position`, if any.

    private func knownByte(at position: Int) -> UInt8? {
        guard position < items.count, case .byte(let byte, _) = items[position] else { return nil }
        return byte
    }

    private func decodeUTF8(
        from offset: Int, transform: RecodeTransform, maximumScalars: Int, choices: inout LostByteChoices,
        into decoding: inout Decoding
    ) {
        let maximumLostPerMark = transform.maximumLostPerMark
        var pending: [UInt8?] = []
        var pendingRules: [HoleRule?] = []
        var needed = 0
        var position = scalarStarts[offset]
        let limit = scalarStarts[min(scalarStarts.count - 1, offset + maximumScalars)]
        // Room for as many characters as three-byte sequences fill the stretch with (most
        // text that reaches here is CJK), so that the arrays rarely grow.
        decoding.reserveCapacity((limit - position) / 3 + 4)

        /// Completes the pending character; `false` when no valid character fits.
        func finishCharacter() -> Bool {
            if !pending.contains(nil) {
                // Every byte known: one strict decoding, no choices to build.
                guard let scalar = UTF8Sequence.decode(pending.lazy.map { $0 ?? 0 }) else { return false }
                decoding.append(scalar)
                pending.removeAll(keepingCapacity: true)
                pendingRules.removeAll(keepingCapacity: true)
                return true
            }
            while pendingRules.count < pending.count { pendingRules.append(nil) }
            guard
                let unit = choices.unit(
                    bytes: pending, rules: pendingRules,
                    completions: { limit in
                        Self.completions(of: pending, rules: pendingRules, transform: transform, limit: limit)
                    })
            else { return false }
            decoding.hasLostBytes = true
            decoding.append(unit)
            pending.removeAll(keepingCapacity: true)
            pendingRules.removeAll(keepingCapacity: true)
            return true
        }

        while position < limit {
            let item = items[position]
            var isMark = false
            if case .lost = item { isMark = true }
            if case .byte(let byte, let mayBeLost) = item, mayBeLost, needed > 0, !UTF8Sequence.isContinuation(byte) {
                isMark = true
            }
            if isMark, case .lost = item, maximumLostPerMark > 1, case .lost? = items[safe: position + 1] {
                // Several marks in a row, each one or two bytes: take the smallest total that
                // the known continuation bytes after them complete exactly.
                var runEnd = position
                while runEnd < limit, case .lost = items[runEnd] { runEnd += 1 }
                let marks = runEnd - position
                let following = knownContinuations(after: runEnd - 1, upTo: 3)
                guard
                    let total = (marks...(marks * maximumLostPerMark)).first(where: { total in
                        let left = total <= needed ? needed - total : (3 - (total - needed) % 3) % 3
                        return left == following
                    })
                else { return }
                var holes = total
                let fill = min(needed, holes)
                pending.append(contentsOf: repeatElement(nil, count: fill))
                pendingRules.append(contentsOf: repeatElement(nil, count: fill))
                needed -= fill
                holes -= fill
                if needed == 0 && !pending.isEmpty {
                    guard finishCharacter() else { return }
                }
                while holes > 0 {
                    let count = min(3, holes)
                    // A character whose every byte was lost could be anything.
                    guard count < 3 else { return }
                    pending.removeAll(keepingCapacity: true)
                    pendingRules.removeAll(keepingCapacity: true)
                    pending.append(contentsOf: repeatElement(nil, count: count))
                    pendingRules.append(contentsOf: repeatElement(nil, count: count))
                    needed = 3 - count
                    holes -= count
                }
                position = runEnd - 1
            } else if isMark {
                // The mark stands for the continuation bytes still needed that the known bytes
                // after it do not supply and, when known continuation bytes follow a complete
                // character, for the lead byte (and missing continuations) they belong to.
                var first = 0
                if needed > 0 {
                    first = max(1, needed - knownContinuations(after: position, upTo: needed))
                    // Another mark right after this one covers the rest.
                    if isLostMark(position + 1, needed: needed - 1) { first = 1 }
                }
                var second = 0
                if needed == first && maximumLostPerMark > first && isKnownContinuation(position + 1) {
                    second = 1 + max(0, 2 - knownContinuations(after: position, upTo: 2))
                }
                let total = first + second
                guard total >= 1, total <= maximumLostPerMark else { return }
                // One hole stands alone; two were lost together, the first and the second.
                let next = knownByte(at: position + 1)
                func rule(ofHole hole: Int) -> HoleRule {
                    total == 1 ? .lone(next: next) : hole == 0 ? .pairFirst : .pairSecond
                }
                if first > 0 {
                    for hole in 0..<first {
                        pending.append(nil)
                        pendingRules.append(rule(ofHole: hole))
                    }
                    needed -= first
                    if needed == 0 {
                        guard finishCharacter() else { return }
                    }
                }
                if second > 0 {
                    pending.removeAll(keepingCapacity: true)
                    pendingRules.removeAll(keepingCapacity: true)
                    for hole in first..<total {
                        pending.append(nil)
                        pendingRules.append(rule(ofHole: hole))
                    }
                    needed = 3 - second
                    if needed == 0 {
                        guard finishCharacter() else { return }
                    }
                }
            } else {
                switch item {
                case .barrier, .lost: return
                case .byte(let byte, _):
                    if needed == 0 {
                        guard let length = UTF8Sequence.length(lead: byte) else { return }
                        if length == 1 {
                            decoding.append(Unicode.Scalar(byte))
                        } else if let (scalar, last) = knownSequence(
                            lead: byte, at: position, length: length, before: limit)
                        {
                            // Every byte known, the common case: decoded at once.
                            guard let scalar else { return }
                            decoding.append(scalar)
                            position = last
                        } else {
                            pending.removeAll(keepingCapacity: true)
                            pendingRules.removeAll(keepingCapacity: true)
                            pending.append(byte)
                            pendingRules.append(nil)
                            needed = length - 1
                        }
                    } else {
                        guard UTF8Sequence.isContinuation(byte) else { return }
                        pending.append(byte)
                        pendingRules.append(nil)
                        needed -= 1
                        if needed == 0 {
                            guard finishCharacter() else { return }
                        }
                    }
                }
            }
            if needed == 0 { recordEnd(after: position, into: &decoding) }
            position += 1
        }
    }

    /// A sequence whose every byte is known: `lead` at `position` and `length - 1` continuation
    /// bytes after it, all before `limit`.
    /// - Returns: The decoded scalar (`nil` when the bytes are not a valid sequence) and the
    ///   position of the last byte; `nil` when some byte is missing, lost or not a continuation
    ///   byte, which the byte-by-byte path handles.
    private func knownSequence(lead: UInt8, at position: Int, length: Int, before limit: Int) -> (Unicode.Scalar?, Int)?
    {
        let last = position + length - 1
        guard last < limit else { return nil }
        // Up to three continuation bytes, kept inline: this runs for almost every character
        // decoded.
        var continuations: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for offset in 1..<length {
            guard case .byte(let byte, _) = items[position + offset], UTF8Sequence.isContinuation(byte) else {
                return nil
            }
            switch offset {
            case 1: continuations.0 = byte
            case 2: continuations.1 = byte
            default: continuations.2 = byte
            }
        }
        let scalar = UTF8Sequence.decode(lead, continuations.0, continuations.1, continuations.2, count: length)
        return (scalar, last)
    }

    /// The valid characters that a sequence with lost bytes can be, given what the misreading
    /// decoder must have failed on.
    /// - Parameters:
    ///   - pending: The sequence's bytes, `nil` for a lost one.
    ///   - rules: What each hole must satisfy.
    ///   - transform: The misreading.
    ///   - limit: How many characters the caller keeps at most.
    ///   - usingRanking: Whether ``CompletionRanking`` may find the cheapest at once; when
    ///     `false`, every value is enumerated (what the ranking must agree with).
    /// - Returns: Every such character in decoding order or, when there are more than `limit`,
    ///   possibly just the `limit` cheapest, cheapest first (ties in decoding order).
    static func completions(
        of pending: [UInt8?], rules: [HoleRule?], transform: RecodeTransform, limit: Int, usingRanking: Bool = true
    ) -> [Unicode.Scalar] {
        // Every byte known: one strict decoding, the common case.
        if !pending.contains(nil) {
            return UTF8Sequence.decode(pending.lazy.map { $0 ?? 0 }).map { [$0] } ?? []
        }
        // No sequence is longer than four bytes.
        guard pending.count <= 4 else { return [] }
        // Every combination of the possible lost bytes, in order, without building each one.
        let table = transform.misread.table
        let checksRules = transform.misread != .windows1252
        // What a hole's rule says about its byte alone is checked once per byte, not per
        // combination.
        func allows(_ byte: UInt8, at index: Int) -> Bool {
            guard checksRules, index < rules.count, let rule = rules[index] else { return true }
            return Self.misreadingFails(onLostByte: byte, rule: rule, table: table)
        }
        // Only two bytes lost together need checking per combination: the misreading must
        // have failed on them as a pair.
        let pairs = checksRules ? Self.lostPairs(in: rules, count: pending.count) : []
        if usingRanking, pending.count == 3, let lead = pending[0], pending[2] == nil {
            // The ranking needs only which values each lost continuation byte may take, one bit
            // each: no lists are built unless it does not cover the sequence.
            func allowed(at index: Int) -> UInt64 {
                guard checksRules, index < rules.count, let rule = rules[index] else {
                    return transform.lostContinuationMask
                }
                return transform.lostContinuationMask & table.continuationBytesFailing(rule)
            }
            let secondMask = pending[1] == nil ? allowed(at: 1) : nil
            let thirdMask = allowed(at: 2)
            // A lost byte that no value fits: nothing does.
            guard secondMask != 0, thirdMask != 0 else { return [] }
            if let ranked = rankedCompletions(
                lead: lead, second: pending[1], secondMask: secondMask ?? 0, thirdMask: thirdMask, pairs: pairs,
                table: table, limit: limit)
            {
                return ranked
            }
        }
        let options: [[UInt8]] = pending.enumerated().map { index, byte in
            if let byte { return [byte] }
            return (index == 0 ? transform.lostLeadBytes : transform.lostContinuationBytes).filter {
                allows($0, at: index)
            }
        }
        guard options.allSatisfy({ !$0.isEmpty }) else { return [] }
        // Every combination in order, the last byte varying fastest; positions past the
        // sequence's end take one placeholder value, so that four loops serve every length.
        let count = options.count
        let placeholder: [UInt8] = [0]
        let (options0, options1) = (options[0], count > 1 ? options[1] : placeholder)
        let (options2, options3) = (count > 2 ? options[2] : placeholder, count > 3 ? options[3] : placeholder)
        let checksPairs = !pairs.isEmpty
        var decoded: [Unicode.Scalar] = []
        // Room for every combination, within reason: pairs lost together rule most out.
        decoded.reserveCapacity(min(4_096, options0.count * options1.count * options2.count * options3.count))
        for byte0 in options0 {
            for byte1 in options1 {
                for byte2 in options2 {
                    for byte3 in options3 {
                        let bytes = (byte0, byte1, byte2, byte3)
                        if checksPairs && pairs.contains(where: { Self.isCharacter(bytes, at: $0, in: table) }) {
                            continue
                        }
                        if let scalar = UTF8Sequence.decode(byte0, byte1, byte2, byte3, count: count),
                            scalar.isPlausibleAfterRecoding
                        {
                            decoded.append(scalar)
                        }
                    }
                }
            }
        }
        return decoded
    }

    /// The completions of a three-byte sequence whose known lead byte is followed by lost
    /// bytes, found by walking ``CompletionRanking`` until more than `limit` are valid.
    /// - Parameters:
    ///   - lead: The lead byte.
    ///   - second: The second byte, `nil` when it was lost.
    ///   - secondMask: When the second byte was lost, the continuation bytes it may be, one bit
    ///     each (bit 0 for 0x80).
    ///   - thirdMask: The continuation bytes the lost third byte may be.
    ///   - pairs: The positions of pairs lost together, which must not form a character of
    ///     the misreading charset.
    ///   - table: The misreading charset.
    ///   - limit: How many characters the caller keeps at most.
    /// - Returns: The `limit` cheapest, cheapest first, when there are more; otherwise all, in
    ///   decoding order. `nil` when the ranking does not cover the sequence.
    private static func rankedCompletions(
        lead: UInt8, second: UInt8?, secondMask: UInt64, thirdMask: UInt64, pairs: [Int], table: CharsetTable,
        limit: Int
    ) -> [Unicode.Scalar]? {
        guard limit > 0 else { return nil }
        let ranking = CompletionRanking.shared
        var found: [Unicode.Scalar] = []
        found.reserveCapacity(limit + 1)
        /// Takes a completion if it is valid; `true` once more than `limit` are taken.
        func take(_ second: UInt8, _ third: UInt8) -> Bool {
            guard thirdMask & 1 << (third - 0x80) != 0 else { return false }
            if !pairs.isEmpty
                && pairs.contains(where: { Self.isCharacter((lead, second, third, 0), at: $0, in: table) })
            {
                return false
            }
            guard let scalar = UTF8Sequence.decode(lead, second, third, 0, count: 3), scalar.isPlausibleAfterRecoding
            else { return false }
            found.append(scalar)
            return found.count > limit
        }
        var enough = false
        if let second {
            guard let thirds = ranking.thirdBytes(after: lead, second) else { return nil }
            for third in thirds where take(second, third) {
                enough = true
                break
            }
        } else {
            guard let ranked = ranking.continuationPairs(after: lead) else { return nil }
            for pair in ranked {
                let second = UInt8(truncatingIfNeeded: pair >> 8)
                guard secondMask & 1 << (second - 0x80) != 0 else { continue }
                if take(second, UInt8(truncatingIfNeeded: pair)) {
                    enough = true
                    break
                }
            }
        }
        if enough {
            found.removeLast()
            return found
        }
        // No more than the caller keeps: all of them, in decoding order as the caller expects.
        return found.sorted { $0.value < $1.value }
    }

    /// Whether the two bytes at `position` form a character of the misreading charset (so that
    /// its decoder would not have lost them).
    private static func isCharacter(
        _ bytes: (UInt8, UInt8, UInt8, UInt8), at position: Int, in table: CharsetTable
    ) -> Bool {
        switch position {
        case 0: return table.character(lead: bytes.0, trail: bytes.1) != nil
        case 1: return table.character(lead: bytes.1, trail: bytes.2) != nil
        default: return table.character(lead: bytes.2, trail: bytes.3) != nil
        }
    }

    /// Whether the misreading decoder must have failed on one lost byte, as far as its rule
    /// can tell from the byte alone (a pair is checked with both bytes).
    static func misreadingFails(onLostByte byte: UInt8, rule: HoleRule, table: CharsetTable) -> Bool {
        switch rule {
        case .lone(let next):
            if table.character(single: byte) != nil { return false }
            if let next, table.character(lead: byte, trail: next) != nil { return false }
            return true
        case .pairFirst: return table.character(single: byte) == nil
        case .pairSecond: return true
        }
    }

    /// The positions of the first bytes of pairs lost together (a ``HoleRule/pairFirst`` hole
    /// followed by a ``HoleRule/pairSecond`` one) among `count` bytes.
    private static func lostPairs(in rules: [HoleRule?], count: Int) -> [Int] {
        (0..<max(0, min(rules.count, count) - 1)).filter { rules[$0] == .pairFirst && rules[$0 + 1] == .pairSecond }
    }

    private func decodeLegacy(from offset: Int, table: CharsetTable, maximumScalars: Int, into decoding: inout Decoding)
    {
        var position = scalarStarts[offset]
        let limit = scalarStarts[min(scalarStarts.count - 1, offset + maximumScalars)]
        while position < limit {
            guard let (scalar, next) = legacyCharacter(at: position, table: table, before: limit) else { return }
            decoding.append(scalar)
            recordEnd(after: next - 1, into: &decoding)
            position = next
        }
    }
}

extension Unicode.Scalar {
    /// Whether a scalar may appear in the result of undoing a misreading: CJK scripts and
    /// symbols, Latin, and the punctuation CJK text uses; never controls, private-use
    /// characters or U+FFFD, and not the alphabets that a wrong decoding tends to produce.
    var isPlausibleAfterRecoding: Bool {
        // Comparisons rather than a switch over ranges: this runs for every value that lost
        // bytes could have had, and the switch called a range's `contains` for each case.
        let value = value
        if value < 0x3000 {
            if value < 0x80 { return value >= 0x20 ? value != 0x7F : value == 0x09 || value == 0x0A || value == 0x0D }
            return (value >= 0xA0 && value <= 0x24F) || value == 0x2C6 || value == 0x2DC
                || (value >= 0x2000 && value <= 0x2BFF)
        }
        if value <= 0x9FFF { return value <= 0x4DBF || value >= 0x4E00 }
        return (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0xFE30 && value <= 0xFE4F) || (value >= 0xFF01 && value <= 0xFFEE)
            || (value >= 0x20000 && value <= 0x3134F)
    }
}

extension Array {
    /// The element at `index`, or `nil` when the index is out of bounds.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
