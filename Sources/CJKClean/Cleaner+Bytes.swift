extension Cleaner {
    /// Cleans an HTML page given as raw bytes; the charset is sniffed (byte-order mark,
    /// `<meta charset>` / `http-equiv`, then statistical detection), and a wrong declaration is
    /// noticed and overridden.
    /// - Parameters:
    ///   - html: The page's bytes as served.
    ///   - declaredCharset: The charset from the HTTP `Content-Type` header, if known; it is
    ///     checked like any declaration.
    /// - Returns: The cleaned document, with the charset it was decoded from.
    /// - Throws: ``CleanerError/notText(nulBytes:sampleSize:)`` when the bytes are not text in any
    ///   charset (for example, binary data). Empty input gives an empty document.
    public func clean(html: some Collection<UInt8>, declaredCharset: String? = nil) throws(CleanerError)
        -> CleanedDocument
    {
        let decoded: DecodedDocument
        do {
            decoded = try HTMLDecoder.decode(html, declaredCharset: declaredCharset)
        } catch {
            switch error {
            case .empty: return CleanedDocument(title: nil, paragraphs: [])
            case .looksBinary(let nulCount, let sampleSize): throw .notText(nulBytes: nulCount, sampleSize: sampleSize)
            }
        }
        var document = clean(decoded: decoded.decoded)
        document.charset = decoded.charset
        return document
    }

    /// Cleans an HTML page given as raw bytes, with the default options.
    /// - Parameter html: The page's bytes as served.
    /// - Returns: The cleaned document.
    /// - Throws: ``CleanerError/notText(nulBytes:sampleSize:)`` when the bytes are not text.
    public static func clean(html: some Collection<UInt8>) throws(CleanerError) -> CleanedDocument {
        try Cleaner().clean(html: html)
    }
}
