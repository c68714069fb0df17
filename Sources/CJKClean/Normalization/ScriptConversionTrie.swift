import Foundation

/// A read-only trie from sequences of Unicode scalars to UTF-8 replacement text.
///
/// Nodes and edges live in two flat buffers (a node is `edgeStart, edgeCount, value`; an edge is
/// `scalar, target`; the edges of a node are contiguous and sorted by scalar). Lookups start with
/// the first two scalars at once, through an open-addressing table of the depth-2 nodes, so the
/// first two steps of a lookup cost one probe. The buffers are written once in `init` and only
/// read afterwards, which makes sharing across threads safe.
final class ScriptConversionTrie: @unchecked Sendable {
    /// A value stored in a trie or a character table: `(byteOffset << 8) | byteLength`.
    typealias PackedValue = UInt32
    /// Marks a node without a value.
    static let noValue: PackedValue = .max

    /// `edgeStart, edgeCount, value` for each node; node 0 is the root.
    private let nodes: UnsafeMutableBufferPointer<UInt32>
    /// `scalar, target` for each edge.
    private let edges: UnsafeMutableBufferPointer<UInt32>
    /// UTF-8 bytes of all values.
    private let pool: UnsafeMutableBufferPointer<UInt8>
    /// The first byte of ``pool``.
    private let poolStart: UnsafeMutablePointer<UInt8>
    /// The longest key, in scalars.
    let maxKeyLength: Int
    /// Open-addressing table from the first two scalars of a key to the node they reach, two
    /// words per slot: `1 << 63 | first << 32 | second` (0 for an empty slot), then
    /// `value << 32 | hasChildren << 31 | node`.
    private let pairs: UnsafeMutableBufferPointer<UInt64>
    /// Raw read access to the buffers above, for hot loops.
    let reader: Reader

    private init(
        nodeCount: Int, edgeCount: Int, poolSize: Int, maxKeyLength: Int,
        fill: (
            UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<UInt32>,
            UnsafeMutableBufferPointer<UInt8>
        ) -> Void
    ) {
        let nodeWords = max(nodeCount, 1) * 3
        let edgeWords = max(edgeCount, 1) * 2
        let nodesStart = UnsafeMutablePointer<UInt32>.allocate(capacity: nodeWords)
        nodesStart.initialize(repeating: 0, count: nodeWords)
        let nodes = UnsafeMutableBufferPointer(start: nodesStart, count: nodeWords)
        let edgesStart = UnsafeMutablePointer<UInt32>.allocate(capacity: edgeWords)
        edgesStart.initialize(repeating: 0, count: edgeWords)
        let edges = UnsafeMutableBufferPointer(start: edgesStart, count: edgeWords)
        let poolStart = UnsafeMutablePointer<UInt8>.allocate(capacity: max(poolSize, 1))
        poolStart.initialize(repeating: 0, count: max(poolSize, 1))
        let pool = UnsafeMutableBufferPointer(start: poolStart, count: poolSize)
        if nodeCount == 0 { nodes[2] = Self.noValue }
        fill(nodes, edges, pool)
        let (pairsStart, pairBits) = Self.makePairTable(nodes: nodes, edges: edges)
        self.nodes = nodes
        self.edges = edges
        self.pool = pool
        self.poolStart = poolStart
        self.pairs = UnsafeMutableBufferPointer(start: pairsStart, count: 2 << pairBits)
        self.maxKeyLength = maxKeyLength
        self.reader = Reader(
            nodes: nodesStart, edges: edgesStart, pairs: pairsStart, pairShift: 32 - pairBits)
    }

    /// Calls `body` with the scalar and target of each edge of `node`, skipping malformed ranges.
    private static func forEachEdge(
        of node: Int, nodes: UnsafeMutableBufferPointer<UInt32>, edges: UnsafeMutableBufferPointer<UInt32>,
        _ body: (UInt32, UInt32) -> Void
    ) {
        guard node * 3 + 1 < nodes.count else { return }
        let start = Int(nodes[node * 3])
        let end = start + Int(nodes[node * 3 + 1])
        guard end * 2 <= edges.count else { return }
        for edge in start..<end { body(edges[edge * 2], edges[edge * 2 + 1]) }
    }

