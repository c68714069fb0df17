/// Byte order mark sniffing, the first step of the WHATWG encoding sniffing algorithm.
public enum ByteOrderMark {
    /// Recognises a UTF-8, UTF-16LE or UTF-16BE byte order mark at the start of the bytes.
    /// - Parameter bytes: The start of the document.
    /// - Returns: The WHATWG encoding name and the length of the mark, or `nil` when there is none.
    public static func detect(_ bytes: some Collection<UInt8>) -> (charset: String, length: Int)? {
        var iterator = bytes.makeIterator()
        let first = iterator.next()
        let second = iterator.next()
        let third = iterator.next()
        switch (first, second, third) {
        case (0xEF, 0xBB, 0xBF): return ("utf-8", 3)
        case (0xFE, 0xFF, _): return ("utf-16be", 2)
        case (0xFF, 0xFE, _): return ("utf-16le", 2)
        default: return nil
        }
    }
}
