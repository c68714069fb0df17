/// A streaming WHATWG HTML tokenizer over UTF-8 bytes.
///
/// The tokenizer is a byte-level state machine that yields one ``HTMLToken`` at a time, so memory
/// stays proportional to the largest token rather than to the page. Adjacent character data is
/// coalesced into one ``HTMLToken/text(_:)`` token and character references are decoded.
///
/// By default it behaves like the tree builder would drive it: after `<title>`/`<textarea>` it
/// switches to RCDATA, after `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>` and
/// `<noscript>` to RAWTEXT, after `<script>` to script data and after `<plaintext>` to PLAINTEXT.
///
/// ```swift
/// for token in HTMLTokenizer("<p class=a>1 &lt; 2</p>") {
///     print(token)   // startTag "p", text "1 < 2", endTag "p"
/// }
/// ```
public struct HTMLTokenizer: Sequence, IteratorProtocol, Sendable {
    /// The content states a tokenizer can start in (the tree builder's content models).
    public enum ContentState: Sendable, Hashable {
        /// Ordinary markup.
        case data
        /// Text with character references but no tags, as inside `<title>` and `<textarea>`.
        case rcdata
        /// Text without character references or tags, as inside `<style>`.
        case rawtext
        /// The contents of `<script>`, with its comment-like escape rules.
        case scriptData
        /// Everything to the end of input is text, as after `<plaintext>`.
        case plaintext
        /// Inside `<![CDATA[` … `]]>` in foreign content.
        case cdataSection
    }

    /// Settings that make the tokenizer behave like a bare WHATWG tokenizer (for conformance testing) or like a tree builder.
    public struct Options: Sendable, Hashable {
        /// The state tokenizing starts in.
        public var initialState: ContentState
        /// The tag name of "the last start tag emitted" (ASCII case-insensitive), used to recognise the end tag that leaves
        /// RCDATA, RAWTEXT or script data.
        public var lastStartTag: String?
        /// Whether start tags such as `<title>`, `<style>` or `<script>` switch the content state as a tree builder would.
        public var switchesContentState: Bool
        /// Whether U+0000 in ordinary text is dropped, as the tree builder does; when `false` it is kept, as the tokenizer alone does.
        public var dropsNullInText: Bool

        /// Creates tokenizer options.
        /// - Parameters:
        ///   - initialState: The state tokenizing starts in.
        ///   - lastStartTag: The name of the element whose end tag leaves the initial content state (lower-case).
        ///   - switchesContentState: Whether start tags switch the content state as a tree builder would.
        ///   - dropsNullInText: Whether U+0000 in ordinary text is dropped.
        public init(
            initialState: ContentState = .data,
            lastStartTag: String? = nil,
            switchesContentState: Bool = true,
            dropsNullInText: Bool = true
        ) {
            self.initialState = initialState
            self.lastStartTag = lastStartTag
            self.switchesContentState = switchesContentState
            self.dropsNullInText = dropsNullInText
        }

        /// The options of a bare WHATWG tokenizer, as the html5lib conformance suite expects.
        /// - Parameters:
        ///   - initialState: The state tokenizing starts in.
        ///   - lastStartTag: The name of the last start tag emitted, if any.
        /// - Returns: Options with content-state switching off and U+0000 kept.
        public static func conformance(initialState: ContentState, lastStartTag: String?) -> Options {
            Options(
                initialState: initialState, lastStartTag: lastStartTag, switchesContentState: false,
                dropsNullInText: false)
        }
    }

    /// How many parse errors were recorded in ``parseErrors`` at most; ``parseErrorCount`` keeps counting.
    public static let maximumRecordedParseErrors = 1_000

    /// The parse errors seen so far (the first ``maximumRecordedParseErrors`` of them).
    public private(set) var parseErrors: [HTMLParseError] = []
    /// How many parse errors were seen so far.
    public private(set) var parseErrorCount = 0

    // Input (preprocessed: valid UTF-8, newlines normalised) and position.
    let input: [UInt8]
    var position = 0
    let options: Options

