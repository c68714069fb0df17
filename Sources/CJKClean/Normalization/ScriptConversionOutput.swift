/// A growable UTF-8 byte buffer for conversion output, written through a raw pointer.
struct ScriptConversionOutput: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// Creates an empty buffer.
    /// - Parameter capacity: Bytes to reserve.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends `length` bytes from `source`.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        let target = base + count
        if length <= 16 {
            // Most replacements are one to a few characters: a plain loop beats a call to memmove.
            var index = 0
            while index < length {
                target[index] = source[index]
                index += 1
            }
        } else {
            target.update(from: source, count: length)
        }
        count += length
    }

    /// Makes a string of the bytes (which must be valid UTF-8).
    func makeString() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
