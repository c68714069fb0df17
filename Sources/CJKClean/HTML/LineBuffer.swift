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
                let lead = buffer[index]
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
