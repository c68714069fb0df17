import XCTest

@testable import CJKClean

/// The screening of UTF-8 re-readings by their first character: a start whose first character
/// no repair may contain is turned away before decoding, unless Windows-1252 text encoded twice
/// could still undo it.
final class UTF8StartScreeningTests: XCTestCase {
    private func beginsWithUnrepairable(_ line: String, kind: Repair.Kind) throws -> [Bool] {
        let transform = try XCTUnwrap(RecodeTransform.all.first { $0.kind == kind })
        let scalars = Array(line.unicodeScalars)
        let recoded = RecodedLine(scalars[...], transform: transform)
        return scalars.indices.map { RecodeRepair.beginsWithUnrepairable(recoded, at: $0, transform) }
    }

    func testAStartThatReadsAsAHebrewLetterIsTurnedAway() throws {
        // `×–` is D7 96 under Windows-1252, which UTF-8 reads as the Hebrew ז: no repair of CJK
        // or Latin text gives it. From the second byte nothing decodes, which the decoder
        // finds at once.
        XCTAssertEqual(try beginsWithUnrepairable("×–", kind: .utf8AsWindows1252), [true, false])
    }

    func testAStartThatReadsAsAC1ControlIsLeftToTheJudgeUnderWindows1252() throws {
        // `Â` and U+0081 are C2 81, which UTF-8 reads as U+0081: a control, but one that
        // Windows-1252 encodes, so text encoded twice may still be undone from here.
        XCTAssertEqual(try beginsWithUnrepairable("Â\u{81}", kind: .utf8AsWindows1252), [false, false])
    }

    func testStartsThatReadAsPlausibleCharactersAreKept() throws {
        // `Ã©` is é, and `ä¸­` is 中.
        XCTAssertEqual(try beginsWithUnrepairable("Ã©", kind: .utf8AsWindows1252), [false, false])
        XCTAssertEqual(try beginsWithUnrepairable("ä¸\u{AD}", kind: .utf8AsWindows1252), [false, false, false])
    }

    /// UTF-8 misreadings, doubly encoded text among them, with and without screening: the same
    /// edits, and text repaired the same way.
    func testScreeningChangesNoEditOfUTF8Misreadings() throws {
        var documents = Garbler.allCases.filter { $0.category.hasPrefix("utf8") || $0.category == "doubleUTF8" }
            .map(\.garbled)
        // Characters whose UTF-8 holds a byte Windows-1252 leaves unassigned (丁 is E4 B8 81),
        // encoded once and twice, alone and amid Latin-1 text that reads as Hebrew or Arabic.
        for text in ["丁香花開了。", "Ô×–丁香 café ×Ó", "文件名稱：測試丁檔。"] {
            guard let once = Garbler.utf8(text, readAs: "windows-1252") else { continue }
            documents.append(once)
            if let twice = Garbler.utf8(once, readAs: "windows-1252") { documents.append(twice) }
        }
        XCTAssertGreaterThan(documents.count, 100)
        let edited = ScreeningComparison.assertNoEditChanges(in: documents)
        XCTAssertGreaterThan(edited, documents.count / 2)
    }
}
