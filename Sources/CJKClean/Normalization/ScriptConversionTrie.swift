import Foundation

/// A read-only trie from sequences of Unicode scalars to UTF-8 replacement text.
///
/// Nodes and edges live in flat arrays (the edges of a node are contiguous and sorted by
/// scalar); the root's children are also indexed by a flat array over the Basic Multilingual
/// Plane so that the first step of every lookup is one array access.
struct ScriptConversionTrie: Sendable {
    /// A value stored in a trie or a character table: `(byteOffset << 8) | byteLength`.
    typealias PackedValue = UInt32
    /// Marks a node without a value.
    static let noValue: PackedValue = .max

    private(set) var edgeStart: [UInt32]
    private(set) var edgeCount: [UInt32]
    private(set) var values: [PackedValue]
    private(set) var edgeScalar: [UInt32]
    private(set) var edgeTarget: [UInt32]
    /// UTF-8 bytes of all values.
    let pool: [UInt8]
    /// The longest key, in scalars.
    let maxKeyLength: Int
    /// Child of the root for each BMP scalar; 0 when there is none (the root is nobody's child).
    private let rootChildren: [UInt32]

    /// An empty trie.
    init() {
        self.init(edgeStart: [0], edgeCount: [0], values: [Self.noValue], edgeScalar: [], edgeTarget: [], pool: [],
                  maxKeyLength: 0)
    }

    private init(edgeStart: [UInt32], edgeCount: [UInt32], values: [PackedValue], edgeScalar: [UInt32],
                 edgeTarget: [UInt32], pool: [UInt8], maxKeyLength: Int) {
        self.edgeStart = edgeStart
        self.edgeCount = edgeCount
        self.values = values
        self.edgeScalar = edgeScalar
        self.edgeTarget = edgeTarget
        self.pool = pool
        self.maxKeyLength = maxKeyLength
        var root = [UInt32](repeating: 0, count: 0x10000)
        if !edgeStart.isEmpty {
            let first = Int(edgeStart[0])
            for edge in first..<(first + Int(edgeCount[0])) where edgeScalar[edge] < 0x10000 {
                root[Int(edgeScalar[edge])] = edgeTarget[edge]
            }
        }
        self.rootChildren = root
    }

