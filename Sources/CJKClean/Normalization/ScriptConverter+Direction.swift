extension ScriptConverter {
    /// A conversion between Chinese scripts or regional standards.
    ///
    /// "Traditional" without a region is the OpenCC standard (the forms of the Kangxi dictionary,
    /// such as 爲, 裏, 說); ``toTaiwan(vocabulary:)`` and ``toHongKong`` give the forms used in
    /// Taiwan (為, 裡, 說) and Hong Kong (為, 裏, 説).
    ///
    /// ```swift
    /// ScriptConverter(.simplifiedToTraditional).convert("柜子里")  // "櫃子裏"
    /// ScriptConverter(.toTaiwan()).convert("柜子里")               // "櫃子裡"
    /// ScriptConverter(.toTaiwan(vocabulary: true)).convert("软件") // "軟體"
    /// ScriptConverter(.fromTaiwan(vocabulary: true)).convert("軟體") // "软件"
    /// ```
    public enum Direction: Sendable, Hashable {
        /// Simplified Chinese to traditional Chinese (OpenCC standard forms): `"发展"` → `"發展"`.
        case simplifiedToTraditional
        /// Traditional Chinese of any region to simplified Chinese: `"乾隆瞭望"` → `"乾隆瞭望"`,
        /// `"頭髮"` → `"头发"`.
        case traditionalToSimplified
        /// Simplified Chinese to traditional Chinese as written in Taiwan: `"里面"` → `"裡面"`.
        /// With `vocabulary`, also Taiwan's words: `"软件"` → `"軟體"`, `"鼠标"` → `"滑鼠"`.
        case toTaiwan(vocabulary: Bool = false)
        /// Traditional Chinese as written in Taiwan to simplified Chinese. With `vocabulary`, also
        /// mainland words: `"軟體"` → `"软件"`.
        case fromTaiwan(vocabulary: Bool = false)
        /// Simplified Chinese to traditional Chinese as written in Hong Kong: `"说"` → `"説"`.
        case toHongKong
        /// Traditional Chinese as written in Hong Kong to simplified Chinese: `"説"` → `"说"`.
        case fromHongKong
    }
}

extension ScriptConverter.Direction {
    /// Every direction, with and without Taiwan vocabulary.
    public static let all: [ScriptConverter.Direction] = [
        .simplifiedToTraditional, .traditionalToSimplified,
        .toTaiwan(vocabulary: false), .fromTaiwan(vocabulary: false),
        .toTaiwan(vocabulary: true), .fromTaiwan(vocabulary: true),
        .toHongKong, .fromHongKong,
    ]

    /// The direction that undoes this one, as far as conversion can be undone.
    ///
    /// ```swift
    /// ScriptConverter.Direction.toTaiwan(vocabulary: true).reversed  // .fromTaiwan(vocabulary: true)
    /// ```
    public var reversed: ScriptConverter.Direction {
        switch self {
        case .simplifiedToTraditional: .traditionalToSimplified
        case .traditionalToSimplified: .simplifiedToTraditional
        case .toTaiwan(let vocabulary): .fromTaiwan(vocabulary: vocabulary)
        case .fromTaiwan(let vocabulary): .toTaiwan(vocabulary: vocabulary)
        case .toHongKong: .fromHongKong
        case .fromHongKong: .toHongKong
        }
    }

    /// The name of the OpenCC configuration this direction corresponds to, such as `"s2twp"`.
    public var openCCConfiguration: String {
        switch self {
        case .simplifiedToTraditional: "s2t"
        case .traditionalToSimplified: "t2s"
        case .toTaiwan(let vocabulary): vocabulary ? "s2twp" : "s2tw"
        case .fromTaiwan(let vocabulary): vocabulary ? "tw2sp" : "tw2s"
        case .toHongKong: "s2hk"
        case .fromHongKong: "hk2s"
        }
    }

    /// The direction for an OpenCC configuration name, for users coming from OpenCC.
    ///
    /// ```swift
    /// ScriptConverter.Direction(openCCConfiguration: "tw2sp")  // .fromTaiwan(vocabulary: true)
    /// ScriptConverter.Direction(openCCConfiguration: "s2twp.json")  // .toTaiwan(vocabulary: true)
    /// ```
    /// - Parameter name: `s2t`, `t2s`, `s2tw`, `tw2s`, `s2twp`, `tw2sp`, `s2hk` or `hk2s`, with or
    ///   without `.json`, in any letter case.
    /// - Returns: `nil` for other configurations (such as `t2jp` or `hk2t`), which CJKClean does
    ///   not implement.
    public init?(openCCConfiguration name: String) {
        var key = name.lowercased()
        if key.hasSuffix(".json") { key.removeLast(5) }
        guard let direction = Self.all.first(where: { $0.openCCConfiguration == key }) else { return nil }
        self = direction
    }
}
