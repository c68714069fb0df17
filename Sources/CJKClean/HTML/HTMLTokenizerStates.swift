extension HTMLTokenizer {
    /// Runs the state machine until a token is ready or the input is exhausted.
    mutating func run() {
        while !shouldPause {
            switch state {
            case .data: dataState()
            case .rcdata: rcdataState()
            case .rawtext: rawtextState()
            case .scriptData: scriptDataState()
            case .plaintext: plaintextState()
            case .tagOpen: tagOpenState()
            case .endTagOpen: endTagOpenState()
            case .tagName: tagNameState()
            case .rcdataLessThanSign: lessThanSignState(returning: .rcdata, endTagOpen: .rcdataEndTagOpen)
            case .rcdataEndTagOpen: textEndTagOpenState(returning: .rcdata, endTagName: .rcdataEndTagName)
            case .rcdataEndTagName: textEndTagNameState(returning: .rcdata)
            case .rawtextLessThanSign: lessThanSignState(returning: .rawtext, endTagOpen: .rawtextEndTagOpen)
            case .rawtextEndTagOpen: textEndTagOpenState(returning: .rawtext, endTagName: .rawtextEndTagName)
            case .rawtextEndTagName: textEndTagNameState(returning: .rawtext)
            case .scriptDataLessThanSign, .scriptDataEndTagOpen, .scriptDataEndTagName,
                .scriptDataEscapeStart, .scriptDataEscapeStartDash, .scriptDataEscaped, .scriptDataEscapedDash,
                .scriptDataEscapedDashDash, .scriptDataEscapedLessThanSign, .scriptDataEscapedEndTagOpen,
                .scriptDataEscapedEndTagName, .scriptDataDoubleEscapeStart, .scriptDataDoubleEscaped,
                .scriptDataDoubleEscapedDash, .scriptDataDoubleEscapedDashDash, .scriptDataDoubleEscapedLessThanSign,
                .scriptDataDoubleEscapeEnd:
                scriptDataEscapeStates()
            case .beforeAttributeName: beforeAttributeNameState()
            case .attributeName: attributeNameState()
            case .afterAttributeName: afterAttributeNameState()
            case .beforeAttributeValue: beforeAttributeValueState()
            case .attributeValueDoubleQuoted: quotedAttributeValueState(quote: Char.quotationMark)
            case .attributeValueSingleQuoted: quotedAttributeValueState(quote: Char.apostrophe)
            case .attributeValueUnquoted: unquotedAttributeValueState()
            case .afterAttributeValueQuoted: afterAttributeValueQuotedState()
            case .selfClosingStartTag: selfClosingStartTagState()
            case .bogusComment, .markupDeclarationOpen, .commentStart, .commentStartDash, .comment,
                .commentLessThanSign, .commentLessThanSignBang, .commentLessThanSignBangDash,
                .commentLessThanSignBangDashDash, .commentEndDash, .commentEnd, .commentEndBang,
                .cdataSection, .cdataSectionBracket, .cdataSectionEnd:
                commentStates()
            case .doctype, .beforeDoctypeName, .doctypeName, .afterDoctypeName, .afterDoctypePublicKeyword,
                .beforeDoctypePublicIdentifier, .doctypePublicIdentifierDoubleQuoted,
                .doctypePublicIdentifierSingleQuoted, .afterDoctypePublicIdentifier,
                .betweenDoctypePublicAndSystemIdentifiers, .afterDoctypeSystemKeyword,
                .beforeDoctypeSystemIdentifier, .doctypeSystemIdentifierDoubleQuoted,
                .doctypeSystemIdentifierSingleQuoted, .afterDoctypeSystemIdentifier, .bogusDoctype:
                doctypeStates()
            }
        }
    }

    // MARK: - Reading input

    /// Consumes the next input character, or returns ``Char/endOfFile`` without moving.
    @inline(__always) mutating func consume() -> Int {
        guard position < input.count else { return Char.endOfFile }
        let c = Int(input[position])
        position += 1
        return c
    }

    /// Un-consumes `c` (unless it is end of file) and switches to `newState`.
    @inline(__always) mutating func reconsume(_ c: Int, in newState: State) {
        if c != Char.endOfFile { position -= 1 }
        state = newState
    }

    /// The offset of the first byte at or after the current position equal to `a`, `b` or `c`.
    @inline(__always) func runEnd(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let a = UInt8(a)
        let b = UInt8(b)
        let c = UInt8(c)
        return input.withUnsafeBufferPointer { buffer in
            var index = position
            // Eight bytes at a time while none of them can be a stop byte.
            if let base = UnsafeRawPointer(buffer.baseAddress) {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                let maskA = ones &* UInt64(a)
                let maskB = ones &* UInt64(b)
                let maskC = ones &* UInt64(c)
                while index + 8 <= buffer.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let xa = word ^ maskA
                    let xb = word ^ maskB
                    let xc = word ^ maskC
                    let hasStop = ((xa &- ones) & ~xa) | ((xb &- ones) & ~xb) | ((xc &- ones) & ~xc)
                    if hasStop & highs != 0 { break }
                    index += 8
                }
            }
            while index < buffer.count {
                let byte = buffer[index]
                if byte == a || byte == b || byte == c { break }
                index += 1
            }
            return index
        }
    }

    /// Appends `input[start..<end]` to a buffer through a pointer: slicing the array would retain
    /// and release its storage on every run.
    @inline(__always) static func append(_ input: [UInt8], from start: Int, upTo end: Int, to buffer: inout [UInt8]) {
        // Tag and attribute names are a few bytes: appending them one by one skips the set-up
        // of a block copy, which costs more than the copy itself at that size.
        if end - start <= 8 {
            for index in start..<end { buffer.append(input[index]) }
        } else {
            input.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }
    }

    /// Appends the ordinary bytes up to the next `a`, `b` or `c` to the text buffer.
    @inline(__always) mutating func appendTextRun(_ a: Int, _ b: Int, _ c: Int) {
        let end = runEnd(a, b, c)
        if end > position {
            if !discardsText { Self.append(input, from: position, upTo: end, to: &text) }
            position = end
        }
    }

    mutating func appendTextCharacterReference() {
        if let reference = characterReference(inAttribute: false) {
            text.appendScalar(reference.first)
            if reference.second != 0 { text.appendScalar(reference.second) }
            position = reference.end
        } else {
            text.append(UInt8(Char.ampersand))
        }
    }

    mutating func appendAttributeCharacterReference() {
        if let reference = characterReference(inAttribute: true) {
            attributeStorage.appendScalar(reference.first)
            if reference.second != 0 { attributeStorage.appendScalar(reference.second) }
            position = reference.end
        } else {
            attributeStorage.append(UInt8(Char.ampersand))
        }
    }

    // MARK: - Text states

    private mutating func dataState() {
        appendTextRun(Char.lessThan, Char.ampersand, Char.null)
        switch consume() {
        case Char.ampersand: appendTextCharacterReference()
        case Char.lessThan: state = .tagOpen
        case Char.null:
            parseError(.unexpectedNullCharacter)
            if !options.dropsNullInText { text.append(0) }
        default: emitEndOfFile()
        }
    }

    private mutating func rcdataState() {
        appendTextRun(Char.lessThan, Char.ampersand, Char.null)
        switch consume() {
        case Char.ampersand: appendTextCharacterReference()
        case Char.lessThan: state = .rcdataLessThanSign
        case Char.null:
            parseError(.unexpectedNullCharacter)
            text.append(contentsOf: replacementCharacterUTF8)
        default: emitEndOfFile()
        }
    }

    private mutating func rawtextState() {
        appendTextRun(Char.lessThan, Char.null, Char.null)
        switch consume() {
        case Char.lessThan: state = .rawtextLessThanSign
        case Char.null:
            parseError(.unexpectedNullCharacter)
            text.append(contentsOf: replacementCharacterUTF8)
        default: emitEndOfFile()
        }
    }

    private mutating func scriptDataState() {
        appendTextRun(Char.lessThan, Char.null, Char.null)
        switch consume() {
        case Char.lessThan: state = .scriptDataLessThanSign
        case Char.null:
            parseError(.unexpectedNullCharacter)
            text.append(contentsOf: replacementCharacterUTF8)
        default: emitEndOfFile()
        }
    }

    private mutating func plaintextState() {
        appendTextRun(Char.null, Char.null, Char.null)
        switch consume() {
        case Char.null:
            parseError(.unexpectedNullCharacter)
            text.append(contentsOf: replacementCharacterUTF8)
        default: emitEndOfFile()
        }
    }

    /// The RCDATA and RAWTEXT less-than sign states.
    private mutating func lessThanSignState(returning textState: State, endTagOpen: State) {
        let c = consume()
        if c == Char.solidus {
            temporaryBuffer.clear()
            state = endTagOpen
        } else {
            text.append(UInt8(Char.lessThan))
            reconsume(c, in: textState)
        }
    }

    /// The RCDATA, RAWTEXT, script data and script data escaped end tag open states.
    mutating func textEndTagOpenState(returning textState: State, endTagName: State) {
        let c = consume()
        if Char.isAlpha(c) {
            startTag(isEnd: true)
            reconsume(c, in: endTagName)
        } else {
            text.append(UInt8(Char.lessThan))
            text.append(UInt8(Char.solidus))
            reconsume(c, in: textState)
        }
    }

    /// The RCDATA, RAWTEXT, script data and script data escaped end tag name states.
    mutating func textEndTagNameState(returning textState: State) {
        let c = consume()
        if Char.isWhitespace(c), isAppropriateEndTag {
            state = .beforeAttributeName
        } else if c == Char.solidus, isAppropriateEndTag {
            state = .selfClosingStartTag
        } else if c == Char.greaterThan, isAppropriateEndTag {
            state = .data
            emitTag()
        } else if Char.isAlpha(c) {
            tagName.append(Char.lowercased(c))
            temporaryBuffer.append(UInt8(c))
        } else {
            text.append(UInt8(Char.lessThan))
            text.append(UInt8(Char.solidus))
            text.append(contentsOf: temporaryBuffer)
            reconsume(c, in: textState)
        }
    }

    // MARK: - Tag states

    private mutating func tagOpenState() {
        let c = consume()
        switch c {
        case Char.exclamationMark: state = .markupDeclarationOpen
        case Char.solidus: state = .endTagOpen
        case Char.questionMark:
            parseError(.unexpectedQuestionMarkInsteadOfTagName)
            commentData.clear()
            reconsume(c, in: .bogusComment)
        case Char.endOfFile:
            parseError(.eofBeforeTagName)
            text.append(UInt8(Char.lessThan))
            emitEndOfFile()
        default:
            if Char.isAlpha(c) {
                startTag(isEnd: false)
                reconsume(c, in: .tagName)
            } else {
                parseError(.invalidFirstCharacterOfTagName)
                text.append(UInt8(Char.lessThan))
                reconsume(c, in: .data)
            }
        }
    }

    private mutating func endTagOpenState() {
        let c = consume()
        switch c {
        case Char.greaterThan:
            parseError(.missingEndTagName)
            state = .data
        case Char.endOfFile:
            parseError(.eofBeforeTagName)
            text.append(UInt8(Char.lessThan))
            text.append(UInt8(Char.solidus))
            emitEndOfFile()
        default:
            if Char.isAlpha(c) {
                startTag(isEnd: true)
                reconsume(c, in: .tagName)
            } else {
                parseError(.invalidFirstCharacterOfTagName)
                commentData.clear()
                reconsume(c, in: .bogusComment)
            }
        }
    }

    /// The end of the run of bytes from the current position that a name state appends unchanged:
    /// lower-case letters, digits, `-`, `_`, `:`, `.` and non-ASCII bytes.
    @inline(__always) private func plainNameRunEnd() -> Int {
        var index = position
        while index < input.count {
            let byte = input[index]
            let plain =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x3A) || byte >= 0x80
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
            if !plain { break }
            index += 1
        }
        return index
    }

    private mutating func tagNameState() {
        let runEnd = plainNameRunEnd()
        if runEnd > position {
            Self.append(input, from: position, upTo: runEnd, to: &tagName)
            position = runEnd
        }
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: state = .beforeAttributeName
        case Char.solidus: state = .selfClosingStartTag
        case Char.greaterThan:
            state = .data
            emitTag()
        case Char.null:
            parseError(.unexpectedNullCharacter)
            tagName.append(contentsOf: replacementCharacterUTF8)
        case Char.endOfFile:
            parseError(.eofInTag)
            emitEndOfFile()
        default:
            tagName.append(Char.lowercased(c))
        }
    }

    private mutating func beforeAttributeNameState() {
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
        case Char.solidus, Char.greaterThan, Char.endOfFile: reconsume(c, in: .afterAttributeName)
        case Char.equals:
            parseError(.unexpectedEqualsSignBeforeAttributeName)
            startAttribute()
            attributeStorage.append(UInt8(c))
            state = .attributeName
        default:
            startAttribute()
            reconsume(c, in: .attributeName)
        }
    }

    private mutating func attributeNameState() {
        let runEnd = plainNameRunEnd()
        if runEnd > position {
            Self.append(input, from: position, upTo: runEnd, to: &attributeStorage)
            position = runEnd
        }
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space, Char.solidus, Char.greaterThan, Char.endOfFile:
            reconsume(c, in: .afterAttributeName)
        case Char.equals:
            startAttributeValue()
            state = .beforeAttributeValue
        case Char.null:
            parseError(.unexpectedNullCharacter)
            attributeStorage.append(contentsOf: replacementCharacterUTF8)
        case Char.quotationMark, Char.apostrophe, Char.lessThan:
            parseError(.unexpectedCharacterInTag)
            attributeStorage.append(UInt8(c))
        default:
            attributeStorage.append(Char.lowercased(c))
        }
    }

    private mutating func afterAttributeNameState() {
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
        case Char.solidus: state = .selfClosingStartTag
        case Char.equals:
            startAttributeValue()
            state = .beforeAttributeValue
        case Char.greaterThan:
            state = .data
            emitTag()
        case Char.endOfFile:
            parseError(.eofInTag)
            emitEndOfFile()
        default:
            startAttribute()
            reconsume(c, in: .attributeName)
        }
    }

    private mutating func beforeAttributeValueState() {
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
        case Char.quotationMark: state = .attributeValueDoubleQuoted
        case Char.apostrophe: state = .attributeValueSingleQuoted
        case Char.greaterThan:
            parseError(.missingAttributeValue)
            state = .data
            emitTag()
        default: reconsume(c, in: .attributeValueUnquoted)
        }
    }

    private mutating func quotedAttributeValueState(quote: Int) {
        let end = runEnd(quote, Char.ampersand, Char.null)
        if end > position {
            Self.append(input, from: position, upTo: end, to: &attributeStorage)
            position = end
        }
        switch consume() {
        case quote: state = .afterAttributeValueQuoted
        case Char.ampersand: appendAttributeCharacterReference()
        case Char.null:
            parseError(.unexpectedNullCharacter)
            attributeStorage.append(contentsOf: replacementCharacterUTF8)
        default:
            parseError(.eofInTag)
            emitEndOfFile()
        }
    }

    private mutating func unquotedAttributeValueState() {
        let runEnd = plainNameRunEnd()
        if runEnd > position {
            Self.append(input, from: position, upTo: runEnd, to: &attributeStorage)
            position = runEnd
        }
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: state = .beforeAttributeName
        case Char.ampersand: appendAttributeCharacterReference()
        case Char.greaterThan:
            state = .data
            emitTag()
        case Char.null:
            parseError(.unexpectedNullCharacter)
            attributeStorage.append(contentsOf: replacementCharacterUTF8)
        case Char.quotationMark, Char.apostrophe, Char.lessThan, Char.equals, Char.graveAccent:
            parseError(.unexpectedCharacterInTag)
            attributeStorage.append(UInt8(c))
        case Char.endOfFile:
            parseError(.eofInTag)
            emitEndOfFile()
        default:
            attributeStorage.append(UInt8(c))
        }
    }

    private mutating func afterAttributeValueQuotedState() {
        let c = consume()
        switch c {
        case Char.tab, Char.lineFeed, Char.formFeed, Char.space: state = .beforeAttributeName
        case Char.solidus: state = .selfClosingStartTag
        case Char.greaterThan:
            state = .data
            emitTag()
        case Char.endOfFile:
            parseError(.eofInTag)
            emitEndOfFile()
        default:
            parseError(.missingWhitespace)
            reconsume(c, in: .beforeAttributeName)
        }
    }

    private mutating func selfClosingStartTagState() {
        let c = consume()
        switch c {
        case Char.greaterThan:
            selfClosing = true
            state = .data
            emitTag()
        case Char.endOfFile:
            parseError(.eofInTag)
            emitEndOfFile()
        default:
            parseError(.unexpectedSolidusInTag)
            reconsume(c, in: .beforeAttributeName)
        }
    }
}
