/// Removes pinyin glosses that a converter inserted after Han characters, e.g. `現(xiàn)場` → `現場`.
///
/// A gloss is removed only when it is a real reading of the character before it, and only when
/// the text glosses systematically: at least ``minimumGlosses`` valid glosses, one of them
/// repeated (the same character with the same reading), or many glosses in all. A textbook gloss
/// such as `重(chóng)新` in otherwise clean text is left alone.
struct PinyinGlossRepair: Sendable {
    /// One gloss found in the text.
    struct Gloss {
        /// Index of the glossed Han character.
        var character: Int
        /// The parentheses and the syllable between them.
        var range: Range<Int>
        var reading: String
    }

    static let minimumGlosses = 3
    static let enoughGlossesWithoutRepetition = 8

    private let readings: HanReadings

    init(readings: HanReadings = .shared) {
        self.readings = readings
    }

    /// Whether the text could contain a gloss at all (a cheap pre-check).
    static func mayApply(to scalars: [Unicode.Scalar]) -> Bool {
        var previousIsHan = false
        for scalar in scalars {
            if previousIsHan && (scalar == "(" || scalar == "（") { return true }
            previousIsHan = scalar.isHan
        }
        return false
    }

    /// Every valid gloss: a Han character, `(` or `（`, one syllable that the character can be
    /// read as, `)` or `）`.
    func glosses(in scalars: [Unicode.Scalar]) -> [Gloss] {
        var found: [Gloss] = []
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "(" || scalars[index] == "（", scalars[index - 1].isHan else { continue }
            var end = index + 1
            while end < scalars.count, end - index <= PinyinSyllable.maximumLength,
                PinyinSyllable.isSyllableScalar(scalars[end])
            {
                end += 1
            }
            guard end < scalars.count, scalars[end] == ")" || scalars[end] == "）" else { continue }
            let syllable = scalars[(index + 1)..<end]
            guard PinyinSyllable.isSyllable(syllable) else { continue }
            let reading = Array(syllable).string
            guard readings.readings(of: scalars[index - 1]).contains(reading) else { continue }
            found.append(Gloss(character: index - 1, range: index..<(end + 1), reading: reading))
            index = end
        }
        return found
    }

    /// Edits that delete every valid gloss, or none when the text does not gloss systematically.
    func edits(for scalars: [Unicode.Scalar]) -> [ScalarEdit] {
        let found = glosses(in: scalars)
        guard isSystematic(found, in: scalars) else { return [] }
        return found.map { gloss in
            ScalarEdit(range: gloss.range, replacement: [], kind: .pinyinGloss, confidence: 0.95)
        }
    }

    private func isSystematic(_ glosses: [Gloss], in scalars: [Unicode.Scalar]) -> Bool {
        guard glosses.count >= Self.minimumGlosses else { return false }
        if glosses.count >= Self.enoughGlossesWithoutRepetition { return true }
        var seen = Set<String>()
        for gloss in glosses {
            let key = "\(scalars[gloss.character])\(gloss.reading)"
            if !seen.insert(key).inserted { return true }
        }
        return false
    }
}
