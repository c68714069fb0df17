import CJKClean
import XCTest

/// Every public type that has values is `Sendable`: this file stops compiling when one is not.
/// (The caseless enums `HTMLDecoder`, `ICUCharset`, `ICUCharsetDetector`, `CharsetLabel`,
/// `MetaCharsetPrescan`, `ByteOrderMark` and `WhitespaceNormalizer` are namespaces of static
/// functions without state.)
final class ConcurrencySendableTests: XCTestCase {
    private func requireSendable<T: Sendable>(_ type: T.Type) -> String { String(reflecting: type) }

    func testPublicTypesAreSendable() {
        let names = [
            requireSendable(Cleaner.self), requireSendable(CleanerOptions.self),
            requireSendable(CleanerOptions.Script.self), requireSendable(CleanedDocument.self),
            requireSendable(CleanerError.self), requireSendable(RemovedLine.self),
            requireSendable(BoilerplateFilter.self), requireSendable(BoilerplateFilter.Outcome.self),
            requireSendable(BoilerplateReason.self), requireSendable(TextLine.self),
            requireSendable(MojibakeRepair.self), requireSendable(MojibakeRepair.Options.self),
            requireSendable(RepairResult.self), requireSendable(Repair.self), requireSendable(Repair.Kind.self),
            requireSendable(ScriptConverter.self), requireSendable(ScriptConverter.Direction.self),
            requireSendable(HTMLTokenizer.self), requireSendable(HTMLTokenizer.Options.self),
            requireSendable(HTMLTokenizer.ContentState.self), requireSendable(HTMLToken.self),
            requireSendable(HTMLAttribute.self), requireSendable(HTMLParseError.self),
            requireSendable(HTMLParseError.Code.self), requireSendable(HTMLLineExtractor.self),
            requireSendable(HTMLLineExtractor.Result.self), requireSendable(DecodedDocument.self),
            requireSendable(CharsetSource.self), requireSendable(DecodingError.self),
            requireSendable(ICUTransliterator.self), requireSendable(ICUCharsetDetector.Guess.self),
            requireSendable(ICUError.self),
        ]
        XCTAssertEqual(names.count, 32)
        XCTAssertEqual(Set(names).count, names.count)
    }
}
