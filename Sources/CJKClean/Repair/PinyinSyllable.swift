/// Recognises a Hanyu Pinyin syllable written with tone marks, such as `xiàn` or `lǜ`.
enum PinyinSyllable {
    private static let toneMarkedVowels: Set<Unicode.Scalar> = Set(
        "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ".unicodeScalars)
    private static let vowels: Set<Unicode.Scalar> = Set("aeiouv".unicodeScalars).union(toneMarkedVowels)

    /// The longest a syllable can be (`zhuàng`, `shuāng`).
    static let maximumLength = 6

    /// Whether a scalar can appear in a syllable.
    static func isSyllableScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || toneMarkedVowels.contains(scalar)
    }

    /// Whether the scalars form one plausible syllable: lower-case letters with a vowel.
    static func isSyllable(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        !scalars.isEmpty && scalars.count <= maximumLength && scalars.allSatisfy(isSyllableScalar)
            && scalars.contains(where: vowels.contains)
    }
}