    /// Builds the table of depth-2 nodes, at most half full; returns it and log2 of its slot count.
    private static func makePairTable(
        nodes: UnsafeMutableBufferPointer<UInt32>, edges: UnsafeMutableBufferPointer<UInt32>
    ) -> (UnsafeMutablePointer<UInt64>, Int) {
        var entries: [(key: UInt64, info: UInt64, first: UInt32, second: UInt32)] = []
        forEachEdge(of: 0, nodes: nodes, edges: edges) { first, child in
            guard child != 0 else { return }
            forEachEdge(of: Int(child), nodes: nodes, edges: edges) { second, grandchild in
                let record = Int(grandchild) * 3
                guard grandchild != 0, grandchild < 1 << 31, record + 2 < nodes.count else { return }
                let hasChildren: UInt64 = nodes[record + 1] > 0 ? 1 << 31 : 0
                let info = UInt64(nodes[record + 2]) << 32 | hasChildren | UInt64(grandchild)
                entries.append((Reader.pairKey(first, second), info, first, second))
            }
        }
        var bits = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 << bits)
        table.initialize(repeating: 0, count: 2 << bits)
        let mask = (1 << bits) - 1
        for entry in entries {
            var slot = Reader.pairSlot(entry.first, entry.second, shift: 32 - bits)
            while table[slot * 2] != 0 { slot = (slot + 1) & mask }
            table[slot * 2] = entry.key
            table[slot * 2 + 1] = entry.info
        }
        return (table, bits)
    }

    deinit {
        nodes.deallocate()
        edges.deallocate()
        poolStart.deallocate()
        pairs.deallocate()
    }

    /// An empty trie.
    convenience init() {
        self.init(nodeCount: 0, edgeCount: 0, poolSize: 0, maxKeyLength: 0) { _, _, _ in }
    }

    /// Reads a trie written by `Scripts/generate-script-conversion-data.py`.
    /// - Parameter data: The file's bytes.
    /// - Returns: `nil` when the data is not a well-formed trie.
    convenience init?(serialized data: Data) {
        let header: (nodes: Int, edges: Int, pool: Int, maxKey: Int)? = data.withUnsafeBytes { raw in
            guard raw.count >= 20, raw.prefix(4).elementsEqual("SCT2".utf8) else { return nil }
            let word = { (index: Int) in
                Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
            }
            return (word(1), word(2), word(3), word(4))
        }
        guard let header, header.nodes > 0, data.count == 20 + header.nodes * 12 + header.edges * 8 + header.pool
        else { return nil }
        var valid = true
        self.init(
            nodeCount: header.nodes, edgeCount: header.edges, poolSize: header.pool,
            maxKeyLength: header.maxKey
        ) { nodes, edges, pool in
            data.withUnsafeBytes { raw in
                let nodeBytes = header.nodes * 12
                let edgeBytes = header.edges * 8
                UnsafeMutableRawBufferPointer(nodes).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[20..<(20 + nodeBytes)]))
                UnsafeMutableRawBufferPointer(edges).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[(20 + nodeBytes)..<(20 + nodeBytes + edgeBytes)]))
                UnsafeMutableRawBufferPointer(pool).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[(20 + nodeBytes + edgeBytes)...]))
            }
            #if _endian(big)
                for index in nodes.indices { nodes[index] = UInt32(littleEndian: nodes[index]) }
                for index in edges.indices { edges[index] = UInt32(littleEndian: edges[index]) }
            #endif
            let edgeCount = UInt32(header.edges)
            for node in 0..<header.nodes {
                let start = nodes[node * 3]
                let value = nodes[node * 3 + 2]
                if start > edgeCount || nodes[node * 3 + 1] > edgeCount - start
                    || (value != Self.noValue && Int(value >> 8) + Int(value & 0xFF) > header.pool)
                {
                    valid = false
                }
            }
            for edge in 0..<header.edges {
                let target = edges[edge * 2 + 1]
                if target == 0 || Int(target) >= header.nodes {
                    valid = false
                    edges[edge * 2 + 1] = 0
                }
            }
        }
        if !valid { return nil }
    }

    /// Builds a trie from key/value pairs; when a key repeats, the first value wins.
    /// - Parameter entries: Keys as Unicode scalar values, values as UTF-8 (at most 255 bytes).
    convenience init(entries: [(key: [UInt32], value: [UInt8])]) {
        var children: [[UInt32: Int]] = [[:]]
        var nodeValues: [[UInt8]?] = [nil]
        var maxKey = 0
        for entry in entries where !entry.key.isEmpty && entry.value.count <= 0xFF {
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
            if nodeValues[node] == nil {
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
        let poolSize = nodeValues.reduce(0) { $0 + ($1?.count ?? 0) }
        self.init(nodeCount: order.count, edgeCount: order.count - 1, poolSize: poolSize, maxKeyLength: maxKey) {
            nodes, edges, pool in
            var edgeCursor = 0
            var poolCursor = 0
            for (index, node) in order.enumerated() {
                nodes[index * 3] = UInt32(edgeCursor)
                nodes[index * 3 + 1] = UInt32(children[node].count)
                for (scalar, child) in children[node].sorted(by: { $0.key < $1.key }) {
                    edges[edgeCursor * 2] = scalar
                    edges[edgeCursor * 2 + 1] = UInt32(position[child])
                    edgeCursor += 1
                }
                if let value = nodeValues[node] {
                    nodes[index * 3 + 2] = UInt32(poolCursor) << 8 | UInt32(value.count)
                    for byte in value {
                        pool[poolCursor] = byte
                        poolCursor += 1
                    }
                } else {
                    nodes[index * 3 + 2] = Self.noValue
                }
            }
        }
    }

    /// Raw read access to a trie for hot loops; valid while the trie is alive.
    struct Reader {
        fileprivate let nodes: UnsafePointer<UInt32>
        fileprivate let edges: UnsafePointer<UInt32>
        fileprivate let pairs: UnsafePointer<UInt64>
        fileprivate let pairShift: Int

        /// The slot where the pair `(first, second)` is looked up first.
        @inline(__always)
        fileprivate static func pairSlot(_ first: UInt32, _ second: UInt32, shift: Int) -> Int {
            Int(((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77)) >> UInt32(shift))
        }

        /// The key of a pair in the pair table (never 0).
        @inline(__always)
        fileprivate static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt64 {
            1 << 63 | UInt64(first) << 32 | UInt64(second)
        }

        /// What the root reaches by `first` then `second`: 0 when no key starts so, else
        /// `value << 32 | hasChildren << 31 | node` (value is ``ScriptConversionTrie/noValue``
        /// when the two scalars are only a prefix).
        @inline(__always)
        func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
            let mask = (1 << (32 - pairShift)) - 1
            let key = Self.pairKey(first, second)
            var slot = Self.pairSlot(first, second, shift: pairShift)
            while true {
                let stored = pairs[slot &* 2]
                if stored == key { return pairs[slot &* 2 &+ 1] }
                if stored == 0 { return 0 }
                slot = (slot &+ 1) & mask
            }
        }

        /// The node reached from `node` by `scalar`, or 0.
        @inline(__always)
        func child(of node: UInt32, _ scalar: UInt32) -> UInt32 {
            let record = Int(node) &* 3
            var low = Int(nodes[record])
            var high = low &+ Int(nodes[record &+ 1])
            while low < high {
                let middle = (low &+ high) >> 1
                let label = edges[middle &* 2]
                if label == scalar { return edges[middle &* 2 &+ 1] }
                if label < scalar { low = middle &+ 1 } else { high = middle }
            }
            return 0
        }

        /// Whether `node` has children.
        @inline(__always)
        func hasChildren(_ node: UInt32) -> Bool {
            nodes[Int(node) &* 3 &+ 1] != 0
        }

        /// The value stored at `node`, or ``ScriptConversionTrie/noValue``.
        @inline(__always)
        func value(at node: UInt32) -> PackedValue {
            nodes[Int(node) &* 3 &+ 2]
        }
    }

    /// The value stored at `node`, or ``noValue``.
    func value(at node: UInt32) -> PackedValue {
        reader.value(at: node)
    }

    /// Where the UTF-8 bytes of a packed value start (their count is `packed & 0xFF`).
    @inline(__always)
    func valueStart(_ packed: PackedValue) -> UnsafePointer<UInt8> {
        UnsafePointer(poolStart + Int(packed >> 8))
    }

    /// The UTF-8 bytes of a packed value.
    func bytes(of packed: PackedValue) -> [UInt8] {
        let start = Int(packed >> 8)
        return Array(pool[start..<(start + Int(packed & 0xFF))])
    }

    /// Calls `body` with the first two scalars of every key of two or more scalars and the node
    /// they reach (once per distinct pair).
    func forEachPrefixPair(_ body: (UInt32, UInt32, UInt32) -> Void) {
        Self.forEachEdge(of: 0, nodes: nodes, edges: edges) { first, child in
            Self.forEachEdge(of: Int(child), nodes: nodes, edges: edges) { second, grandchild in
                body(first, second, grandchild)
            }
        }
    }

    /// The single-character keys and their values.
    func singleCharacterEntries() -> [(scalar: UInt32, value: [UInt8])] {
        var result: [(scalar: UInt32, value: [UInt8])] = []
        let first = Int(nodes[0])
        for edge in first..<(first + Int(nodes[1])) {
            let packed = value(at: edges[edge * 2 + 1])
            if packed != Self.noValue { result.append((edges[edge * 2], bytes(of: packed))) }
        }
        return result
    }
}
