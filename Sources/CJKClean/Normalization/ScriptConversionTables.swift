import Foundation

/// The conversion steps, built once per process on first use and shared read-only.
///
/// Swift initialises each `static let` exactly once, thread-safely, so concurrent first calls
/// wait for one build instead of racing.
enum ScriptConversionTables {
    /// The steps of a conversion, in order.
    /// - Parameter direction: The conversion.
    /// - Returns: One or two steps.
    static func stages(for direction: ScriptConverter.Direction) -> [ScriptConversionStage] {
        switch direction {
        case .simplifiedToTraditional: [simplifiedToTraditional]
        case .traditionalToSimplified: [traditionalToSimplified]
        case .toTaiwan(let vocabulary): [simplifiedToTraditional, vocabulary ? taiwanVocabulary : taiwanVariants]
        case .fromTaiwan(let vocabulary):
            [vocabulary ? taiwanVocabularyReversed : taiwanVariantsReversed, traditionalToSimplified]
        case .toHongKong: [simplifiedToTraditional, hongKongVariants]
        case .fromHongKong: [hongKongVariantsReversed, traditionalToSimplified]
        }
    }

    static let simplifiedToTraditional = ScriptConversionICULayer.stage(
        phrases: trie("simplified-to-traditional"), transliterator: "Simplified-Traditional",
        alternatives: alternatives("alternatives-st"),
        normalizer: ScriptConversionCharacterTable(singleCharactersOf: taiwanVariantsReversed.phrases))
    static let traditionalToSimplified = ScriptConversionICULayer.stage(
        phrases: trie("traditional-to-simplified"), transliterator: "Traditional-Simplified",
        alternatives: alternatives("alternatives-ts"), normalizer: ScriptConversionCharacterTable())
    static let taiwanVariants = ScriptConversionStage(phrases: trie("taiwan-variants"))
    static let taiwanVocabulary = ScriptConversionStage(phrases: trie("taiwan-vocabulary"))
    static let taiwanVariantsReversed = ScriptConversionStage(phrases: trie("taiwan-variants-reversed"))
    static let taiwanVocabularyReversed = ScriptConversionStage(phrases: trie("taiwan-vocabulary-reversed"))
    static let hongKongVariants = ScriptConversionStage(phrases: trie("hong-kong-variants"))
    static let hongKongVariantsReversed = ScriptConversionStage(phrases: trie("hong-kong-variants-reversed"))

    /// Characters whose conversion the dictionaries decide; ICU's character layer is used only
    /// for the others.
    static let decidedCharacters: Set<UInt32> = {
        Set(resourceText("decided-characters", extension: "txt").unicodeScalars.map(\.value))
    }()

    private static let directory = "Data/ScriptConversion"

    private static func resourceURL(_ name: String, extension fileExtension: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: directory)
            ?? Bundle.module.resourceURL?.appendingPathComponent(directory).appendingPathComponent(
                "\(name).\(fileExtension)")
    }

    private static func trie(_ name: String) -> ScriptConversionTrie {
        guard let url = resourceURL(name, extension: "trie"),
            let data = try? Data(contentsOf: url, options: .mappedIfSafe),
            let trie = ScriptConversionTrie(serialized: data)
        else { return ScriptConversionTrie() }
        return trie
    }

    private static func resourceText(_ name: String, extension fileExtension: String) -> String {
        guard let url = resourceURL(name, extension: fileExtension), let data = try? Data(contentsOf: url) else {
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads `key<TAB>candidates` lines into key → set of candidate characters.
    private static func alternatives(_ name: String) -> [UInt32: Set<UInt32>] {
        var result: [UInt32: Set<UInt32>] = [:]
        for line in resourceText(name, extension: "txt").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let key = fields[0].unicodeScalars.first, fields[0].unicodeScalars.count == 1
            else { continue }
            result[key.value, default: []].formUnion(fields[1].unicodeScalars.map(\.value))
        }
        return result
    }
}
