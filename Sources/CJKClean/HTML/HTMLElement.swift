/// An element name as the line extractor sees it: an identity that compares in one instruction
/// and the categories the extractor needs, looked up once per tag from the name's bytes.
struct HTMLElement: Sendable, Equatable {
    /// What the extractor does with an element.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt16
        /// Its start and end break a line.
        static let block = Traits(rawValue: 1 << 0)
        /// Its content is never visible text.
        static let skipped = Traits(rawValue: 1 << 1)
        /// It may appear inside `<head>`; any other start tag ends it.
        static let headContent = Traits(rawValue: 1 << 2)
        /// It has no end tag.
        static let void = Traits(rawValue: 1 << 3)
        /// `<a>`: its text is link text.
        static let link = Traits(rawValue: 1 << 4)
        /// `<li>`, `<dt>`, `<dd>`.
        static let listItem = Traits(rawValue: 1 << 5)
        /// `<td>`, `<th>`.
        static let tableCell = Traits(rawValue: 1 << 6)
        /// `<h1>` … `<h6>`.
        static let heading = Traits(rawValue: 1 << 7)
        /// `<title>`.
        static let title = Traits(rawValue: 1 << 8)
        /// `<script>`.
        static let script = Traits(rawValue: 1 << 9)
        /// `<meta>`.
        static let meta = Traits(rawValue: 1 << 10)
        /// `<img>`.
        static let image = Traits(rawValue: 1 << 11)
        /// `<article>`, `<main>`: likely the article's container.
        static let articleContainer = Traits(rawValue: 1 << 12)
        /// `<nav>`, `<footer>`, `<aside>`, `<form>`, `<menu>`: likely boilerplate.
        static let boilerplateContainer = Traits(rawValue: 1 << 13)
        /// `<header>`: a page or section header, often navigation.
        static let header = Traits(rawValue: 1 << 14)
    }

    /// The name packed into an integer (names of up to eight ASCII bytes exactly, longer ones by hash).
    let code: UInt64
    /// The categories of the element.
    let traits: Traits
    /// The heading level, 1–6, or 0 when the element is not a heading.
    let headingLevel: Int

    /// Looks an element up by its lower-case name.
    /// - Parameter name: The tag name as UTF-8.
    init(name: some Collection<UInt8>) {
        let code = Self.code(of: name)
        self.code = code
        if let known = Self.table[code] {
            traits = known.traits
            headingLevel = known.headingLevel
        } else {
            traits = []
            headingLevel = 0
        }
    }

    private init(code: UInt64, traits: Traits, headingLevel: Int) {
        self.code = code
        self.traits = traits
        self.headingLevel = headingLevel
    }

    /// The code of `head`.
    static let headCode = code(of: Array("head".utf8))

    /// The identity of a name: its bytes packed little-endian when they are at most eight ASCII
    /// bytes, else its FNV-1a hash with the top bit set (packed ASCII never sets it).
    static func code(of name: some Collection<UInt8>) -> UInt64 {
        if name.count <= 8 {
            var packed: UInt64 = 0
            var shift: UInt64 = 0
            var isASCII = true
            for byte in name {
                isASCII = isASCII && byte < 0x80
                packed |= UInt64(byte) << shift
                shift += 8
            }
            if isASCII { return packed }
        }
        return FNV1a.hash(name) | (1 << 63)
    }

    private static let table: CodeTable<HTMLElement> = {
        var traitsByName: [String: Traits] = [:]
        func add(_ names: [String], _ traits: Traits) {
            for name in names { traitsByName[name, default: []].insert(traits) }
        }
        add(
            [
                "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
                "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
                "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
                "button",
            ], .block)
        add(
            [
                "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                "select", "textarea", "audio", "video", "map", "head", "noembed", "noframes",
            ], .skipped)
        add(
            [
                "base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title",
                "object", "head",
            ], .headContent)
        add(
            [
                "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
                "wbr", "keygen",
            ], .void)
        add(["a"], .link)
        add(["li", "dt", "dd"], .listItem)
        add(["td", "th"], .tableCell)
        add(["h1", "h2", "h3", "h4", "h5", "h6"], .heading)
        add(["title"], .title)
        add(["script"], .script)
        add(["meta"], .meta)
        add(["img"], .image)
        add(["article", "main"], .articleContainer)
        add(["nav", "footer", "aside", "form", "menu"], .boilerplateContainer)
        add(["header"], .header)
        let elements = traitsByName.map { name, traits in
            let level = traits.contains(.heading) ? Int(String(name.dropFirst())) ?? 0 : 0
            return HTMLElement(code: code(of: Array(name.utf8)), traits: traits, headingLevel: level)
        }
        return CodeTable(elements.map { (code: $0.code, value: $0) })
    }()
}
