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
    var attributes: [HTMLAttribute] = []
    var attributeNameSet: Set<String> = []
    var attributeName: [UInt8] = []
    var attributeValue: [UInt8] = []
    var hasPendingAttribute = false
    var temporaryBuffer: [UInt8] = []
    var commentData: [UInt8] = []
    var doctypeName: [UInt8]? = nil
    var doctypePublicIdentifier: [UInt8]? = nil
    var doctypeSystemIdentifier: [UInt8]? = nil
    var doctypeForceQuirks = false

    // Tokens ready to be returned: the text before a token, and the token that ended it.
    var readyText: String? = nil
    var readyToken: HTMLToken? = nil
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
        while true {
            if let text = readyText {
                readyText = nil
                return .text(text)
            }
            if readyToken != nil {
                return readyToken.take()
            }
            if finished { return nil }
            shouldPause = false
            run()
        }
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
        readyText = String(decoding: text, as: UTF8.self)
        shouldPause = true
        text.clear()
    }

    mutating func emit(_ token: HTMLToken) {
        flushText()
        readyToken = token
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
        // The previous tag's token shares the attribute buffer, so start a fresh one rather than clearing it.
        if !attributes.isEmpty { attributes = [] }
        if !attributeNameSet.isEmpty { attributeNameSet.removeAll(keepingCapacity: true) }
        hasPendingAttribute = false
    }

    mutating func startAttribute() {
        finishAttribute()
        attributeName.clear()
        attributeValue.clear()
        hasPendingAttribute = true
    }

    /// Adds the attribute under construction unless one of the same name exists (the first wins).
    mutating func finishAttribute() {
        guard hasPendingAttribute else { return }
        hasPendingAttribute = false
        let name = String(decoding: attributeName, as: UTF8.self)
        let isDuplicate: Bool
        if attributes.count < 8 {
            isDuplicate = attributes.contains { $0.name == name }
        } else {
            if attributeNameSet.isEmpty { attributeNameSet = Set(attributes.map(\.name)) }
            isDuplicate = !attributeNameSet.insert(name).inserted
        }
        if isDuplicate {
            parseError(.duplicateAttribute)
            return
        }
        attributes.append(HTMLAttribute(name: name, value: String(decoding: attributeValue, as: UTF8.self)))
    }

    mutating func emitTag() {
        finishAttribute()
        let name = String(decoding: tagName, as: UTF8.self)
        if isEndTag {
            emit(.endTag(name: name))
            return
        }
        emit(.startTag(name: name, attributes: attributes, selfClosing: selfClosing))
        lastStartTagName.clear()
        lastStartTagName.append(contentsOf: tagName)
        if options.switchesContentState, tagName.count >= 3, tagName.count <= 9 {
            switchContentState(afterStartTag: name)
        }
    }

    private mutating func switchContentState(afterStartTag name: String) {
        switch name {
        case "title", "textarea": state = .rcdata
        case "style", "xmp", "iframe", "noembed", "noframes", "noscript": state = .rawtext
        case "script": state = .scriptData
        case "plaintext": state = .plaintext
        default: break
        }
    }

    mutating func emitComment() {
        emit(.comment(String(decoding: commentData, as: UTF8.self)))
    }

    mutating func startDoctype() {
        doctypeName = nil
        doctypePublicIdentifier = nil
        doctypeSystemIdentifier = nil
        doctypeForceQuirks = false
    }

    mutating func emitDoctype() {
        emit(
            .doctype(
                name: doctypeName.map { String(decoding: $0, as: UTF8.self) },
                publicIdentifier: doctypePublicIdentifier.map { String(decoding: $0, as: UTF8.self) },
                systemIdentifier: doctypeSystemIdentifier.map { String(decoding: $0, as: UTF8.self) },
                forceQuirks: doctypeForceQuirks
            )
        )
    }

    /// Whether the end tag under construction closes the element whose content is being read.
    var isAppropriateEndTag: Bool {
        !lastStartTagName.isEmpty && tagName == lastStartTagName
    }
}
