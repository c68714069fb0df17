/// Accumulates the text of one line as UTF-8, collapsing HTML white space and counting link text.
struct LineBuffer {
    private var bytes: [UInt8] = []
    private var linkCharacters = 0
    private var characters = 0
    private var pendingSpace = false
    private var hasNonLinkText = false

    /// Appends character data.
    /// - Parameters:
    ///   - text: The decoded text of a text token, as valid UTF-8.
    ///   - isLink: Whether it sits inside `<a>`.
    mutating func append(_ text: [UInt8], isLink: Bool) {
        text.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Most text is runs of characters that need no decision: copy them in one go.
                let (runEnd, runCharacters, runSpaces) = Self.ordinaryRun(buffer, from: index)
                if runCharacters > 0 {
                    appendOrdinary(
                        UnsafeBufferPointer(rebasing: buffer[index..<runEnd]), characters: runCharacters, spaces: runSpaces,
                        isLink: isLink)
                    index = runEnd
                    if index == buffer.count { break }
                }
                let lead = buffer[index]
                if lead == 0x20 || lead == 0x0A || lead == 0x09 || lead == 0x0C || lead == 0x0D {
                    // Runs of ASCII white space (indentation between tags) collapse to one pending space.
                    repeat { index += 1 } while index < buffer.count
                        && (buffer[index] == 0x20 || buffer[index] == 0x0A || buffer[index] == 0x09 || buffer[index] == 0x0C || buffer[index] == 0x0D)
                    if !bytes.isEmpty { pendingSpace = true }
                    continue
                }
                let length = Self.sequenceLength(lead: lead, available: buffer.count - index)
                let scalar = length == 1 ? UInt32(lead) : Self.decode(buffer, at: index, length: length)
                // Ideographic spaces are kept inside a line but not at its start.
                if Unicode.Scalar.isCJKWhitespace(value: scalar) && (scalar != 0x3000 || bytes.isEmpty) {
                    if !bytes.isEmpty { pendingSpace = true }
                } else if !Unicode.Scalar.isUnexpectedControl(value: scalar) {
                    if pendingSpace {
                        bytes.append(0x20)
                        characters += 1
                        pendingSpace = false
                    }
                    if length == 1 {
                        bytes.append(lead)
                    } else if scalar == 0xFFFD && buffer[index] != 0xEF {
                        bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    } else {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<(index + length)]))
                    }
                    characters += 1
                    // Separators between links ("|", "·", "-") count as link text.
                    if isLink || BoilerplateLexicon.isSeparator(value: scalar) {
                        linkCharacters += 1
                    } else {
                        hasNonLinkText = true
                    }
                }
                index += length
            }
        }
    }

    /// Appends a run of ordinary characters, whose single spaces between words are not link text.
    private mutating func appendOrdinary(_ run: UnsafeBufferPointer<UInt8>, characters count: Int, spaces: Int, isLink: Bool) {
        if pendingSpace {
            bytes.append(0x20)
            characters += 1
            pendingSpace = false
        }
        bytes.append(contentsOf: run)
        characters += count
        if isLink { linkCharacters += count - spaces } else { hasNonLinkText = true }
    }

    /// The end of the run of ordinary characters starting at `start`, how many characters it
    /// holds and how many of them are spaces. Ordinary: printable ASCII other than separators,
    /// complete three- or four-byte sequences of CJK, Hangul and beyond (U+3001 onwards, except
    /// U+FEFF and the U+FFxx block), and single spaces between words of Latin text, which the
    /// line keeps as they are.
    @inline(__always) private static func ordinaryRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (end: Int, characters: Int, spaces: Int)
    {
        @inline(__always) func isOrdinaryASCII(_ byte: UInt8) -> Bool {
            byte > 0x20 && byte < 0x7F && !BoilerplateLexicon.isSeparator(value: UInt32(byte))
        }
        var index = start
        var count = 0
        var spaces = 0
        let end = buffer.count
        while index < end {
            let byte = buffer[index]
            if byte < 0x80 {
                if byte == 0x20 {
                    guard index > start, index + 1 < end, isOrdinaryASCII(buffer[index + 1]) else { break }
                    spaces += 1
                } else {
                    guard isOrdinaryASCII(byte) else { break }
                }
                index += 1
            } else if byte >= 0xE3 && byte <= 0xEE {
                guard index + 2 < end else { break }
                // U+3000 (ideographic space) is E3 80 80.
                if byte == 0xE3 && buffer[index + 1] == 0x80 && buffer[index + 2] == 0x80 { break }
                index += 3
            } else if byte >= 0xF0 && byte <= 0xF4 {
                guard index + 3 < end else { break }
                index += 4
            } else {
                break
            }
            count += 1
        }
        return (index, count, spaces)
    }

    /// The finished line, or `nil` when it holds no visible text; the buffer is reset.
    mutating func finish() -> (text: String, linkCharacters: Int)? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            linkCharacters = 0
            characters = 0
            pendingSpace = false
            hasNonLinkText = false
        }
        // Trailing ideographic spaces (E3 80 80) go.
        var trailing = 0
        while bytes.count >= 3, bytes[bytes.count - 3] == 0xE3, bytes[bytes.count - 2] == 0x80,
            bytes[bytes.count - 1] == 0x80
        {
            bytes.removeLast(3)
            trailing += 1
        }
        guard !bytes.isEmpty else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        return (text, hasNonLinkText ? linkCharacters : characters - trailing)
    }

    /// The length of the UTF-8 sequence a lead byte starts, cut to the bytes available.
    @inline(__always) private static func sequenceLength(lead: UInt8, available: Int) -> Int {
        let length: Int
        switch lead {
        case 0xF0...: length = 4
        case 0xE0...: length = 3
        case 0xC0...: length = 2
        default: length = 1
        }
        return min(length, available)
    }

    /// The scalar of a multi-byte sequence; malformed sequences give U+FFFD.
    @inline(__always) private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, length: Int)
        -> UInt32
    {
        var value: UInt32
        switch length {
        case 2: value = UInt32(buffer[index] & 0x1F)
        case 3: value = UInt32(buffer[index] & 0x0F)
        default: value = UInt32(buffer[index] & 0x07)
        }
        for offset in 1..<length {
            let byte = buffer[index + offset]
            guard byte & 0xC0 == 0x80 else { return 0xFFFD }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return value
    }
}
