import XCTest

@testable import CJKClean

/// The screening of starts of lossless re-readings: it turns away only starts whose decoding
/// the repair would reject anyway, so the repair finds the same edits with it as without it.
/// (The comparisons switch off the screening of UTF-8 starts too, and so cover it as well.)
final class LegacyReadingChainsTests: XCTestCase {
    private func chains(_ line: [Unicode.Scalar], kind: Repair.Kind) throws -> LegacyReadingChains {
        let transform = try XCTUnwrap(RecodeTransform.all.first { $0.kind == kind })
        guard case .legacy(let charset) = transform.original else { throw XCTSkip("not a lossless re-reading") }
        let model = PlausibilityModel(document: line)
        return LegacyReadingChains(
            RecodedLine(line[...], transform: transform), table: charset.table, scalars: line,
            sums: LinePrefixSums(line, model: model), model: model,
            minimumCJKCharacters: RecodeRepair.minimumCJKCharacters(for: transform))
    }

    func testACharacterEndsOnAScalarOnlyWhereTheNextScalarBegins() throws {
        // `a中` read as Big5 is 61 A4 A4: a character ending after the first byte ends on 中's
        // start, one ending after the second falls inside 中, and the line ends after the third.
        let transform = try XCTUnwrap(RecodeTransform.all.first { $0.kind == .gbkAsBig5 })
        let recoded = RecodedLine(Array("a中".unicodeScalars)[...], transform: transform)
        XCTAssertEqual(recoded.items.count, 3)
        XCTAssertEqual((1...3).map { recoded.scalarEnded(before: $0) }, [1, nil, 2])
    }

    func testLossyAndLosslessReadingsShareTheBytesOfALineWithoutLostByteMarks() throws {
        let lossy = try XCTUnwrap(RecodeTransform.all.first { $0.kind == .utf8AsWindows1252 })
        let lossless = try XCTUnwrap(RecodeTransform.all.first { $0.kind == .gbkAsWindows1252 })
        let items = { (line: String, transform: RecodeTransform) in
            var lines = RecodedLines(Array(line.unicodeScalars)[...])
            return lines.recoded(for: transform).items
        }
        XCTAssertEqual(items("ÖÐÎÄ", lossy), items("ÖÐÎÄ", lossless))
        // A U+FFFD is a lost byte to one and a barrier to the other, a `?` may be lost to one only.
        XCTAssertEqual(items("Ö\u{FFFD}", lossy), [.byte(0xD6, mayBeLost: false), .lost])
        XCTAssertEqual(items("Ö\u{FFFD}", lossless), [.byte(0xD6, mayBeLost: false), .barrier])
        XCTAssertEqual(items("Ö?", lossy), [.byte(0xD6, mayBeLost: false), .byte(0x3F, mayBeLost: true)])
        XCTAssertEqual(items("Ö?", lossless), [.byte(0xD6, mayBeLost: false), .byte(0x3F, mayBeLost: false)])
        // One cache serves both readings of the same line.
        var lines = RecodedLines(Array("Ö?".unicodeScalars)[...])
        XCTAssertEqual(lines.recoded(for: lossless).items.last, .byte(0x3F, mayBeLost: false))
        XCTAssertEqual(lines.recoded(for: lossy).items.last, .byte(0x3F, mayBeLost: true))
    }

    func testOnlyTheStartThatReadsAsTwoCJKCharactersIsKept() throws {
        // 中文 in Big5 is A4 A4 A4 E5, read as Windows-1252 `¤¤¤å`. From the second byte the
        // decoding gives 中 and stops at the lone E5; from the third, 文 alone; from the fourth,
        // nothing. A legacy re-reading of Latin-1 text needs two CJK characters.
        let line = Array("¤¤¤å".unicodeScalars)
        let chains = try chains(line, kind: .big5AsWindows1252)
        XCTAssertEqual(
            line.indices.map {
                chains.mayRepair(from: $0, window: RecodeRepair.maximumWindow, after: $0 > 0 ? line[$0 - 1] : nil)
            },
            [true, false, false, false])
    }

