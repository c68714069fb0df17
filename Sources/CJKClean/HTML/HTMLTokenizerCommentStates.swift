extension HTMLTokenizer {
    /// The markup declaration open, comment, bogus comment and CDATA section states.
    mutating func commentStates() {
        switch state {
        case .markupDeclarationOpen: markupDeclarationOpenState()
        case .bogusComment:
            let end = runEnd(Char.greaterThan, Char.null, Char.null)
            if end > position {
                Self.append(input, from: position, upTo: end, to: &commentData)
                position = end
            }
            switch consume() {
            case Char.greaterThan:
                state = .data
                emitComment()
            case Char.null:
                parseError(.unexpectedNullCharacter)
                commentData.append(contentsOf: replacementCharacterUTF8)
            default:
                emitComment()
                emitEndOfFile()
            }
        case .commentStart:
            let c = consume()
            switch c {
            case Char.hyphen: state = .commentStartDash
            case Char.greaterThan:
                parseError(.abruptClosingOfEmptyComment)
                state = .data
                emitComment()
            default: reconsume(c, in: .comment)
            }
        case .commentStartDash:
            let c = consume()
            switch c {
            case Char.hyphen: state = .commentEnd
            case Char.greaterThan:
                parseError(.abruptClosingOfEmptyComment)
                state = .data
                emitComment()
            case Char.endOfFile: endOfFileInComment()
            default:
                commentData.append(UInt8(Char.hyphen))
                reconsume(c, in: .comment)
            }
        case .comment:
            let end = runEnd(Char.lessThan, Char.hyphen, Char.null)
            if end > position {
                Self.append(input, from: position, upTo: end, to: &commentData)
                position = end
            }
            switch consume() {
            case Char.lessThan:
                commentData.append(UInt8(Char.lessThan))
                state = .commentLessThanSign
            case Char.hyphen: state = .commentEndDash
            case Char.null:
                parseError(.unexpectedNullCharacter)
                commentData.append(contentsOf: replacementCharacterUTF8)
            default: endOfFileInComment()
            }
        case .commentLessThanSign:
            let c = consume()
            switch c {
            case Char.exclamationMark:
                commentData.append(UInt8(c))
                state = .commentLessThanSignBang
            case Char.lessThan: commentData.append(UInt8(c))
            default: reconsume(c, in: .comment)
            }
        case .commentLessThanSignBang:
            let c = consume()
            if c == Char.hyphen { state = .commentLessThanSignBangDash } else { reconsume(c, in: .comment) }
        case .commentLessThanSignBangDash:
            let c = consume()
            if c == Char.hyphen { state = .commentLessThanSignBangDashDash } else { reconsume(c, in: .commentEndDash) }
        case .commentLessThanSignBangDashDash:
            let c = consume()
            if c != Char.greaterThan && c != Char.endOfFile { parseError(.nestedComment) }
            reconsume(c, in: .commentEnd)
        case .commentEndDash:
            let c = consume()
            switch c {
            case Char.hyphen: state = .commentEnd
            case Char.endOfFile: endOfFileInComment()
            default:
                commentData.append(UInt8(Char.hyphen))
                reconsume(c, in: .comment)
            }
        case .commentEnd:
            let c = consume()
            switch c {
            case Char.greaterThan:
                state = .data
                emitComment()
            case Char.exclamationMark: state = .commentEndBang
            case Char.hyphen: commentData.append(UInt8(Char.hyphen))
            case Char.endOfFile: endOfFileInComment()
            default:
                commentData.append(UInt8(Char.hyphen))
                commentData.append(UInt8(Char.hyphen))
                reconsume(c, in: .comment)
            }
        case .commentEndBang:
            let c = consume()
            switch c {
            case Char.hyphen:
                commentData.append(contentsOf: [UInt8(Char.hyphen), UInt8(Char.hyphen), UInt8(Char.exclamationMark)])
                state = .commentEndDash
            case Char.greaterThan:
                parseError(.incorrectlyClosedComment)
                state = .data
                emitComment()
            case Char.endOfFile: endOfFileInComment()
            default:
                commentData.append(contentsOf: [UInt8(Char.hyphen), UInt8(Char.hyphen), UInt8(Char.exclamationMark)])
                reconsume(c, in: .comment)
            }
        case .cdataSection:
            appendTextRun(Char.rightBracket, Char.rightBracket, Char.rightBracket)
            let c = consume()
            if c == Char.rightBracket {
                state = .cdataSectionBracket
            } else {
                parseError(.eofInCDATA)
                emitEndOfFile()
            }
        case .cdataSectionBracket:
            let c = consume()
            if c == Char.rightBracket {
                state = .cdataSectionEnd
            } else {
                text.append(UInt8(Char.rightBracket))
                reconsume(c, in: .cdataSection)
            }
        case .cdataSectionEnd:
            let c = consume()
            switch c {
            case Char.rightBracket: text.append(UInt8(Char.rightBracket))
            case Char.greaterThan: state = .data
            default:
                text.append(UInt8(Char.rightBracket))
                text.append(UInt8(Char.rightBracket))
                reconsume(c, in: .cdataSection)
            }
        default:
            break
        }
    }

    private mutating func endOfFileInComment() {
        parseError(.eofInComment)
        emitComment()
        emitEndOfFile()
    }

    /// Whether the input at the current position starts with `word` (ASCII, optionally ignoring case).
    func inputHasPrefix(_ word: StaticString, ignoringCase: Bool) -> Bool {
        let count = word.utf8CodeUnitCount
        guard input.count - position >= count else { return false }
        return word.withUTF8Buffer { expected in
            for offset in 0..<count {
                let actual = input[position + offset]
                let wanted = expected[offset]
                if ignoringCase ? actual.asciiLowercased != wanted.asciiLowercased : actual != wanted { return false }
            }
            return true
        }
    }

    private mutating func markupDeclarationOpenState() {
        commentData.clear()
        if inputHasPrefix("--", ignoringCase: false) {
            position += 2
            state = .commentStart
        } else if inputHasPrefix("doctype", ignoringCase: true) {
            position += 7
            state = .doctype
        } else if inputHasPrefix("[CDATA[", ignoringCase: false) {
            // Without a tree builder there is no foreign content: treat as the spec does in HTML content.
            position += 7
            parseError(.cdataInHTMLContent)
            commentData.append(contentsOf: Array("[CDATA[".utf8))
            state = .bogusComment
        } else {
            parseError(.incorrectlyOpenedComment)
            state = .bogusComment
        }
    }
}