    // State machine.
    var state: State
    var lastStartTagName: [UInt8]

    // Token under construction.
    var text: [UInt8] = []
    var tagName: [UInt8] = []
    var isEndTag = false
    var selfClosing = false
    /// The names and values of the tag's attributes, back to back; ``attributeSpans`` delimits them.
    var attributeStorage: [UInt8] = []
    var attributeSpans: [HTMLAttributeSpan] = []
    /// Name hash → span index, used to find duplicates once a tag has many attributes.
    var attributeNameIndex: [UInt64: Int] = [:]
    /// Where the attribute under construction starts in ``attributeStorage``: its name, then
    /// (from ``pendingValueStart``) its value are written there directly.
    var pendingNameStart = 0
    var pendingValueStart: Int? = nil
    var hasPendingAttribute = false
    var temporaryBuffer: [UInt8] = []
    var commentData: [UInt8] = []
    var doctypeName: [UInt8]? = nil
    var doctypePublicIdentifier: [UInt8]? = nil
    var doctypeSystemIdentifier: [UInt8]? = nil
    var doctypeForceQuirks = false

    /// Whether runs of character data may be skipped rather than collected: the caller ignores
    /// the text of the element it is in (a script, a style sheet). Text tokens may then be partial.
    var discardsText = false

    // Tokens ready to be returned: the text before a token, and the kind of token that ended it
    // (whose data stays in the buffers above until the state machine runs again).
    var readyText: [UInt8] = []
    var hasReadyText = false
    var readyKind: HTMLRawTokenKind? = nil
    /// Whether the state machine should stop: a token is ready or the input is exhausted (cheaper to test than the optionals).
    var shouldPause = false
    var finished = false

    /// Creates a tokenizer over UTF-8 bytes, with tree-builder-like content state switching.
    /// - Parameter bytes: The page as UTF-8; invalid sequences become U+FFFD, CR and CRLF become LF.
    public init(_ bytes: some Collection<UInt8>) {
        self.init(bytes, options: Options())
    }

    /// Creates a tokenizer over a string, with tree-builder-like content state switching.
    /// - Parameter html: The page.
    public init(_ html: String) {
        self.init(html, options: Options())
    }

    /// Creates a tokenizer over a string with explicit options.
    /// - Parameters:
    ///   - html: The page.
    ///   - options: The initial state, last start tag and switching behaviour.
    public init(_ html: String, options: Options) {
        var html = html
        let bytes = html.withUTF8 { HTMLTokenizerInput.preprocess($0, knownValid: true) }
        self.init(preprocessed: bytes, options: options)
    }

    /// Creates a tokenizer over bytes already checked to be well-formed UTF-8, without copying
    /// them unless newlines need normalising.
    init(validUTF8 bytes: [UInt8]) {
        self.init(preprocessed: HTMLTokenizerInput.preprocess(validUTF8: bytes), options: Options())
    }

    /// Creates a tokenizer over UTF-8 bytes with explicit options.
    /// - Parameters:
    ///   - bytes: The page as UTF-8; invalid sequences become U+FFFD, CR and CRLF become LF.
    ///   - options: The initial state, last start tag and switching behaviour.
    public init(_ bytes: some Collection<UInt8>, options: Options) {
        let preprocessed =
            bytes.withContiguousStorageIfAvailable { HTMLTokenizerInput.preprocess($0, knownValid: false) }
            ?? Array(bytes).withUnsafeBufferPointer { HTMLTokenizerInput.preprocess($0, knownValid: false) }
        self.init(preprocessed: preprocessed, options: options)
    }

    private init(preprocessed: [UInt8], options: Options) {
        self.input = preprocessed
        self.options = options
        self.lastStartTagName = (options.lastStartTag ?? "").utf8.map(\.asciiLowercased)
        switch options.initialState {
        case .data: state = .data
        case .rcdata: state = .rcdata
        case .rawtext: state = .rawtext
        case .scriptData: state = .scriptData
        case .plaintext: state = .plaintext
        case .cdataSection: state = .cdataSection
        }
        text.reserveCapacity(256)
        tagName.reserveCapacity(16)
    }

