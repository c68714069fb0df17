import CJKClean

/// One garbled sentence, made through a real codec path, with the text it must repair to.
struct MojibakeCase {
    /// The name the rates are reported under.
    var category: String
    /// Whether a strict inverse exists (no byte was lost).
    var isLossless: Bool
    var language: String
    var garbled: String
    var expected: String
}

/// Garbles sentences the way real software does.
enum Garbler {
    /// Every case for the sentences of every language.
    static let allCases: [MojibakeCase] =
        cases(for: MojibakeSentences.simplifiedChinese, language: "zh-Hans")
        + cases(for: MojibakeSentences.traditionalChinese, language: "zh-Hant")
        + cases(for: MojibakeSentences.japanese, language: "ja")
        + cases(for: MojibakeSentences.korean, language: "ko")

    /// UTF-8 bytes decoded with another charset (lossy: bad bytes become U+FFFD).
    static func utf8(_ text: String, readAs charset: String) -> String? {
        try? ICUCharset.decode(Array(text.utf8), charset: charset)
    }

    /// Text encoded in one charset (strictly) and decoded with another.
    static func legacy(_ text: String, encodedIn original: String, readAs charset: String) -> String? {
        guard let bytes = try? ICUCharset.encode(text, charset: original, strict: true) else { return nil }
        return try? ICUCharset.decode(bytes, charset: charset)
    }

    /// Every case for the sentences of one language.
    static func cases(for sentences: [String], language: String) -> [MojibakeCase] {
        var cases: [MojibakeCase] = []
        func add(_ category: String, _ garbled: String?, _ expected: String) {
            guard let garbled, garbled != expected else { return }
            let lossless = !garbled.unicodeScalars.contains("\u{FFFD}") && !garbled.contains("?")
                || !expected.contains("?") && !garbled.unicodeScalars.contains("\u{FFFD}")
            cases.append(
                MojibakeCase(category: category, isLossless: lossless, language: language, garbled: garbled, expected: expected))
        }
        let frame = MojibakeSentences.islandFrames[language] ?? ("", "")
        for sentence in sentences {
            add("utf8AsWindows1252", utf8(sentence, readAs: "windows-1252"), sentence)
            add("utf8AsLatin1", utf8(sentence, readAs: "ISO-8859-1"), sentence)
            if let once = utf8(sentence, readAs: "windows-1252") {
                add("doubleUTF8", utf8(once, readAs: "windows-1252"), sentence)
            }
            if let island = utf8(sentence, readAs: "windows-1252") {
                add("utf8AsWindows1252Island", frame.0 + island + frame.1, frame.0 + sentence + frame.1)
            }
            for (category, charset) in [
                ("utf8AsGBK", "GB18030"), ("utf8AsBig5", "Big5-HKSCS"), ("utf8AsShiftJIS", "windows-31j"),
                ("utf8AsEUCKR", "windows-949"),
            ] {
                guard let garbled = utf8(sentence, readAs: charset) else { continue }
                let lossy = garbled.unicodeScalars.contains("\u{FFFD}")
                add(category + (lossy ? "Lossy" : ""), garbled, sentence)
                if lossy && charset == "GB18030" {
                    // A later step wrote the text out again and every U+FFFD became `?`.
                    add(category + "LossyQuestionMark", garbled.replacingOccurrences(of: "\u{FFFD}", with: "?"), sentence)
                }
                if !lossy && charset == "GB18030" {
                    add(category + "Island", frame.0 + garbled + frame.1, frame.0 + sentence + frame.1)
                }
            }
            // Each legacy charset with the language it is really used for.
            let legacyCharsets: [String: [(String, String)]] = [
                "zh-Hans": [("gbkAsWindows1252", "GB18030")],
                "zh-Hant": [("big5AsWindows1252", "Big5-HKSCS")],
                "ja": [("shiftJISAsWindows1252", "windows-31j"), ("eucJPAsWindows1252", "EUC-JP")],
                "ko": [("eucKRAsWindows1252", "windows-949")],
            ]
            for (category, original) in legacyCharsets[language] ?? [] {
                guard let garbled = legacy(sentence, encodedIn: original, readAs: "windows-1252") else { continue }
                add(category, garbled, sentence)
            }
            if language == "zh-Hans", let garbled = legacy(sentence, encodedIn: "GB18030", readAs: "Big5-HKSCS") {
                add("gbkAsBig5" + (garbled.unicodeScalars.contains("\u{FFFD}") ? "Lossy" : ""), garbled, sentence)
            }
            if language == "zh-Hant", let garbled = legacy(sentence, encodedIn: "Big5-HKSCS", readAs: "GB18030") {
                add("big5AsGBK" + (garbled.unicodeScalars.contains("\u{FFFD}") ? "Lossy" : ""), garbled, sentence)
            }
            let decimal = sentence.unicodeScalars.map { $0.value < 0x80 ? String($0) : "&#\($0.value);" }.joined()
            let hex = sentence.unicodeScalars.map { $0.value < 0x80 ? String($0) : "&#x\(String($0.value, radix: 16, uppercase: true));" }.joined()
            add("numericEntity", decimal, sentence)
            add("numericEntity", hex, sentence)
            add("numericEntity", decimal.replacingOccurrences(of: "&#", with: "&amp;#"), sentence)
        }
        return cases.map { item in
            var item = item
            if item.category.hasSuffix("Lossy") || item.category.hasSuffix("LossyQuestionMark") { item.isLossless = false }
            else { item.isLossless = true }
            return item
        }
    }
}
