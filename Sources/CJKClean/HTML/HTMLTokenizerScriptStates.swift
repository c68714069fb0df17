extension HTMLTokenizer {
    /// The script data states after a `<`, including the escaped (`<!--`) and double-escaped (`<script>` inside `<!--`) states.
    mutating func scriptDataEscapeStates() {
        switch state {
        case .scriptDataLessThanSign:
            let c = consume()
            if c == Char.solidus {
                temporaryBuffer.clear()
                state = .scriptDataEndTagOpen
            } else if c == Char.exclamationMark {
                text.append(UInt8(Char.lessThan))
                text.append(UInt8(Char.exclamationMark))
                state = .scriptDataEscapeStart
            } else {
                text.append(UInt8(Char.lessThan))
                reconsume(c, in: .scriptData)
            }
        case .scriptDataEndTagOpen:
            textEndTagOpenState(returning: .scriptData, endTagName: .scriptDataEndTagName)
        case .scriptDataEndTagName:
            textEndTagNameState(returning: .scriptData)
        case .scriptDataEscapeStart:
            let c = consume()
            if c == Char.hyphen {
                text.append(UInt8(Char.hyphen))
                state = .scriptDataEscapeStartDash
            } else {
                reconsume(c, in: .scriptData)
            }
        case .scriptDataEscapeStartDash:
            let c = consume()
            if c == Char.hyphen {
                text.append(UInt8(Char.hyphen))
                state = .scriptDataEscapedDashDash
            } else {
                reconsume(c, in: .scriptData)
            }
        case .scriptDataEscaped:
            appendTextRun(Char.hyphen, Char.lessThan, Char.null)
            escapedCharacter(
                consume(), dash: .scriptDataEscapedDash, lessThan: .scriptDataEscapedLessThanSign,
                emitsLessThan: false, escapedState: .scriptDataEscaped)
        case .scriptDataEscapedDash:
            escapedCharacter(
                consume(), dash: .scriptDataEscapedDashDash, lessThan: .scriptDataEscapedLessThanSign,
                emitsLessThan: false, escapedState: .scriptDataEscaped)
        case .scriptDataEscapedDashDash:
            escapedDashDash(
                consume(), lessThan: .scriptDataEscapedLessThanSign, emitsLessThan: false,
                escapedState: .scriptDataEscaped)
        case .scriptDataEscapedLessThanSign:
            let c = consume()
            if c == Char.solidus {
                temporaryBuffer.clear()
                state = .scriptDataEscapedEndTagOpen
            } else if Char.isAlpha(c) {
                temporaryBuffer.clear()
                text.append(UInt8(Char.lessThan))
                reconsume(c, in: .scriptDataDoubleEscapeStart)
            } else {
                text.append(UInt8(Char.lessThan))
                reconsume(c, in: .scriptDataEscaped)
            }
        case .scriptDataEscapedEndTagOpen:
            textEndTagOpenState(returning: .scriptDataEscaped, endTagName: .scriptDataEscapedEndTagName)
        case .scriptDataEscapedEndTagName:
            textEndTagNameState(returning: .scriptDataEscaped)
        case .scriptDataDoubleEscapeStart:
            doubleEscapeBoundary(consume(), ifScript: .scriptDataDoubleEscaped, otherwise: .scriptDataEscaped)
        case .scriptDataDoubleEscaped:
            appendTextRun(Char.hyphen, Char.lessThan, Char.null)
            escapedCharacter(
                consume(), dash: .scriptDataDoubleEscapedDash,
                lessThan: .scriptDataDoubleEscapedLessThanSign, emitsLessThan: true,
                escapedState: .scriptDataDoubleEscaped)
        case .scriptDataDoubleEscapedDash:
            escapedCharacter(
                consume(), dash: .scriptDataDoubleEscapedDashDash,
                lessThan: .scriptDataDoubleEscapedLessThanSign, emitsLessThan: true,
                escapedState: .scriptDataDoubleEscaped)
        case .scriptDataDoubleEscapedDashDash:
            escapedDashDash(
                consume(), lessThan: .scriptDataDoubleEscapedLessThanSign, emitsLessThan: true,
                escapedState: .scriptDataDoubleEscaped)
        case .scriptDataDoubleEscapedLessThanSign:
            let c = consume()
            if c == Char.solidus {
                temporaryBuffer.clear()
                text.append(UInt8(Char.solidus))
                state = .scriptDataDoubleEscapeEnd
            } else {
                reconsume(c, in: .scriptDataDoubleEscaped)
            }
        case .scriptDataDoubleEscapeEnd:
            doubleEscapeBoundary(consume(), ifScript: .scriptDataEscaped, otherwise: .scriptDataDoubleEscaped)
        default:
            break
        }
    }

    /// The (double) escaped and (double) escaped dash states: everything but `-`-`-` handling.
    private mutating func escapedCharacter(
        _ c: Int, dash: State, lessThan: State, emitsLessThan: Bool, escapedState: State
    ) {
        switch c {
        case Char.hyphen:
            text.append(UInt8(Char.hyphen))
            state = dash
        case Char.lessThan:
            if emitsLessThan { text.append(UInt8(Char.lessThan)) }
            state = lessThan
        case Char.null:
            parseError(.unexpectedNullCharacter)
            text.append(contentsOf: replacementCharacterUTF8)
            state = escapedState
        case Char.endOfFile:
            parseError(.eofInScriptHTMLCommentLikeText)
            emitEndOfFile()
        default:
            text.append(UInt8(c))
            state = escapedState
        }
    }

    /// The (double) escaped dash dash states.
    private mutating func escapedDashDash(_ c: Int, lessThan: State, emitsLessThan: Bool, escapedState: State) {
        switch c {
        case Char.hyphen:
            text.append(UInt8(Char.hyphen))
        case Char.greaterThan:
            text.append(UInt8(Char.greaterThan))
            state = .scriptData
        default:
            escapedCharacter(
                c, dash: state, lessThan: lessThan, emitsLessThan: emitsLessThan, escapedState: escapedState)
        }
    }

    /// The double escape start and end states: `script` followed by a delimiter toggles double escaping.
    private mutating func doubleEscapeBoundary(_ c: Int, ifScript: State, otherwise: State) {
        if Char.isWhitespace(c) || c == Char.solidus || c == Char.greaterThan {
            state = temporaryBuffer == Array("script".utf8) ? ifScript : otherwise
            text.append(UInt8(c))
        } else if Char.isAlpha(c) {
            temporaryBuffer.append(Char.lowercased(c))
            text.append(UInt8(c))
        } else {
            reconsume(c, in: otherwise)
        }
    }
}
