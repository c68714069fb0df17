/// Switches between curly quotes and corner brackets with a fixed table (independent of ICU).
enum QuotationMarks {
    private static let curly: [[UInt8]] = [
        [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99],
    ]
    private static let corner: [[UInt8]] = [
        [0xE3, 0x80, 0x8C], [0xE3, 0x80, 0x8D], [0xE3, 0x80, 0x8E], [0xE3, 0x80, 0x8F],
    ]

    /// Rewrites quotation marks in UTF-8 text.
    ///
    /// With `.corner`, `“”` become `「」` and `‘’` become `『』`, except a `’` or `‘` between two
    /// ASCII letters (an English apostrophe, as in `don’t`). With `.curly`, the reverse.
    /// - Parameters:
    ///   - bytes: Valid UTF-8 text.
    ///   - style: The quotation marks wanted.
    ///   - output: Receives the text with its quotation marks rewritten.
    static func restyle(
        _ bytes: UnsafeBufferPointer<UInt8>, to style: ScriptConverter.QuoteStyle,
        into output: inout ScriptConversionOutput
    ) {
        let (from, to): ([[UInt8]], [[UInt8]])
        switch style {
        case .keep:
            if let start = bytes.baseAddress { output.append(start, bytes.count) }
            return
        case .corner: (from, to) = (curly, corner)
        case .curly: (from, to) = (corner, curly)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2 || byte == 0xE3, index + 2 < bytes.count,
                let mark = from.firstIndex(where: {
                    $0[0] == byte && $0[1] == bytes[index + 1] && $0[2] == bytes[index + 2]
                })
            {
                let isApostrophe =
                    style == .corner && mark >= 2 && index > 0 && index + 3 < bytes.count
                    && isASCIILetter(bytes[index - 1]) && isASCIILetter(bytes[index + 3])
                for byte in isApostrophe ? from[mark] : to[mark] { output.append(byte) }
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
