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
