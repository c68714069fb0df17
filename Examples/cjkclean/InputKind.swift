import ArgumentParser

/// How an input is to be read.
enum InputKind: String, ExpressibleByArgument, CaseIterable {
    /// Decide from the file name (`.html`, `.htm`, `.xhtml`) or, failing that, from the content.
    case auto
    /// A web page in any charset.
    case html
    /// UTF-8 text with one block per line.
    case text

    /// The concrete kind for an input with this name and content.
    func resolved(name: String?, bytes: [UInt8]) -> InputKind {
        guard self == .auto else { return self }
        if let name = name?.lowercased() {
            if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
            if name.hasSuffix(".txt") { return .text }
        }
        return Self.looksLikeHTML(bytes) ? .html : .text
    }

    /// Whether the first kilobyte holds a tag that only HTML would.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return ["<!doctype", "<html", "<head", "<body", "<div", "<p>", "<meta"].contains { head.contains($0) }
    }
}
