/// Repairs text that was damaged by charset confusion, and leaves clean text untouched.
///
/// ```swift
/// let repair = MojibakeRepair()
/// let result = repair.repair("俄方代表團將攜其他?;鹛嶙h。")
/// result.text     // "俄方代表團將攜其他停火提議。"
/// result.repairs  // [Repair(kind: .shiftedGBKIsland, …)]
/// ```
///
/// ```swift
/// repair.repair("ä¸­æ–‡æµ‹è¯•ã€‚").text  // "中文测试。" (UTF-8 read as Windows-1252)
/// repair.repair("浠婂ぉ澶╂皵寰堝ソ銆\u{FFFD}").text  // "今天天气很好。" (UTF-8 read as GBK, a byte lost)
/// repair.repair("&#20013;&#25991;").text  // "中文"
/// ```
///
/// A ``MojibakeGate`` pass over the UTF-8 bytes decides first whether the text can be damaged at
/// all, so clean text costs one byte loop and comes back identical. Only the lines the gate
/// flags are examined: each stretch is re-encoded with the charset it may have been misread
/// with and decoded strictly with the one it may really be in (UTF-8, GBK, Big5, Shift_JIS,
/// EUC-JP, EUC-KR), bytes the misreading lost are filled in, and a decoding replaces the
/// original only when it is clearly more plausible CJK text.
public struct MojibakeRepair: Sendable {
    /// Which mechanisms run.
    public struct Options: Sendable, Hashable {
        /// Remove systematic pinyin glosses such as `現(xiàn)場`.
        public var removesPinyinGlosses: Bool
        /// Re-decode GBK islands that were decoded one byte off.
        public var repairsShiftedGBKIslands: Bool
        /// Undo charset misreadings (UTF-8 read as Windows-1252, GBK, Big5, Shift_JIS or EUC-KR;
        /// legacy CJK charsets read as Windows-1252; GBK and Big5 read as each other).
        public var undoesMisreadCharsets: Bool
        /// Decode numeric character references left escaped, such as `&#20013;`.
        public var decodesNumericEntities: Bool

        /// Creates options; every mechanism is on by default.
        /// - Parameters:
        ///   - removesPinyinGlosses: Remove systematic pinyin glosses.
        ///   - repairsShiftedGBKIslands: Re-decode shifted GBK islands.
        ///   - undoesMisreadCharsets: Undo charset misreadings.
        ///   - decodesNumericEntities: Decode escaped numeric character references.
        public init(
            removesPinyinGlosses: Bool = true, repairsShiftedGBKIslands: Bool = true, undoesMisreadCharsets: Bool = true,
            decodesNumericEntities: Bool = true
        ) {
            self.removesPinyinGlosses = removesPinyinGlosses
            self.repairsShiftedGBKIslands = repairsShiftedGBKIslands
            self.undoesMisreadCharsets = undoesMisreadCharsets
            self.decodesNumericEntities = decodesNumericEntities
        }
    }

    /// The mechanisms that run.
    public let options: Options

    /// Creates a repairer.
    /// - Parameter options: Which mechanisms run.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Repairs one text. Glosses are judged over the whole text, so pass a whole document
    /// rather than one line at a time.
    /// - Parameter text: The possibly damaged text.
    /// - Returns: The repaired text and the list of changes.
    public func repair(_ text: String) -> RepairResult {
        var lines = MojibakeGate.scan(text)
        guard !lines.isEmpty else { return RepairResult(text: text, repairs: []) }
        var signals = lines.reduce(into: MojibakeGate.Signals()) { $0.formUnion($1.signals) }
        // Appending into reserved room: `Array(_:)` would first walk the text to count it.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        var repairs: [Repair] = []
        // The plausibility model learns the document's punctuation: it is built again only
        // after the text changes.
        var model: PlausibilityModel?
        // The string of `scalars`: edits cut the text they replace from it and piece the new
        // string together from it.
        var current = text
        if options.decodesNumericEntities && signals.contains(.numericEntity) {
            let edits = NumericEntityRepair().edits(for: scalars)
            if !edits.isEmpty {
                (scalars, current) = scalars.applying(edits, into: &repairs, source: current)
                lines = MojibakeGate.scan(current)
                signals = lines.reduce(into: MojibakeGate.Signals()) { $0.formUnion($1.signals) }
            }
        }
        if options.undoesMisreadCharsets && !signals.isDisjoint(with: .recodable) {
            scalars = undoMisreadCharsets(scalars, lines: lines, model: &model, current: &current, into: &repairs)
        }
        if options.removesPinyinGlosses && PinyinGlossRepair.mayApply(to: scalars) {
            let edits = PinyinGlossRepair().edits(for: scalars)
            if !edits.isEmpty {
                (scalars, current) = scalars.applying(edits, into: &repairs, source: current)
                model = nil
            }
        }
        if options.repairsShiftedGBKIslands && ShiftedGBKIslandRepair.mayApply(to: scalars) {
            let islandModel = model ?? PlausibilityModel(document: scalars)
            let edits = ShiftedGBKIslandRepair(model: islandModel).edits(for: scalars)
            if !edits.isEmpty {
                (scalars, current) = scalars.applying(edits, into: &repairs, source: current)
            }
        }
        return RepairResult(text: current, repairs: repairs)
    }

    /// Rounds of re-decoding: text encoded twice (such as double UTF-8) needs two.
    static let maximumRecodingRounds = 3

    /// Undoes charset misreadings, in rounds while they change the text.
    /// - Parameters:
    ///   - text: The text.
    ///   - lines: The gate's suspicious lines of `text`.
    ///   - model: The model of `text` if already built; on return, the model of the returned
    ///     text if one was built for it.
    ///   - current: The string of `text`; on return, the string of the returned text.
    ///   - repairs: The list the changes are appended to.
    /// - Returns: The text with misreadings undone.
    private func undoMisreadCharsets(
        _ text: [Unicode.Scalar], lines: [MojibakeGate.SuspiciousLine], model: inout PlausibilityModel?,
        current: inout String, into repairs: inout [Repair]
    ) -> [Unicode.Scalar] {
        var scalars = text
        var lines = lines
        for _ in 0..<Self.maximumRecodingRounds {
            let suspicious = lines.filter { !$0.signals.isDisjoint(with: .recodable) }
            guard !suspicious.isEmpty else { break }
            let documentModel = model ?? PlausibilityModel(document: scalars)
            model = documentModel
            let edits = RecodeRepair(model: documentModel).edits(for: scalars, lines: suspicious)
            guard !edits.isEmpty else { break }
            model = nil
            (scalars, current) = scalars.applying(edits, into: &repairs, source: current)
            lines = MojibakeGate.scan(current)
        }
        return scalars
    }
}
