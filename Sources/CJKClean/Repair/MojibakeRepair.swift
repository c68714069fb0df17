/// Repairs text that was damaged by charset confusion, and leaves clean text untouched.
///
/// ```swift
/// let repair = MojibakeRepair()
/// let result = repair.repair("俄方代表團將攜其他?;鹛嶙h。")
/// result.text     // "俄方代表團將攜其他停火提議。"
/// result.repairs  // [Repair(kind: .shiftedGBKIsland, …)]
/// ```
///
/// Each mechanism first checks cheaply whether it can apply at all, so clean text costs one
/// pass over its scalars and comes back identical.
public struct MojibakeRepair: Sendable {
    /// Which mechanisms run.
    public struct Options: Sendable, Hashable {
        /// Remove systematic pinyin glosses such as `現(xiàn)場`.
        public var removesPinyinGlosses: Bool
        /// Re-decode GBK islands that were decoded one byte off.
        public var repairsShiftedGBKIslands: Bool

        /// Creates options; every mechanism is on by default.
        /// - Parameters:
        ///   - removesPinyinGlosses: Remove systematic pinyin glosses.
        ///   - repairsShiftedGBKIslands: Re-decode shifted GBK islands.
        public init(removesPinyinGlosses: Bool = true, repairsShiftedGBKIslands: Bool = true) {
            self.removesPinyinGlosses = removesPinyinGlosses
            self.repairsShiftedGBKIslands = repairsShiftedGBKIslands
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
        var scalars = Array(text.unicodeScalars)
        var repairs: [Repair] = []
        if options.removesPinyinGlosses && PinyinGlossRepair.mayApply(to: scalars) {
            scalars = scalars.applying(PinyinGlossRepair().edits(for: scalars), into: &repairs)
        }
        if options.repairsShiftedGBKIslands && ShiftedGBKIslandRepair.mayApply(to: scalars) {
            scalars = scalars.applying(ShiftedGBKIslandRepair(model: PlausibilityModel(document: scalars)).edits(for: scalars), into: &repairs)
        }
        return RepairResult(text: repairs.isEmpty ? text : scalars.string, repairs: repairs)
    }
}
