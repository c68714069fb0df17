/// The WHATWG "prescan a byte stream to determine its encoding" algorithm, which finds `<meta charset>`
/// and `<meta http-equiv="Content-Type" content="…; charset=…">` without parsing the page.
///
/// ```swift
/// MetaCharsetPrescan.charset(in: Array(#"<meta charset="GB2312">"#.utf8))   // "gbk"
/// ```
public enum MetaCharsetPrescan {
    /// How many bytes ``charset(in:)`` examines.
    ///
    /// The standard suggests 1024 bytes, after which a browser's tree builder still honours a later
    /// `<meta>` in the head by re-decoding the page. There is no tree builder before decoding here, so
    /// the prescan looks further to reach the same result (the html5lib suite has declarations after
    /// comments of up to 8 KB).
    public static let defaultLimit = 16_384

    /// Finds the encoding a page declares in a `<meta>` element.
    /// - Parameter bytes: The start of the page (raw bytes, before decoding).
    /// - Returns: The WHATWG encoding name, or `nil` when no usable declaration is found. A declared UTF-16 is reported as `"utf-8"` and `x-user-defined` as `"windows-1252"`, as the standard requires.
    public static func charset(in bytes: some Collection<UInt8>) -> String? {
        charset(in: bytes, limit: defaultLimit)
    }

    /// Finds the encoding a page declares in a `<meta>` element, looking at no more than `limit` bytes.
    /// - Parameters:
    ///   - bytes: The start of the page (raw bytes, before decoding).
    ///   - limit: How many bytes to examine (the standard suggests 1024).
    /// - Returns: The WHATWG encoding name, or `nil` when no usable declaration is found.
    public static func charset(in bytes: some Collection<UInt8>, limit: Int) -> String? {
        var scanner = PrescanScanner(bytes: Array(bytes.prefix(max(0, limit))))
        return scanner.run()
    }
}

/// The prescan state: the bytes and a position in them.
private struct PrescanScanner {
    let bytes: [UInt8]
    var position = 0

