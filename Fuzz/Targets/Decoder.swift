import CJKClean

/// Sniffs and decodes arbitrary bytes, with and without a declared charset taken from the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // Reading the text builds it from the page's own bytes when they were valid UTF-8.
    _ = (try? HTMLDecoder.decode(bytes))?.text
    // A declared label from the first byte exercises the declaration-correcting path of every decoder.
    let labels = ["gb2312", "big5", "shift_jis", "euc-kr", "euc-jp", "iso-2022-jp", "utf-16le", "utf-16be",
                  "windows-1252", "koi8-r", "x-user-defined", "replacement", "iso-8859-16", "utf-8", "bogus"]
    let label = labels[Int(bytes.first ?? 0) % labels.count]
    _ = (try? HTMLDecoder.decode(bytes.dropFirst(), declaredCharset: label))?.text
    return 0
}
