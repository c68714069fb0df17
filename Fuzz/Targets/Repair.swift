import CJKClean

/// Repairs arbitrary text (bytes as UTF-8, and as GB18030 so that Han-heavy text is common).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRepair(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let repair = MojibakeRepair()
    let utf8 = String(decoding: bytes, as: UTF8.self)
    checkRepair(repair.repair(utf8), of: utf8)
    if let gbk = try? ICUCharset.decode(bytes, charset: "GB18030") {
        checkRepair(repair.repair(gbk), of: gbk)
    }
    return 0
}

private func checkRepair(_ result: RepairResult, of text: String) {
    precondition(!result.repairs.isEmpty || result.text == text, "text changed without a reported repair")
}
