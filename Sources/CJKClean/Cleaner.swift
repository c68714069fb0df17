/// Turns a web page, or text already split into lines, into clean article text.
///
/// ```swift
/// let document = Cleaner.clean(html: page)
/// print(document.title ?? "")
/// for paragraph in document.paragraphs { print(paragraph) }
///
/// let simplified = Cleaner(options: .init(script: .simplified))
/// let converted = simplified.clean(text: scrapedLines)
/// ```
///
/// The pipeline: decode bytes → lines (HTML blocks, or the text's own lines) → mojibake repair →
/// boilerplate removal → script conversion. A `Cleaner` is immutable and `Sendable`: share one
/// across threads.
public struct Cleaner: Sendable {
    /// The options this cleaner applies.
    public let options: CleanerOptions

    /// Creates a cleaner.
    /// - Parameter options: Options; the defaults repair mojibake, remove boilerplate and keep
    ///   the script.
    public init(options: CleanerOptions = .default) {
        self.options = options
    }

    /// Cleans plain text whose blocks are already on separate lines, such as scraped page text.
    /// - Parameter text: The text, one block per line.
    /// - Returns: The cleaned document; its title is the headline-like line before the article.
    public func clean(text: String) -> CleanedDocument {
        let lines = WhitespaceNormalizer.lines(of: text).map { TextLine(text: $0) }
        return process(lines, title: nil, findsTitle: true)
    }

    /// Cleans plain text with the default options.
    /// - Parameter text: The text, one block per line.
    /// - Returns: The cleaned document.
    public static func clean(text: String) -> CleanedDocument {
        Cleaner().clean(text: text)
    }

    /// Runs repair, boilerplate removal and conversion over extracted lines.
    func process(_ input: [TextLine], title: String?, findsTitle: Bool, charset: String? = nil) -> CleanedDocument {
        var lines = input
        var repairs: [Repair] = []
        var title = title
        if options.repairsMojibake {
            let repaired = Self.repair(lines.map(\.text) + [title ?? ""], repairs: &repairs)
            for index in lines.indices { lines[index].text = repaired[index] }
            if title != nil { title = repaired.last }
        }
        let converter = converter(for: options.script)
        let outcome: BoilerplateFilter.Outcome
        if options.removesBoilerplate {
            outcome = BoilerplateFilter().filter(lines, findsTitle: findsTitle && title == nil, knownTitle: title)
        } else {
            outcome = BoilerplateFilter.Outcome(titleIndex: nil, kept: Array(lines.indices), removed: [])
        }
        if let index = outcome.titleIndex { title = lines[index].text }
        let paragraphs = outcome.kept.map { converter?.convert(lines[$0].text) ?? lines[$0].text }
        return CleanedDocument(
            title: title.flatMap { $0.isEmpty ? nil : (converter?.convert($0) ?? $0) },
            paragraphs: paragraphs, removed: outcome.removed, repairs: repairs, charset: charset)
    }

    /// Repairs all lines as one document, so that document-wide evidence (systematic glosses,
    /// punctuation habits) is seen, and splits the result back into the same lines.
    private static func repair(_ texts: [String], repairs: inout [Repair]) -> [String] {
        let result = MojibakeRepair().repair(texts.joined(separator: "\n"))
        guard !result.repairs.isEmpty else { return texts }
        let split = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard split.count == texts.count else { return texts }
        repairs = result.repairs
        return split
    }

    private func converter(for script: CleanerOptions.Script) -> ScriptConverter? {
        switch script {
        case .original: return nil
        case .simplified: return ScriptConverter(.traditionalToSimplified)
        case .traditional: return ScriptConverter(.simplifiedToTraditional)
        case .taiwan(let vocabulary): return ScriptConverter(.toTaiwan(vocabulary: vocabulary))
        case .hongKong: return ScriptConverter(.toHongKong)
        }
    }
}

extension Cleaner {
    /// Cleans an HTML page that is already text.
    /// - Parameter html: The page.
    /// - Returns: The cleaned document; its title comes from `og:title`, `<h1>` or `<title>`.
    public func clean(html: String) -> CleanedDocument {
        clean(extracted: HTMLLineExtractor.extract(html))
    }

    /// Cleans a decoded page, reading valid UTF-8 bytes directly when the page was UTF-8.
    func clean(decoded: DecodedText) -> CleanedDocument {
        switch decoded {
        case .string(let html): clean(html: html)
        case .validUTF8(let bytes): clean(extracted: HTMLLineExtractor.extract(validUTF8: bytes))
        }
    }

    private func clean(extracted: HTMLLineExtractor.Result) -> CleanedDocument {
        let title = extracted.metadata.bestTitle
        return process(extracted.lines, title: title, findsTitle: title == nil)
    }

    /// Cleans an HTML page that is already text, with the default options.
    /// - Parameter html: The page.
    /// - Returns: The cleaned document.
    public static func clean(html: String) -> CleanedDocument {
        Cleaner().clean(html: html)
    }
}
