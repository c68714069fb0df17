import CJKClean

private let toSimplified = ScriptConverter(.traditionalToSimplified)
private let toTraditional = ScriptConverter(.simplifiedToTraditional)

/// Converts arbitrary text both ways (bytes as UTF-8, and as Big5 and GBK so that Han text is common).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScriptConversion(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var texts = [String(decoding: bytes, as: UTF8.self)]
    if let big5 = try? ICUCharset.decode(bytes, charset: "Big5-HKSCS") { texts.append(big5) }
    if let gbk = try? ICUCharset.decode(bytes, charset: "GB18030") { texts.append(gbk) }
    for text in texts {
        _ = toSimplified.convert(text)
        _ = toTraditional.convert(text)
    }
    return 0
}
