import CJKClean

private let simplifying = Cleaner(options: CleanerOptions(script: .simplified))

/// Cleans arbitrary bytes as a page: decoding, line extraction, repair, boilerplate removal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCleanBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let cleaner = (bytes.first ?? 0) & 1 == 0 ? Cleaner() : simplifying
    do {
        let document = try cleaner.clean(html: bytes)
        _ = document.text
    } catch {
        switch error {
        case .notText: break
        }
    }
    _ = cleaner.clean(text: String(decoding: bytes, as: UTF8.self))
    return 0
}