    private static let commentOpen = Array("<!--".utf8)
    private static let metaOpen = Array("<meta".utf8)
    private static let contentType = Array("content-type".utf8)

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A byte the algorithm treats as whitespace (tab, LF, FF, CR, space).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    private static func isAlpha(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private func hasPrefix(_ word: [UInt8], at index: Int, ignoringCase: Bool) -> Bool {
        guard bytes.count - index >= word.count else { return false }
        for offset in 0..<word.count {
            let byte = bytes[index + offset]
            if (ignoringCase ? byte.asciiLowercased : byte) != word[offset] { return false }
        }
        return true
    }

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    mutating func run() -> String? {
        while position < bytes.count {
            guard bytes[position] == 0x3C else {
                position += 1
                continue
            }
            if hasPrefix(Self.commentOpen, at: position, ignoringCase: false) {
                // Skip to the end of a "-->" whose dashes may be those of the "<!--".
                var index = position + 2
                while index + 2 < bytes.count,
                    !(bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x3E)
                {
                    index += 1
                }
                guard index + 2 < bytes.count else { return nil }
                position = index + 2
            } else if hasPrefix(Self.metaOpen, at: position, ignoringCase: true),
                let next = byte(at: position + 5), Self.isSpace(next) || next == 0x2F
            {
                position += 6
                switch meta() {
                case .found(let charset): return charset
                case .notUsable: break
                case .endOfInput: return nil
                }
            } else if bytes[position] == 0x3C, let next = byte(at: position + 1),
                Self.isAlpha(next) || (next == 0x2F && byte(at: position + 2).map(Self.isAlpha) == true)
            {
                // Skip a tag with its attributes, so that text inside attribute values is not mistaken for markup.
                position += next == 0x2F ? 2 : 1
                while let current = byte(at: position), !Self.isSpace(current), current != 0x3E { position += 1 }
                while true {
                    switch attribute() {
                    case .attribute: continue
                    case .none: break
                    case .endOfInput: return nil
                    }
                    break
                }
            } else if bytes[position] == 0x3C, let next = byte(at: position + 1),
                next == 0x21 || next == 0x2F || next == 0x3F
            {
                guard let end = bytes[position...].firstIndex(of: 0x3E) else { return nil }
                position = end
            }
            position += 1
        }
        return nil
    }

    private enum MetaResult {
        case found(String)
        case notUsable
        case endOfInput
    }

    /// Reads the attributes of a `<meta>` element and decides whether it declares an encoding.
    private mutating func meta() -> MetaResult {
        var seen: Set<[UInt8]> = []
        var gotPragma = false
        var needPragma: Bool? = nil
        var charset: String?? = nil  // nil: not set; .some(nil): failure
        while true {
            let result = attribute()
            guard case .attribute(let name, let value) = result else {
                if case .endOfInput = result { return .endOfInput }
                break
            }
            guard seen.insert(name).inserted else { continue }
            switch String(decoding: name, as: UTF8.self) {
            case "http-equiv":
                if value == Self.contentType { gotPragma = true }
            case "content":
                if let extracted = Self.charsetFromContent(value), charset == nil {
                    charset = .some(CharsetLabel.normalize(extracted))
                    needPragma = true
                }
            case "charset":
                charset = .some(CharsetLabel.normalize(String(decoding: value, as: UTF8.self)))
                needPragma = false
            default:
                break
            }
        }
        guard let needPragma, !(needPragma && !gotPragma), case .some(.some(let name)) = charset else {
            return .notUsable
        }
        switch name {
        case "utf-16be", "utf-16le": return .found("utf-8")
        case "x-user-defined": return .found("windows-1252")
        default: return .found(name)
        }
    }

    private enum AttributeResult {
        case attribute(name: [UInt8], value: [UInt8])
        case none
        case endOfInput
    }

    /// The standard's "get an attribute" algorithm; names and values are ASCII lower-cased.
    private mutating func attribute() -> AttributeResult {
        while let current = byte(at: position), Self.isSpace(current) || current == 0x2F { position += 1 }
        guard let first = byte(at: position) else { return .endOfInput }
        if first == 0x3E { return .none }
        var name: [UInt8] = []
        var value: [UInt8] = []
        // Name.
        while true {
            guard let current = byte(at: position) else { return .endOfInput }
            if current == 0x3D, !name.isEmpty {
                position += 1
                return attributeValue(name: name, value: &value)
            }
            if Self.isSpace(current) { break }
            if current == 0x2F || current == 0x3E { return .attribute(name: name, value: []) }
            name.append(current.asciiLowercased)
            position += 1
        }
        // Spaces before a possible "=".
        while let current = byte(at: position), Self.isSpace(current) { position += 1 }
        guard let current = byte(at: position) else { return .endOfInput }
        guard current == 0x3D else { return .attribute(name: name, value: []) }
        position += 1
        return attributeValue(name: name, value: &value)
    }

    private mutating func attributeValue(name: [UInt8], value: inout [UInt8]) -> AttributeResult {
        while let current = byte(at: position), Self.isSpace(current) { position += 1 }
        guard let first = byte(at: position) else { return .endOfInput }
        if first == 0x22 || first == 0x27 {
            position += 1
            while true {
                guard let current = byte(at: position) else { return .endOfInput }
                position += 1
                if current == first { return .attribute(name: name, value: value) }
                value.append(current.asciiLowercased)
            }
        }
        if first == 0x3E { return .attribute(name: name, value: []) }
        while true {
            guard let current = byte(at: position) else { return .endOfInput }
            if Self.isSpace(current) || current == 0x3E { return .attribute(name: name, value: value) }
            value.append(current.asciiLowercased)
            position += 1
        }
    }

    /// The standard's "extract a character encoding from a meta element" on a `content` value.
    static func charsetFromContent(_ content: [UInt8]) -> String? {
        let word = Array("charset".utf8)
        var index = 0
        while true {
            guard let found = firstRange(of: word, in: content, from: index) else { return nil }
            var cursor = found + word.count
            while cursor < content.count, isSpace(content[cursor]) { cursor += 1 }
            guard cursor < content.count, content[cursor] == 0x3D else {
                index = cursor
                continue
            }
            cursor += 1
            while cursor < content.count, isSpace(content[cursor]) { cursor += 1 }
            guard cursor < content.count else { return nil }
            let first = content[cursor]
            if first == 0x22 || first == 0x27 {
                guard let close = content[(cursor + 1)...].firstIndex(of: first) else { return nil }
                return String(decoding: content[(cursor + 1)..<close], as: UTF8.self)
            }
            var end = cursor
            while end < content.count, !isSpace(content[end]), content[end] != 0x3B { end += 1 }
            return String(decoding: content[cursor..<end], as: UTF8.self)
        }
    }

    /// The first index of `word` (already lower-case) in `bytes` at or after `start`, ignoring ASCII case.
    private static func firstRange(of word: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= word.count, start <= bytes.count - word.count else { return nil }
        for index in start...(bytes.count - word.count) {
            var matches = true
            for offset in 0..<word.count where bytes[index + offset].asciiLowercased != word[offset] {
                matches = false
                break
            }
            if matches { return index }
        }
        return nil
    }
}