    /// Reads a trie written by `Scripts/generate-script-conversion-data.py`.
    /// - Parameter data: The file's bytes.
    /// - Returns: `nil` when the data is not a well-formed trie.
    init?(serialized data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 20, bytes[0] == 0x53, bytes[1] == 0x43, bytes[2] == 0x54, bytes[3] == 0x31 else {
            return nil
        }
        func word(_ index: Int) -> UInt32 {
            let offset = index * 4
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        let nodeCount = Int(word(1))
        let edges = Int(word(2))
        let poolSize = Int(word(3))
        let maxKey = Int(word(4))
        let wordsNeeded = 5 + nodeCount * 3 + edges * 2
        guard nodeCount > 0, bytes.count == wordsNeeded * 4 + poolSize else { return nil }
        let words: [UInt32] = bytes.withUnsafeBytes { raw in
            (0..<wordsNeeded).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self).littleEndian }
        }
        var cursor = 5
        func take(_ count: Int) -> [UInt32] {
            defer { cursor += count }
            return Array(words[cursor..<(cursor + count)])
        }
        let edgeStart = take(nodeCount)
        let edgeCount = take(nodeCount)
        let values = take(nodeCount)
        let edgeScalar = take(edges)
        let edgeTarget = take(edges)
        let pool = Array(bytes[(wordsNeeded * 4)...])
        for node in 0..<nodeCount {
            guard Int(edgeStart[node]) + Int(edgeCount[node]) <= edges else { return nil }
            let value = values[node]
            guard value == Self.noValue || Int(value >> 8) + Int(value & 0xFF) <= pool.count else { return nil }
        }
        guard edgeTarget.allSatisfy({ Int($0) < nodeCount && $0 != 0 }) else { return nil }
        self.init(edgeStart: edgeStart, edgeCount: edgeCount, values: values, edgeScalar: edgeScalar,
                  edgeTarget: edgeTarget, pool: pool, maxKeyLength: maxKey)
    }

    /// Builds a trie from key/value pairs; when a key repeats, the first value wins.
    /// - Parameter entries: Keys as Unicode scalar values, values as UTF-8.
    init(entries: [(key: [UInt32], value: [UInt8])]) {
        var children: [[UInt32: Int]] = [[:]]
        var nodeValues: [[UInt8]?] = [nil]
        var maxKey = 0
        for entry in entries where !entry.key.isEmpty {
            var node = 0
            for scalar in entry.key {
                if let next = children[node][scalar] {
                    node = next
                } else {
                    children.append([:])
                    nodeValues.append(nil)
                    children[node][scalar] = children.count - 1
                    node = children.count - 1
                }
            }
            if nodeValues[node] == nil, entry.value.count <= 0xFF {
                nodeValues[node] = entry.value
                maxKey = max(maxKey, entry.key.count)
            }
        }
        // Breadth-first numbering keeps every node's edges contiguous.
        var order = [0]
        var position = [Int](repeating: 0, count: children.count)
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            for (_, child) in children[node].sorted(by: { $0.key < $1.key }) {
                position[child] = order.count
                order.append(child)
            }
        }
        var edgeStart: [UInt32] = [], edgeCount: [UInt32] = [], values: [PackedValue] = []
        var edgeScalar: [UInt32] = [], edgeTarget: [UInt32] = [], pool: [UInt8] = []
        for node in order {
            edgeStart.append(UInt32(edgeScalar.count))
            edgeCount.append(UInt32(children[node].count))
            for (scalar, child) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeScalar.append(scalar)
                edgeTarget.append(UInt32(position[child]))
            }
            if let value = nodeValues[node] {
                values.append(UInt32(pool.count) << 8 | UInt32(value.count))
                pool.append(contentsOf: value)
            } else {
                values.append(Self.noValue)
            }
        }
        self.init(edgeStart: edgeStart, edgeCount: edgeCount, values: values, edgeScalar: edgeScalar,
                  edgeTarget: edgeTarget, pool: pool, maxKeyLength: maxKey)
    }

    /// The node reached from the root by `scalar`, or 0.
    @inline(__always)
    func rootChild(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x10000 { return rootChildren[Int(scalar)] }
        return child(of: 0, scalar)
    }

    /// The node reached from `node` by `scalar`, or 0.
    @inline(__always)
    func child(of node: UInt32, _ scalar: UInt32) -> UInt32 {
        var low = Int(edgeStart[Int(node)])
        var high = low + Int(edgeCount[Int(node)])
        while low < high {
            let middle = (low + high) >> 1
            let label = edgeScalar[middle]
            if label == scalar { return edgeTarget[middle] }
            if label < scalar { low = middle + 1 } else { high = middle }
        }
        return 0
    }

    /// The value stored at `node`, or ``noValue``.
    @inline(__always)
    func value(at node: UInt32) -> PackedValue {
        values[Int(node)]
    }

    /// Every key with a value, as (key, value) pairs, in breadth-first order.
    func entries() -> [(key: [UInt32], value: [UInt8])] {
        var result: [(key: [UInt32], value: [UInt8])] = []
        var queue: [(node: UInt32, key: [UInt32])] = [(0, [])]
        var head = 0
        while head < queue.count {
            let (node, key) = queue[head]
            head += 1
            let packed = values[Int(node)]
            if packed != Self.noValue {
                result.append((key, Array(pool[Int(packed >> 8)..<Int((packed >> 8) + (packed & 0xFF))])))
            }
            let first = Int(edgeStart[Int(node)])
            for edge in first..<(first + Int(edgeCount[Int(node)])) {
                queue.append((edgeTarget[edge], key + [edgeScalar[edge]]))
            }
        }
        return result
    }
}
