import CJKClean

/// Tokenizes arbitrary bytes in every initial content state; the tokenizer must end on any input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks the content state, so one corpus covers all of them.
    let states: [HTMLTokenizer.ContentState] = [.data, .rcdata, .rawtext, .scriptData, .plaintext, .cdataSection]
    let state = states[Int(bytes.first ?? 0) % states.count]
    var tokenizer = HTMLTokenizer(bytes, options: .conformance(initialState: state, lastStartTag: "title"))
    var tokens = 0
    while tokenizer.next() != nil { tokens += 1 }
    precondition(tokens <= size + 1, "more tokens than input bytes")
    for _ in HTMLTokenizer(bytes) {}
    return 0
}