    /// Returns the next token, or `nil` at the end of input.
    /// - Returns: The next token; text tokens hold all character data up to the next non-text token.
    public mutating func next() -> HTMLToken? {
        guard let kind = nextRawToken() else { return nil }
        switch kind {
        case .text: return .text(String(decoding: readyText, as: UTF8.self))
        case .startTag:
            return .startTag(name: String(decoding: tagName, as: UTF8.self), attributes: attributes, selfClosing: selfClosing)
        case .endTag: return .endTag(name: String(decoding: tagName, as: UTF8.self))
        case .comment: return .comment(String(decoding: commentData, as: UTF8.self))
        case .doctype:
            return .doctype(
                name: doctypeName.map { String(decoding: $0, as: UTF8.self) },
                publicIdentifier: doctypePublicIdentifier.map { String(decoding: $0, as: UTF8.self) },
                systemIdentifier: doctypeSystemIdentifier.map { String(decoding: $0, as: UTF8.self) },
                forceQuirks: doctypeForceQuirks)
        }
    }

    /// Advances to the next token without building strings; its data is read from the tokenizer
    /// (``currentText``, ``currentTagName``, ``attributeValue(named:)``) until the next call.
    /// - Returns: The kind of the next token, or `nil` at the end of input.
    mutating func nextRawToken() -> HTMLRawTokenKind? {
        while true {
            if hasReadyText {
                hasReadyText = false
                return .text
            }
            if let kind = readyKind {
                readyKind = nil
                return kind
            }
            if finished { return nil }
            shouldPause = false
            run()
        }
    }

    /// The UTF-8 bytes of the current text token.
    var currentText: [UInt8] { readyText }

    /// The lower-case name of the current start or end tag, as UTF-8.
    var currentTagName: [UInt8] { tagName }

    /// Whether the current start tag ends with `/>`.
    var currentTagIsSelfClosing: Bool { selfClosing }

    /// The current start tag's attributes as strings.
    var attributes: [HTMLAttribute] {
        attributeSpans.map { span in
            HTMLAttribute(
                name: String(decoding: attributeStorage[span.nameStart..<span.valueStart], as: UTF8.self),
                value: String(decoding: attributeStorage[span.valueStart..<span.valueEnd], as: UTF8.self))
        }
    }

    /// The current start tag's attribute spans, in source order (duplicates already dropped).
    var currentAttributes: [HTMLAttributeSpan] { attributeSpans }

    /// The name of one of the current tag's attributes, as UTF-8.
    func attributeName(of span: HTMLAttributeSpan) -> ArraySlice<UInt8> {
        attributeStorage[span.nameStart..<span.valueStart]
    }

    /// The value of one of the current tag's attributes, as UTF-8.
    func attributeValue(of span: HTMLAttributeSpan) -> ArraySlice<UInt8> {
        attributeStorage[span.valueStart..<span.valueEnd]
    }

