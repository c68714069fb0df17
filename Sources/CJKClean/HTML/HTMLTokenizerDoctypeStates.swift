extension HTMLTokenizer {
    /// The DOCTYPE states, from `<!DOCTYPE` to the closing `>`.
    mutating func doctypeStates() {
        let c = consume()
        switch state {
        case .doctype:
            if Char.isWhitespace(c) {
                state = .beforeDoctypeName
            } else if c == Char.greaterThan {
                reconsume(c, in: .beforeDoctypeName)
            } else if c == Char.endOfFile {
                startDoctype()
                endOfFileInDoctype()
            } else {
                parseError(.missingWhitespace)
                reconsume(c, in: .beforeDoctypeName)
            }
        case .beforeDoctypeName:
            switch c {
            case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
            case Char.greaterThan:
                parseError(.missingDoctypeName)
                startDoctype()
                doctypeForceQuirks = true
                state = .data
                emitDoctype()
            case Char.endOfFile:
                startDoctype()
                endOfFileInDoctype()
            default:
                startDoctype()
                doctypeName = []
                appendToDoctypeName(c)
                state = .doctypeName
            }
        case .doctypeName:
            switch c {
            case Char.tab, Char.lineFeed, Char.formFeed, Char.space: state = .afterDoctypeName
            case Char.greaterThan:
                state = .data
                emitDoctype()
            case Char.endOfFile: endOfFileInDoctype()
            default: appendToDoctypeName(c)
            }
        case .afterDoctypeName:
            switch c {
            case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
            case Char.greaterThan:
                state = .data
                emitDoctype()
            case Char.endOfFile: endOfFileInDoctype()
            default:
                position -= 1
                if inputHasPrefix("public", ignoringCase: true) {
                    position += 6
                    state = .afterDoctypePublicKeyword
                } else if inputHasPrefix("system", ignoringCase: true) {
                    position += 6
                    state = .afterDoctypeSystemKeyword
                } else {
                    parseError(.invalidCharacterSequenceAfterDoctypeName)
                    doctypeForceQuirks = true
                    state = .bogusDoctype
                }
            }
        case .afterDoctypePublicKeyword, .afterDoctypeSystemKeyword:
            let isPublic = state == .afterDoctypePublicKeyword
            if Char.isWhitespace(c) {
                state = isPublic ? .beforeDoctypePublicIdentifier : .beforeDoctypeSystemIdentifier
            } else {
                if c == Char.quotationMark || c == Char.apostrophe { parseError(.missingWhitespace) }
                beforeIdentifier(c, isPublic: isPublic)
            }
        case .beforeDoctypePublicIdentifier, .beforeDoctypeSystemIdentifier:
            if !Char.isWhitespace(c) { beforeIdentifier(c, isPublic: state == .beforeDoctypePublicIdentifier) }
        case .doctypePublicIdentifierDoubleQuoted, .doctypePublicIdentifierSingleQuoted:
            let quote = state == .doctypePublicIdentifierDoubleQuoted ? Char.quotationMark : Char.apostrophe
            switch c {
            case quote: state = .afterDoctypePublicIdentifier
            case Char.null:
                parseError(.unexpectedNullCharacter)
                doctypePublicIdentifier?.append(contentsOf: replacementCharacterUTF8)
            case Char.greaterThan:
                parseError(.abruptDoctypeIdentifier)
                doctypeForceQuirks = true
                state = .data
                emitDoctype()
            case Char.endOfFile: endOfFileInDoctype()
            default: doctypePublicIdentifier?.append(UInt8(c))
            }
        case .doctypeSystemIdentifierDoubleQuoted, .doctypeSystemIdentifierSingleQuoted:
            let quote = state == .doctypeSystemIdentifierDoubleQuoted ? Char.quotationMark : Char.apostrophe
            switch c {
            case quote: state = .afterDoctypeSystemIdentifier
            case Char.null:
                parseError(.unexpectedNullCharacter)
                doctypeSystemIdentifier?.append(contentsOf: replacementCharacterUTF8)
            case Char.greaterThan:
                parseError(.abruptDoctypeIdentifier)
                doctypeForceQuirks = true
                state = .data
                emitDoctype()
            case Char.endOfFile: endOfFileInDoctype()
            default: doctypeSystemIdentifier?.append(UInt8(c))
            }
        case .afterDoctypePublicIdentifier, .betweenDoctypePublicAndSystemIdentifiers:
            let isAfter = state == .afterDoctypePublicIdentifier
            switch c {
            case Char.tab, Char.lineFeed, Char.formFeed, Char.space:
                state = .betweenDoctypePublicAndSystemIdentifiers
            case Char.greaterThan:
                state = .data
                emitDoctype()
            case Char.quotationMark, Char.apostrophe:
                if isAfter { parseError(.missingWhitespace) }
                doctypeSystemIdentifier = []
                state =
                    c == Char.quotationMark
                    ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
            case Char.endOfFile: endOfFileInDoctype()
            default:
                parseError(.missingDoctypeIdentifier)
                doctypeForceQuirks = true
                reconsume(c, in: .bogusDoctype)
            }
        case .afterDoctypeSystemIdentifier:
            switch c {
            case Char.tab, Char.lineFeed, Char.formFeed, Char.space: break
            case Char.greaterThan:
                state = .data
                emitDoctype()
            case Char.endOfFile: endOfFileInDoctype()
            default:
                parseError(.unexpectedCharacterAfterDoctypeSystemIdentifier)
                reconsume(c, in: .bogusDoctype)
            }
        case .bogusDoctype:
            switch c {
            case Char.greaterThan:
                state = .data
                emitDoctype()
            case Char.null: parseError(.unexpectedNullCharacter)
            case Char.endOfFile:
                emitDoctype()
                emitEndOfFile()
            default: break
            }
        default:
            break
        }
    }

    private mutating func appendToDoctypeName(_ c: Int) {
        if c == Char.null {
            parseError(.unexpectedNullCharacter)
            doctypeName?.append(contentsOf: replacementCharacterUTF8)
        } else {
            doctypeName?.append(Char.lowercased(c))
        }
    }

    /// Handles the character after `PUBLIC`/`SYSTEM` (and any whitespace): an opening quote or an error.
    private mutating func beforeIdentifier(_ c: Int, isPublic: Bool) {
        switch c {
        case Char.quotationMark, Char.apostrophe:
            let doubleQuoted = c == Char.quotationMark
            if isPublic {
                doctypePublicIdentifier = []
                state = doubleQuoted ? .doctypePublicIdentifierDoubleQuoted : .doctypePublicIdentifierSingleQuoted
            } else {
                doctypeSystemIdentifier = []
                state = doubleQuoted ? .doctypeSystemIdentifierDoubleQuoted : .doctypeSystemIdentifierSingleQuoted
            }
        case Char.greaterThan:
            parseError(.missingDoctypeIdentifier)
            doctypeForceQuirks = true
            state = .data
            emitDoctype()
        case Char.endOfFile: endOfFileInDoctype()
        default:
            parseError(.missingDoctypeIdentifier)
            doctypeForceQuirks = true
            reconsume(c, in: .bogusDoctype)
        }
    }

    private mutating func endOfFileInDoctype() {
        parseError(.eofInDoctype)
        doctypeForceQuirks = true
        emitDoctype()
        emitEndOfFile()
    }
}
