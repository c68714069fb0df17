/// Every one- and two-byte character of a legacy charset, built once from ICU's converter:
/// decoding by byte (or lead and trail byte) and encoding back to the bytes.
struct CharsetTable: Sendable {
    /// Lead bytes of two-byte characters that the table covers.
    static let leadBytes: ClosedRange<UInt8> = 0x81...0xFE
    /// Trail bytes of two-byte characters that the table covers.
    static let trailBytes: ClosedRange<UInt8> = 0x40...0xFE

    /// The decoded scalar of each single byte (0 when the byte alone is not a character).
    private var singles: [UInt32]
    /// The decoded scalar of each lead/trail pair (0 when the pair is not one character).
    private var pairs: [UInt32]
    /// The bytes of each character (the first pair found when several decode to it).
    private var encoded: [Unicode.Scalar: [UInt8]]
    /// The same for the Basic Multilingual Plane, flat: byte count in bits 16–17, the bytes below.
    private var encodedBMP: [UInt32]
    /// For each rule of ``holeRules``, the continuation bytes 0x80–0xBF that the decoder must
    /// have failed on for a lost byte with that rule. One bit each, bit 0 for 0x80.
    private var continuationFailures: [UInt64] = []

    static let windows1252 = CharsetTable(charset: "windows-1252", latin1Controls: true)
    static let gbk = CharsetTable(charset: LegacyCharset.gbk.icuName)
    static let big5 = CharsetTable(charset: LegacyCharset.big5.icuName)
    static let shiftJIS = CharsetTable(charset: LegacyCharset.shiftJIS.icuName)
    static let eucJP = CharsetTable(charset: LegacyCharset.eucJP.icuName)
    static let eucKR = CharsetTable(charset: LegacyCharset.eucKR.icuName)

    /// Builds the table.
    /// - Parameters:
    ///   - charset: The ICU converter name.
    ///   - latin1Controls: Also encode the C1 controls U+0080–U+009F to the byte of the same value,
    ///     as ISO-8859-1 does (for single-byte charsets read as Latin-1).
    init(charset: String, latin1Controls: Bool = false) {
        singles = Array(repeating: 0, count: 256)
        pairs = Array(repeating: 0, count: 256 * 256)
        encoded = [:]
        encodedBMP = []
        for byte in 0..<0x80 {
            singles[byte] = UInt32(byte)
        }
        // Single bytes, each followed by a newline.
        var bytes: [UInt8] = []
        for byte in UInt8(0x80)...0xFF {
            bytes.append(contentsOf: [byte, 0x0A])
        }
        let singleText = (try? ICUCharset.decode(bytes, charset: charset)) ?? ""
        let singlePieces = singleText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if singlePieces.count >= 128 {
            for (index, piece) in singlePieces.prefix(128).enumerated() {
                guard piece.count == 1, let scalar = piece.first, Self.isUsable(scalar) else { continue }
                singles[0x80 + index] = scalar.value
            }
        }
        // Pairs, each followed by a newline; a pair that does not decode to exactly one
        // character (illegal, unassigned, or two single-byte characters) stays empty.
        bytes.removeAll(keepingCapacity: true)
        for lead in Self.leadBytes where singles[Int(lead)] == 0 {
            for trail in Self.trailBytes {
                bytes.append(contentsOf: [lead, trail, 0x0A])
            }
        }
        let pairText = (try? ICUCharset.decode(bytes, charset: charset)) ?? ""
        let pairPieces = pairText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var pieceIndex = 0
        for lead in Self.leadBytes where singles[Int(lead)] == 0 {
            for trail in Self.trailBytes {
                defer { pieceIndex += 1 }
                guard pieceIndex < pairPieces.count else { continue }
                let piece = pairPieces[pieceIndex]
                guard piece.count == 1, let scalar = piece.first, Self.isUsable(scalar), scalar.value >= 0x80 else {
                    continue
                }
                pairs[Int(lead) << 8 | Int(trail)] = scalar.value
            }
        }
        for byte in 0..<256 where singles[byte] != 0 || byte == 0 {
            if let scalar = Unicode.Scalar(singles[byte]), encoded[scalar] == nil { encoded[scalar] = [UInt8(byte)] }
        }
        for index in 0..<pairs.count where pairs[index] != 0 {
            if let scalar = Unicode.Scalar(pairs[index]), encoded[scalar] == nil {
                encoded[scalar] = [UInt8(index >> 8), UInt8(index & 0xFF)]
            }
        }
        if latin1Controls {
            for value in UInt8(0x80)...0x9F {
                let scalar = Unicode.Scalar(value)
                if encoded[scalar] == nil { encoded[scalar] = [value] }
            }
        }
        encodedBMP = Array(repeating: 0, count: 0x10000)
        for (scalar, bytes) in encoded where scalar.value < 0x10000 {
            encodedBMP[Int(scalar.value)] = Self.pack(bytes)
        }
        // What each rule says of each continuation byte, asked once.
        let table = self
        continuationFailures = Self.holeRules.map { rule in
            (UInt8(0x80)...0xBF).reduce(0) { mask, byte in
                RecodedLine.misreadingFails(onLostByte: byte, rule: rule, table: table) ? mask | 1 << UInt64(byte - 0x80) : mask
            }
        }
    }