    func testAStartWhoseChainOutrunsTheWindowIsKept() throws {
        // From the second byte the chain covers two scalars; a window of one would cut it, and
        // the sums along the whole chain say nothing about the shorter decoding.
        let line = Array("¤¤¤å".unicodeScalars)
        let chains = try chains(line, kind: .big5AsWindows1252)
        XCTAssertTrue(chains.mayRepair(from: 1, window: 1, after: line[0]))
        XCTAssertFalse(chains.mayRepair(from: 1, window: 2, after: line[0]))
    }

    func testACharacterNoRepairProducesRulesOutTheStretchesThatContainIt() throws {
        // GBK A6 C1 D6 D0 CE C4 is α中文, read as Windows-1252 `¦ÁÖÐÎÄ`. No repair produces the
        // Greek α, so the first start is turned away. The second reads 林形 (C1 D6, D0 CE) and
        // stops at the lone C4: two common characters, which only scoring can reject. The third
        // reads 中文; the others give one character or none.
        let bytes: [UInt8] = [0xA6, 0xC1, 0xD6, 0xD0, 0xCE, 0xC4]
        let line = Array(try ICUCharset.decode(bytes, charset: "windows-1252").unicodeScalars)
        let chains = try chains(line, kind: .gbkAsWindows1252)
        XCTAssertEqual(
            line.indices.map {
                chains.mayRepair(from: $0, window: RecodeRepair.maximumWindow, after: $0 > 0 ? line[$0 - 1] : nil)
            },
            [false, true, true, false, false, false])
    }

    func testAReadingThatCannotGainTheMarginIsTurnedAwayAtEveryStart() throws {
        // Big5 台北市政府今天宣布新的交通政策。 read as Windows-1252. Read back as Shift_JIS, its
        // bytes give mostly half-width katakana, each as costly as the Latin-1 letter it
        // replaces, between the ASCII letters the Big5 trail bytes already were: a reading that
        // passes the mean-cost and CJK checks, yet could not beat the line by the margin a
        // change needs even if known words covered every Han character in and around it.
        let garbled = try XCTUnwrap(Garbler.legacy("台北市政府今天宣布新的交通政策。", encodedIn: "Big5-HKSCS", readAs: "windows-1252"))
        let line = Array(garbled.unicodeScalars)
        let transform = try XCTUnwrap(RecodeTransform.all.first { $0.kind == .shiftJISAsWindows1252 })
        var choices = LostByteChoices(model: PlausibilityModel(), maximumChoices: RecodeRepair.choicesPerUnit)
        var decoding = RecodedLine.Decoding()
        RecodedLine(line[...], transform: transform).decode(
            from: 0, transform: transform, maximumScalars: RecodeRepair.maximumWindow, choices: &choices,
            into: &decoding)
        let model = PlausibilityModel(document: line)
        let reading = decoding.scalars
        XCTAssertEqual(decoding.ends.last?.scalar, line.count)
        XCTAssertGreaterThanOrEqual(reading.count(where: \.isCJK), 2)
        XCTAssertTrue(reading.allSatisfy(\.isPlausibleAfterRecoding))
        XCTAssertLessThanOrEqual(
            reading.reduce(0) { $0 + model.cost(of: $1) } / Double(reading.count), RecodeRepair.maximumMeanCost)

        let mayRepair = { (kind: Repair.Kind) throws -> [Bool] in
            let chains = try self.chains(line, kind: kind)
            return line.indices.map {
                chains.mayRepair(from: $0, window: RecodeRepair.maximumWindow, after: $0 > 0 ? line[$0 - 1] : nil)
            }
        }
        XCTAssertEqual(try mayRepair(.shiftJISAsWindows1252), Array(repeating: false, count: line.count))
        // The Big5 reading, the true one, is kept from the first byte.
        XCTAssertEqual(try mayRepair(.big5AsWindows1252).first, true)
    }

