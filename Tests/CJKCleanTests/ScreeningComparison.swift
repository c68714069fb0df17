import XCTest

@testable import CJKClean

/// The charset-misreading repair of one document with the screening of starts and without it:
/// the screening turns away only starts whose decoding the repair would reject anyway, so the
/// two must find the same edits.
struct ScreeningComparison {
    /// The edits found with screening.
    let screened: [ScalarEdit]
    /// The edits found without it.
    let unscreened: [ScalarEdit]

    /// Repairs a document both ways.
    /// - Parameter document: The text to repair.
    init(_ document: String) {
        let scalars = Array(document.unicodeScalars)
        let lines = MojibakeGate.scan(document).filter { !$0.signals.isDisjoint(with: .recodable) }
        let model = PlausibilityModel(document: scalars)
        // Without a limit on attempts: starts turned away spend none, and the comparison is of
        // what each start gives.
        screened = RecodeRepair(model: model, maximumAttempts: .max).edits(for: scalars, lines: lines)
        unscreened = RecodeRepair(model: model, screensStarts: false, maximumAttempts: .max)
            .edits(for: scalars, lines: lines)
    }

    /// The edits with screening, each as text with its confidence: equal edits describe alike.
    var screenedDescriptions: [String] { screened.map(Self.describe) }
    /// The same without screening.
    var unscreenedDescriptions: [String] { unscreened.map(Self.describe) }

    /// Asserts that screening changes no edit of any of the documents.
    /// - Parameter documents: The texts to repair.
    /// - Returns: How many of them the repair edits.
    static func assertNoEditChanges(
        in documents: [String], file: StaticString = #filePath, line: UInt = #line
    ) -> Int {
        var edited = 0
        for document in documents {
            let comparison = ScreeningComparison(document)
            XCTAssertEqual(
                comparison.screenedDescriptions, comparison.unscreenedDescriptions, String(document.prefix(60)),
                file: file, line: line)
            if !comparison.screened.isEmpty { edited += 1 }
        }
        return edited
    }

    private static func describe(_ edit: ScalarEdit) -> String {
        "\(edit.range) \(edit.kind) \(String(String.UnicodeScalarView(edit.replacement))) \(edit.confidence)"
    }
}
