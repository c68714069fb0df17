/// Every two-byte GBK (GB18030) character, built once from ICU's converter: decoding by lead
/// and trail byte, and encoding back to the two bytes.
struct GBKPairTable: Sendable {
    static let leadBytes: ClosedRange<UInt8> = 0x81...0xFE
    static let trailBytes: ClosedRange<UInt8> = 0x40...0xFE

    private var decoded: [Unicode.Scalar?]
    private var encoded: [Unicode.Scalar: (UInt8, UInt8)]

    /// The shared table.
    static let shared = GBKPairTable()

    private init() {
        // Decode every pair in one ICU call, each followed by a newline; a pair that does not
        // decode to exactly one character (illegal, unassigned or private-use) stays empty.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.leadBytes.count * Self.trailBytes.count * 3)
        for lead in Self.leadBytes {
            for trail in Self.trailBytes {
                bytes.append(contentsOf: [lead, trail, 0x0A])
            }
        }
        let text = (try? ICUCharset.decode(bytes, charset: "GB18030")) ?? ""
        let pieces = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        decoded = Array(repeating: nil, count: Self.leadBytes.count * Self.trailBytes.count)
        encoded = [:]
        guard pieces.count >= decoded.count else { return }
        for (index, piece) in pieces.prefix(decoded.count).enumerated() {
            guard piece.count == 1, let scalar = piece.first, scalar != "\u{FFFD}", !scalar.isPrivateUse,
                scalar.value >= 0x80
            else { continue }
            decoded[index] = scalar
            let lead = UInt8(index / Self.trailBytes.count) + Self.leadBytes.lowerBound
            let trail = UInt8(index % Self.trailBytes.count) + Self.trailBytes.lowerBound
            if encoded[scalar] == nil { encoded[scalar] = (lead, trail) }
        }
    }

    /// The character a lead and trail byte decode to, or `nil`.
    func character(lead: UInt8, trail: UInt8) -> Unicode.Scalar? {
        guard Self.leadBytes.contains(lead), Self.trailBytes.contains(trail) else { return nil }
        let index = Int(lead - Self.leadBytes.lowerBound) * Self.trailBytes.count
            + Int(trail - Self.trailBytes.lowerBound)
        return decoded[index]
    }

    /// The two bytes of a character, or `nil` when GBK has no two-byte form for it.
    func bytes(of scalar: Unicode.Scalar) -> (UInt8, UInt8)? {
        encoded[scalar]
    }
}