    func testAStartTheChainsWouldTurnAwaySpendsNoAttemptWhenDecodedFirst() throws {
        // GBK α followed by a sentence, read as Windows-1252. With no candidate on the line yet,
        // the first start is decoded before the chains are built; it reads α (no repair may
        // contain it), gives nothing, and the chains then turn it away: it must get its attempt
        // back, or a repair allowed one attempt would stop there instead of reading the sentence.
        let garbled = try XCTUnwrap(
            Garbler.legacy("α今天天气很好，我们一起去公园散步吧。", encodedIn: "GB18030", readAs: "windows-1252"))
        let scalars = Array(garbled.unicodeScalars)
        let transform = try XCTUnwrap(RecodeTransform.all.first { $0.kind == .gbkAsWindows1252 })
        let edits = RecodeRepair(
            model: PlausibilityModel(document: scalars), transforms: [transform], maximumAttempts: 1
        )
        .edits(for: scalars, lines: [scalars.indices])
        XCTAssertEqual(edits.map(\.range), [2..<scalars.count])
        XCTAssertEqual(edits.map { String(String.UnicodeScalarView($0.replacement)) }, ["今天天气很好，我们一起去公园散步吧。"])
    }

    /// Random lines mixing Latin-1 letters, C1 controls, CJK text and punctuation, ASCII, `?`
    /// and U+FFFD: the screening must agree with decoding every start on inputs no codec made.
    func testScreeningChangesNoEditOnRandomLines() {
        let pool = Array(
            ("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿"
                + "\u{80}\u{81}\u{8D}\u{9D}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
                + "中文的是一了不在人有我他这个们来到时大地为子中你说生国年着就那和要她出也得里后自以会"
                + "，。、；：？！「」（）ｱｲｳ가나다abc xyz 123,.;:?\u{FFFD}\u{3000}").unicodeScalars)
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let legacyKinds = RecodeTransform.all.filter { $0.original != .utf8 }.map(\.kind)
        var edited = 0
        for _ in 0..<400 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<(1 + next(3)) {
                // Runs from one part of the pool, as garbled text comes in runs.
                let from = next(pool.count)
                let width = 1 + next(40)
                for _ in 0..<(1 + next(60)) { scalars.append(pool[(from + next(width)) % pool.count]) }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let comparison = ScreeningComparison(text)
            XCTAssertEqual(comparison.screenedDescriptions, comparison.unscreenedDescriptions, text)
            if comparison.screened.contains(where: { legacyKinds.contains($0.kind) }) { edited += 1 }
        }
        // The comparison covers lines that legacy re-readings change, not only ones left alone.
        XCTAssertGreaterThan(edited, 100)
    }

    func testScreeningChangesNoEdit() throws {
        var documents = Garbler.allCases.map(\.garbled) + CleanCorpus.all.map(\.text)
        // Whole articles in the legacy charsets read as Windows-1252 and as each other, once
        // with their paragraphs and once as one line longer than a decoding window.
        var articles = 0
        for fixture in try GoldenFixture.all() {
            for body in [fixture.body, fixture.simplifiedBody] {
                for text in [body.joined(separator: "\n"), body.joined()] {
                    for (original, misread) in [
                        ("GB18030", "windows-1252"), ("Big5-HKSCS", "windows-1252"), ("GB18030", "Big5-HKSCS"),
                        ("Big5-HKSCS", "GB18030"),
                    ] {
                        guard let garbled = Garbler.legacy(text, encodedIn: original, readAs: misread) else { continue }
                        documents.append(garbled)
                        articles += 1
                    }
                }
            }
        }
        // Paragraphs in GBK and Big5 by turns, read as Windows-1252: the reading that repaired
        // one line, searched first on the next, is the wrong one there.
        for fixture in try GoldenFixture.all() {
            let paragraphs = fixture.body.enumerated().compactMap { index, paragraph in
                Garbler.legacy(paragraph, encodedIn: index % 2 == 0 ? "GB18030" : "Big5-HKSCS", readAs: "windows-1252")
            }
            documents.append(paragraphs.joined(separator: "\n"))
        }
        XCTAssertGreaterThanOrEqual(articles, 10)
        let edited = ScreeningComparison.assertNoEditChanges(in: documents)
        // The comparison covers documents that are repaired, not only ones left alone.
        XCTAssertGreaterThan(edited, documents.count / 4)
    }
}
