/// Converts Chinese text between simplified and traditional script and their regional forms.
///
/// Conversion runs a phrase layer (longest dictionary phrases, with overlaps resolved by a
/// fewest-segments search over all phrase matches) in front of a character table. The tables
/// come from the OpenCC dictionaries, corrected by hand-checked overrides and completed by the
/// character mappings and phrase rules of ICU's transliterators. They are built once per
/// process, on first use, and shared read-only, so a converter is cheap to create and to share
/// across threads.
///
/// ```swift
/// ScriptConverter(.traditionalToSimplified).convert("俄烏第二輪直接談判")  // "俄乌第二轮直接谈判"
/// ScriptConverter(.simplifiedToTraditional).convert("我们一起干杯")      // "我們一起乾杯"
/// ScriptConverter(.toTaiwan(vocabulary: true)).convert("软件")         // "軟體"
/// ```
///
/// Text that is not Chinese is left alone: ASCII, digits and punctuation pass through, and by
/// default a paragraph containing kana (Japanese) or hangul (Korean) is not converted.
public struct ScriptConverter: Sendable {
    /// The conversion this converter performs.
    public let direction: Direction
    /// How text around the Chinese is treated.
    public let options: Options

    /// Creates a converter.
    ///
    /// Creating a converter is cheap; the shared tables are built on the first conversion.
    ///
    /// ```swift
    /// let converter = ScriptConverter(.toHongKong, options: .init(quotes: .corner))
    /// ```
    /// - Parameters:
    ///   - direction: Which script or regional standard to convert to.
    ///   - options: How to treat Japanese and Korean paragraphs and quotation marks.
    public init(_ direction: Direction, options: Options = Options()) {
        self.direction = direction
        self.options = options
    }

    /// Builds the tables of this converter's direction now instead of on the first conversion.
    ///
    /// Building takes a few tens of milliseconds once per process (opening ICU is most of it);
    /// a server may call this at start-up so that no request pays for it. Calling it again, or
    /// from several threads at once, is harmless.
    public func prepare() {
        _ = ScriptConversionTables.stages(for: direction)
    }

    /// Converts one text.
    ///
    /// ```swift
    /// ScriptConverter(.simplifiedToTraditional).convert("头发和发展")  // "頭髮和發展"
    /// ```
    /// - Parameter text: The text to convert; any length, any content.
    /// - Returns: The converted text. Line breaks, ASCII and characters outside the tables are
    ///   kept exactly.
    public func convert(_ text: String) -> String {
        if text.isEmpty { return text }
        let stages = ScriptConversionTables.stages(for: direction)
        var input = text
        return input.withUTF8 { bytes in
            var output = ScriptConversionOutput(capacity: bytes.count + bytes.count / 8)
            if options.foreignParagraphs == .leaveUnchanged, ForeignScriptDetector.containsKanaOrHangul(bytes) {
                ForeignScriptDetector.forEachLine(of: bytes) { line, isForeign in
                    if isForeign {
                        if let start = line.baseAddress { output.append(start, line.count) }
                    } else {
                        convert(line, stages: stages, into: &output)
                    }
                }
            } else {
                convert(bytes, stages: stages, into: &output)
            }
            return output.makeString()
        }
    }

    /// Runs every stage, then restyles quotation marks, and appends the result to `output`.
    private func convert(
        _ bytes: UnsafeBufferPointer<UInt8>, stages: [ScriptConversionStage],
        into output: inout ScriptConversionOutput
    ) {
        guard let first = stages.first else { return }
        if stages.count == 1 && options.quotes == .keep {
            first.convert(bytes, into: &output)
            return
        }
        var current = ScriptConversionOutput(capacity: bytes.count + bytes.count / 8)
        first.convert(bytes, into: &current)
        for stage in stages.dropFirst() {
            var next = ScriptConversionOutput(capacity: current.count + current.count / 8)
            stage.convert(current.bytes, into: &next)
            current = next
        }
        QuotationMarks.restyle(current.bytes, to: options.quotes, into: &output)
    }
}
