/// A fixed map from 64-bit codes (packed names, scalar values) to values, in an open-addressing
/// table with a multiplicative hash: cheaper per lookup than a dictionary's seeded hashing, for
/// lookups made once per tag, class word or character.
struct CodeTable<Value: Sendable>: Sendable {
    private var slots: [(code: UInt64, value: Value)?]
    private let shift: UInt64

    /// Builds the table; a code given twice keeps its first value.
    init(_ entries: [(code: UInt64, value: Value)]) {
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: nil, count: 1 << Int(bits))
        for entry in entries where self[entry.code] == nil {
            var index = slot(entry.code)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = entry
        }
    }

    @inline(__always) private func slot(_ code: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for a code, if any.
    subscript(code: UInt64) -> Value? {
        var index = slot(code)
        while let entry = slots[index] {
            if entry.code == code { return entry.value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }
}