    /// The value of the current tag's attribute with the given lower-case ASCII name, as UTF-8.
    func attributeValue(named name: StaticString) -> ArraySlice<UInt8>? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for span in attributeSpans where attributeName(of: span).elementsEqual(wanted) {
            return attributeValue(of: span)
        }
        return nil
    }

    // MARK: - Emitting

    mutating func parseError(_ code: HTMLParseError.Code) {
        parseErrorCount += 1
        if parseErrors.count < Self.maximumRecordedParseErrors {
            parseErrors.append(HTMLParseError(code: code, offset: position))
        }
    }

    mutating func flushText() {
        guard !text.isEmpty else { return }
        swap(&text, &readyText)
        text.clear()
        hasReadyText = true
        shouldPause = true
    }

    mutating func emit(_ kind: HTMLRawTokenKind) {
        flushText()
        readyKind = kind
        shouldPause = true
    }

    mutating func emitEndOfFile() {
        flushText()
        finished = true
        shouldPause = true
    }

    mutating func startTag(isEnd: Bool) {
        tagName.clear()
        isEndTag = isEnd
        selfClosing = false
        attributeStorage.clear()
        if !attributeSpans.isEmpty { attributeSpans.removeAll(keepingCapacity: true) }
        if !attributeNameIndex.isEmpty { attributeNameIndex.removeAll(keepingCapacity: true) }
        hasPendingAttribute = false
    }

    mutating func startAttribute() {
        finishAttribute()
        pendingNameStart = attributeStorage.count
        pendingValueStart = nil
        hasPendingAttribute = true
    }

    /// Marks the end of the pending attribute's name: what follows is its value.
    mutating func startAttributeValue() {
        if hasPendingAttribute && pendingValueStart == nil { pendingValueStart = attributeStorage.count }
    }

    /// Adds the attribute under construction unless one of the same name exists (the first wins).
    mutating func finishAttribute() {
        guard hasPendingAttribute else { return }
        hasPendingAttribute = false
        let span = HTMLAttributeSpan(
            nameStart: pendingNameStart, valueStart: pendingValueStart ?? attributeStorage.count,
            valueEnd: attributeStorage.count)
        if isDuplicateAttributeName(span) {
            parseError(.duplicateAttribute)
            attributeStorage.removeLast(attributeStorage.count - pendingNameStart)
            return
        }
        attributeSpans.append(span)
    }

    /// Whether an earlier attribute of the tag has the name under construction: a scan for the
    /// usual few attributes, a hash index once there are many, so a hostile tag stays linear.
    private mutating func isDuplicateAttributeName(_ pending: HTMLAttributeSpan) -> Bool {
        let pendingName = attributeName(of: pending)
        if attributeSpans.count < 8 {
            return attributeSpans.contains { attributeName(of: $0).elementsEqual(pendingName) }
        }
        if attributeNameIndex.isEmpty {
            for (index, span) in attributeSpans.enumerated() {
                let hash = FNV1a.hash(attributeName(of: span))
                if attributeNameIndex[hash] == nil { attributeNameIndex[hash] = index }
            }
        }
        let hash = FNV1a.hash(pendingName)
        if let index = attributeNameIndex[hash] {
            // A hash collision between different names is told apart here and let through.
            return attributeName(of: attributeSpans[index]).elementsEqual(pendingName)
        }
        attributeNameIndex[hash] = attributeSpans.count
        return false
    }

    mutating func emitTag() {
        finishAttribute()
        if isEndTag {
            emit(.endTag)
            return
        }
        emit(.startTag)
        // The last start tag's name matters only inside the text states, which only a start
        // tag switching into them can enter (no start tag is emitted there): it is recorded then.
        if options.switchesContentState, tagName.count >= 3, tagName.count <= 9 {
            switchContentStateAfterStartTag()
        }
    }

    private mutating func switchContentStateAfterStartTag() {
        // Length and first letter rule out nearly every tag before the bytes are compared.
        func isTag(_ name: StaticString) -> Bool {
            let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            return tagName.count == wanted.count && tagName[0] == wanted[0] && tagName.elementsEqual(wanted)
        }
        if isTag("title") || isTag("textarea") {
            state = .rcdata
        } else if isTag("style") || isTag("xmp") || isTag("iframe") || isTag("noembed") || isTag("noframes")
            || isTag("noscript")
        {
            state = .rawtext
        } else if isTag("script") {
            state = .scriptData
        } else if isTag("plaintext") {
            state = .plaintext
        } else {
            return
        }
        lastStartTagName.clear()
        lastStartTagName.append(contentsOf: tagName)
    }

    mutating func emitComment() {
        emit(.comment)
    }

    mutating func startDoctype() {
        doctypeName = nil
        doctypePublicIdentifier = nil
        doctypeSystemIdentifier = nil
        doctypeForceQuirks = false
    }

    mutating func emitDoctype() {
        emit(.doctype)
    }

    /// Whether the end tag under construction closes the element whose content is being read.
    var isAppropriateEndTag: Bool {
        !lastStartTagName.isEmpty && tagName == lastStartTagName
    }
}
