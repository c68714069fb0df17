/// How many characters of each script that tells East Asian languages apart a stretch holds:
/// kana, Hangul, bopomofo, and CJK characters in all. Counting a line once and subtracting a
/// stretch gives the stretch's surroundings without walking the line again.
struct ScriptCensus: Equatable {
    /// Kana, without the prolonged-sound mark and the middle dot that Chinese text borrows.
    private(set) var kana = 0
    /// Hangul syllables and jamo.
    private(set) var hangul = 0
    /// Bopomofo letters.
    private(set) var bopomofo = 0
    /// Han, kana and Hangul characters.
    private(set) var cjk = 0

    /// Counts the scripts of a text.
    /// - Parameter text: The scalars to count.
    init<S: Sequence<Unicode.Scalar>>(_ text: S) {
        for scalar in text where scalar.value >= 0x1100 {
            // Han, the common case, belongs to none of the other scripts.
            if scalar.isHan {
                cjk += 1
                continue
            }
            if scalar.isKana && scalar.value != 0x30FC && scalar.value != 0x30FB { kana += 1 }
            if scalar.isHangul { hangul += 1 }
            if (0x3100...0x312F).contains(scalar.value) || (0x31A0...0x31BF).contains(scalar.value) { bopomofo += 1 }
            if scalar.isCJK { cjk += 1 }
        }
    }

    /// The census of this text without a part of it.
    /// - Parameter part: The census of a stretch of this text.
    /// - Returns: The counts of the rest.
    func removing(_ part: ScriptCensus) -> ScriptCensus {
        var rest = self
        rest.kana -= part.kana
        rest.hangul -= part.hangul
        rest.bopomofo -= part.bopomofo
        rest.cjk -= part.cjk
        return rest
    }

    /// Whether the text holds kana, Hangul or bopomofo (a text without them uses only the
    /// scripts of any other).
    var usesDistinguishingScript: Bool {
        kana > 0 || hangul > 0 || bopomofo > 0
    }

    /// Whether every distinguishing script of this census also appears in another.
    /// - Parameter other: The census to compare with.
    /// - Returns: `true` when this text brings no kana, Hangul or bopomofo the other lacks.
    func usesOnlyScripts(of other: ScriptCensus) -> Bool {
        (kana == 0 || other.kana > 0) && (hangul == 0 || other.hangul > 0) && (bopomofo == 0 || other.bopomofo > 0)
    }
}