    /// Every rule a lost byte can have, in the order of ``continuationFailures``: alone before
    /// each byte value, alone before none, first and second of a pair.
    private static let holeRules: [RecodedLine.HoleRule] =
        (0...255).map { .lone(next: UInt8($0)) } + [.lone(next: nil), .pairFirst, .pairSecond]

    /// The continuation bytes 0x80–0xBF that the decoder must have failed on for a lost byte
    /// with this rule, one bit each (bit 0 for 0x80): what
    /// ``RecodedLine/misreadingFails(onLostByte:rule:table:)`` says of each, looked up at once.
    func continuationBytesFailing(_ rule: RecodedLine.HoleRule) -> UInt64 {
        switch rule {
        case .lone(let next): return continuationFailures[next.map(Int.init) ?? 256]
        case .pairFirst: return continuationFailures[257]
        case .pairSecond: return continuationFailures[258]
        }
    }

    /// Whether a decoded scalar is a real character rather than a substitute. Private-use
    /// characters are kept: garbled text contains them, and candidates are checked for them.
    private static func isUsable(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\u{FFFD}" && scalar != "\u{1A}"
    }

    /// The character that one byte decodes to, or `nil`.
    func character(single byte: UInt8) -> Unicode.Scalar? {
        let value = singles[Int(byte)]
        return value == 0 && byte != 0 ? nil : Unicode.Scalar(value)
    }

    /// The character that a lead and trail byte decode to, or `nil`.
    func character(lead: UInt8, trail: UInt8) -> Unicode.Scalar? {
        let value = pairs[Int(lead) << 8 | Int(trail)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// The bytes of a character, or `nil` when the charset has no one- or two-byte form for it.
    func bytes(of scalar: Unicode.Scalar) -> [UInt8]? {
        encoded[scalar]
    }

    /// The bytes of a character packed into one integer, without allocating: their number in
    /// bits 16–17 (0 when the charset has no one- or two-byte form for the character), the
    /// bytes below, the last in the lowest eight bits.
    func packedBytes(of scalar: Unicode.Scalar) -> UInt32 {
        guard scalar.value < 0x10000 else {
            return encoded[scalar].map(Self.pack) ?? 0
        }
        return encodedBMP[Int(scalar.value)]
    }

    /// One or two bytes packed as ``packedBytes(of:)`` gives them.
    private static func pack(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes.count) << 16 | bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Decodes one character at `index`: its scalar and byte length, or `nil` when the bytes
    /// there are not a character of this table.
    func decodeCharacter(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let byte = bytes[index]
        if let scalar = character(single: byte) { return (scalar, 1) }
        guard index + 1 < bytes.count, let scalar = character(lead: byte, trail: bytes[index + 1]) else { return nil }
        return (scalar, 2)
    }
}
