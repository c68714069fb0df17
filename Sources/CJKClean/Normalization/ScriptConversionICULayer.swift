/// Completes a dictionary step with what ICU's transliterator knows.
///
/// ICU is asked twice, once per process: for its rules (`utrans_toRules`), from which the plain
/// `phrase > replacement;` rules are taken, and for one transliteration of all the single
/// characters its rules name that the dictionaries leave undecided. The transliterator is
/// opened for this and released afterwards; nothing calls ICU while converting.
enum ScriptConversionICULayer {
    /// Builds a step from dictionary phrases plus ICU's characters and phrase rules.
    ///
    /// A phrase rule is kept only when, character by character, it picks one of the
    /// dictionaries' candidates for that character (after `normalizer` maps ICU's regional forms
    /// to the dictionaries' standard forms) and at least one of its characters has several
    /// candidates: ICU then contributes context, never a new spelling.
    /// - Parameters:
    ///   - phrases: The dictionary phrases and characters.
    ///   - transliterator: The ICU identifier, e.g. `"Simplified-Traditional"`.
    ///   - alternatives: Characters with several candidates, and the candidates.
    ///   - normalizer: Maps ICU's output characters to the dictionaries' standard.
    /// - Returns: The step; without ICU, a step of the dictionaries alone.
    static func stage(
        phrases: ScriptConversionTrie, transliterator identifier: String,
        alternatives: [UInt32: Set<UInt32>], normalizer: ScriptConversionCharacterTable
    )
        -> ScriptConversionStage
    {
        guard let transliterator = try? ICUTransliterator(identifier) else {
            return ScriptConversionStage(phrases: phrases)
        }
        let dictionaryCharacters = ScriptConversionCharacterTable(singleCharactersOf: phrases)
        let rules = plainRules(transliterator.rules)
        let decided = ScriptConversionTables.decidedCharacters

        var singles: [UInt32] = []
        var phraseEntries: [(key: [UInt32], value: [UInt8])] = []
        for (key, value) in rules where key.allSatisfy(isHan) && value.allSatisfy(isHan) {
            if key.count == 1 {
                if !decided.contains(key[0]) && key != value { singles.append(key[0]) }
                continue
            }
            if let accepted = acceptedPhrase(
                key: key, value: value, characters: dictionaryCharacters,
                alternatives: alternatives, normalizer: normalizer)
            {
                phraseEntries.append((key, Array(String(String.UnicodeScalarView(accepted)).utf8)))
            }
        }
        return ScriptConversionStage(
            phrases: phrases, supplementaryPhrases: ScriptConversionTrie(entries: phraseEntries),
            extraCharacters: characterMappings(singles, transliterator: transliterator))
    }

    /// Transliterates all `scalars` in one call, one per line, and pairs each with its result.
    private static func characterMappings(_ scalars: [UInt32], transliterator: ICUTransliterator)
        -> [(scalar: UInt32, value: [UInt8])]
    {
        let unique = Array(Set(scalars)).sorted()
        let text = String(String.UnicodeScalarView(unique.compactMap(Unicode.Scalar.init)))
        let joined = text.unicodeScalars.map { String($0) }.joined(separator: "\n")
        let results = transliterator.transliterate(joined).split(separator: "\n", omittingEmptySubsequences: false)
        guard results.count == unique.count else { return [] }
        var mappings: [(scalar: UInt32, value: [UInt8])] = []
        for (scalar, result) in zip(unique, results) {
            let scalars = result.unicodeScalars
            guard !scalars.isEmpty, scalars.allSatisfy({ isHan($0.value) }),
                !(scalars.count == 1 && scalars.first?.value == scalar)
            else { continue }
            mappings.append((scalar, Array(result.utf8)))
        }
        return mappings
    }

    /// The rule's replacement in the dictionaries' forms, or `nil` when the rule is not kept.
    private static func acceptedPhrase(
        key: [UInt32], value: [UInt32], characters: ScriptConversionCharacterTable,
        alternatives: [UInt32: Set<UInt32>],
        normalizer: ScriptConversionCharacterTable
    ) -> [Unicode.Scalar]? {
        guard key.count == value.count else { return nil }
        var accepted: [Unicode.Scalar] = []
        var isAmbiguous = false
        for (source, target) in zip(key, value) {
            let candidates = alternatives[source] ?? []
            if candidates.count > 1 { isAmbiguous = true }
            let defaultTarget = characters.replacementText(source).flatMap(singleScalar) ?? source
            var chosen: UInt32?
            for option in [target, normalizer.replacementText(target).flatMap(singleScalar)] {
                guard let option else { continue }
                if option == source || option == defaultTarget || candidates.contains(option) {
                    chosen = option
                    break
                }
            }
            guard let chosen, let scalar = Unicode.Scalar(chosen) else { return nil }
            accepted.append(scalar)
        }
        return isAmbiguous ? accepted : nil
    }

    /// Whether `scalar` is a CJK ideograph (unified, extension or compatibility). Only these are
    /// taken from ICU: its rules also rewrite punctuation, which would make the output depend on
    /// the installed ICU version.
    static func isHan(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    private static func singleScalar(_ utf8: [UInt8]) -> UInt32? {
        let scalars = String(decoding: utf8, as: UTF8.self).unicodeScalars
        return scalars.count == 1 ? scalars.first?.value : nil
    }

    /// The rules of the form `phrase > replacement;` whose two sides are plain non-ASCII text
    /// (no sets, context, variables or escapes).
    /// - Parameter rules: ICU rule text.
    /// - Returns: (key, value) pairs as scalar values, in rule order.
    static func plainRules(_ rules: String) -> [(key: [UInt32], value: [UInt32])] {
        var result: [(key: [UInt32], value: [UInt32])] = []
        var key: [UInt32] = []
        var value: [UInt32] = []
        var isPlain = true
        var sawArrow = false
        var pending: [UInt32] = []  // ASCII read since the last non-ASCII character
        func finishLine() {
            if isPlain, sawArrow, pending == [0x3B], !key.isEmpty, !value.isEmpty {
                result.append((key, value))
            }
            key.removeAll(keepingCapacity: true)
            value.removeAll(keepingCapacity: true)
            pending.removeAll(keepingCapacity: true)
            isPlain = true
            sawArrow = false
        }
        for scalar in rules.unicodeScalars {
            let code = scalar.value
            if code == 0x0A || code == 0x0D {
                finishLine()
                continue
            }
            guard isPlain else { continue }
            if code < 0x80 {
                pending.append(code)
                continue
            }
            // A non-ASCII character: what came before it must be nothing, leading spaces, or " > ".
            if !pending.isEmpty {
                if !sawArrow, !key.isEmpty, pending == [0x20, 0x3E, 0x20] {
                    sawArrow = true
                } else if !(key.isEmpty && pending.allSatisfy({ $0 == 0x20 })) {
                    isPlain = false
                    continue
                }
                pending.removeAll(keepingCapacity: true)
            }
            if sawArrow { value.append(code) } else { key.append(code) }
        }
        finishLine()
        return result
    }
}
