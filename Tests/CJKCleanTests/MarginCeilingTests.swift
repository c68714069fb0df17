import XCTest

@testable import CJKClean

/// The ceiling on the margin of any repair under a lossless re-reading of a line, which lets the
/// repair leave a re-reading unsearched when candidates already found outrank it everywhere. It
/// must lie above the bound the chains give every start, which itself lies above the margin
/// scoring finds.
final class MarginCeilingTests: XCTestCase {
    private static let lossless = RecodeTransform.all.filter { $0.original != .utf8 }

    /// Lines of garbled documents: the mojibake categories, and whole golden articles in the
    /// legacy charsets read as Windows-1252 and as each other.
    private func garbledLines() throws -> [[Unicode.Scalar]] {
        var documents = Garbler.allCases.map(\.garbled)
        for fixture in try GoldenFixture.all() {
            for (original, misread) in [
                ("GB18030", "windows-1252"), ("Big5-HKSCS", "windows-1252"), ("GB18030", "Big5-HKSCS"),
                ("Big5-HKSCS", "GB18030"),
            ] {
                let text = fixture.body.joined(separator: "\n")
                if let garbled = Garbler.legacy(text, encodedIn: original, readAs: misread) {
                    documents.append(garbled)
                }
            }
        }
        return documents.flatMap { document in
            document.split(separator: "\n").map { Array($0.unicodeScalars) }
        }
    }

    /// The ceiling and, for every start the chains keep, the bound they give it.
    private func ceilingAndBounds(of line: [Unicode.Scalar], under transform: RecodeTransform) throws
        -> (ceiling: Double, bounds: [Double])
    {
        guard case .legacy(let charset) = transform.original else { throw XCTSkip("not a lossless re-reading") }
        let model = PlausibilityModel(document: line)
        let recoded = RecodedLine(line[...], transform: transform)
        let sums = LinePrefixSums(line, model: model)
        let ceiling = LegacyReadingChains.marginCeiling(
            CeilingLayout(recoded, scalars: line, sums: sums), charset: charset)
        let chains = LegacyReadingChains(
            recoded, table: charset.table, scalars: line, sums: sums, model: model,
            minimumCJKCharacters: RecodeRepair.minimumCJKCharacters(for: transform))
        let bounds = line.indices.compactMap { offset -> Double? in
            let start = chains.start(
                at: offset, window: line.count, after: offset > 0 ? line[offset - 1] : nil)
            guard case .mayRepair(let bound, _) = start else { return nil }
            return bound
        }
        return (ceiling, bounds)
    }

    func testTheCeilingLiesAboveTheBoundOfEveryStart() throws {
        var compared = 0
        var closest = Double.infinity
        for line in try garbledLines() {
            for transform in Self.lossless {
                let (ceiling, bounds) = try ceilingAndBounds(of: line, under: transform)
                for bound in bounds {
                    XCTAssertLessThanOrEqual(
                        bound, ceiling, "\(transform.kind): \(String(String.UnicodeScalarView(line)))")
                    closest = min(closest, ceiling - bound)
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
        // Some start comes within the two pairs at its edges of the ceiling, the most that a
        // line without Han characters adds to it: the ceiling is not loose everywhere.
        XCTAssertLessThanOrEqual(closest, -2 * PlausibilityModel.lowestPairCost + 1e-3)
    }

    func testAWrongReadingOfAWholeGarbledLineHasALowerCeilingThanTheRightOne() throws {
        // A Big5 sentence read as Windows-1252: every lossless reading of it decodes, but only
        // the Big5 one can gain the most; the others' ceilings stay below its own.
        let garbled = try XCTUnwrap(
            Garbler.legacy("台北市政府今天宣布新的交通政策，市民可以在網站上查詢。", encodedIn: "Big5-HKSCS", readAs: "windows-1252"))
        let line = Array(garbled.unicodeScalars)
        var ceilings: [Repair.Kind: Double] = [:]
        for transform in Self.lossless where transform.misread == .windows1252 {
            ceilings[transform.kind] = try ceilingAndBounds(of: line, under: transform).ceiling
        }
        let right = try XCTUnwrap(ceilings[.big5AsWindows1252])
        for (kind, ceiling) in ceilings where kind != .big5AsWindows1252 {
            XCTAssertLessThan(ceiling, right, "\(kind)")
        }
    }

    func testTheCeilingPaysThePairsWithinTheReReading() throws {
        // Questions read back from GBK: each `吗?` is a pair that lowers the re-reading's cost,
        // so the ceiling must count it, or the starts' bounds rise above it.
        let garbled = try XCTUnwrap(
            Garbler.legacy("你好吗?是吗?对吗?好吗?行吗?真的吗?来吗?", encodedIn: "GB18030", readAs: "windows-1252"))
        let line = Array(garbled.unicodeScalars)
        let transform = try XCTUnwrap(Self.lossless.first { $0.kind == .gbkAsWindows1252 })
        let (ceiling, bounds) = try ceilingAndBounds(of: line, under: transform)
        let highest = try XCTUnwrap(bounds.max())
        XCTAssertLessThanOrEqual(highest, ceiling)
        XCTAssertLessThan(ceiling - highest, -2 * PlausibilityModel.lowestPairCost + 1e-3)
    }

    func testTheContextAllowanceTakesEachContextTermAtItsLargest() {
        let pairs = -2 * PlausibilityModel.lowestPairCost
        func allowance(_ text: String) -> Double {
            let line = Array(text.unicodeScalars)
            return LegacyReadingChains.contextAllowance(
                scalars: line, sums: LinePrefixSums(line, model: PlausibilityModel(document: line)))
        }
        XCTAssertEqual(allowance("ÄÖÜ"), pairs)
        // A comma before a line break is the one pair of a line as it stands that costs more.
        XCTAssertEqual(allowance("ÄÖ,\nÜ"), pairs + 6)
        // Han characters around a stretch may be covered by words: at most three on each side.
        XCTAssertEqual(allowance("ÄÖ中文ÜÄ"), pairs + 2 * PlausibilityModel.wordBonusPerCharacter)
        XCTAssertEqual(allowance("中文中文ÄÖ中文中文"), pairs + 6 * PlausibilityModel.wordBonusPerCharacter)
        // A line that ends in an opening bracket costs more as it stands.
        XCTAssertEqual(allowance("ÄÖ「"), pairs + PlausibilityModel.openingBracketAtEndCost)
    }

    func testNothingDecodedGivesNoCeiling() throws {
        // Plain ASCII decodes in every charset, but a line of barriers (characters Windows-1252
        // cannot encode) decodes in none.
        let transform = try XCTUnwrap(Self.lossless.first { $0.kind == .gbkAsWindows1252 })
        XCTAssertEqual(try ceilingAndBounds(of: Array("中文".unicodeScalars), under: transform).ceiling, -.infinity)
    }
}

/// The floors under what each character of a legacy charset takes from a re-reading's margin.
final class CharacterCostFloorsTests: XCTestCase {
    /// Every character of each charset, with its bytes.
    private func characters(of charset: LegacyCharset) -> [(bytes: [UInt8], character: Unicode.Scalar)] {
        let table = charset.table
        var found: [([UInt8], Unicode.Scalar)] = (0...255).compactMap { byte in
            table.character(single: UInt8(byte)).map { ([UInt8(byte)], $0) }
        }
        for lead in CharsetTable.leadBytes where table.character(single: lead) == nil {
            for trail in CharsetTable.trailBytes {
                if let character = table.character(lead: lead, trail: trail) {
                    found.append(([lead, trail], character))
                }
            }
        }
        return found
    }

    func testEachFloorLiesJustBelowTheLowestCostLessTheWordBonus() {
        for charset in [LegacyCharset.gbk, .big5, .shiftJIS, .eucJP, .eucKR] {
            let floors = charset.costFloors
            for (bytes, character) in characters(of: charset) {
                let layout = bytes.map(UInt16.init)
                let (entry, next) = layout.withUnsafeBufferPointer { floors.entry(at: 0, in: $0) }
                XCTAssertEqual(next, bytes.count, "\(charset) \(bytes)")
                var penalty = PlausibilityModel.lowestCost(of: character)
                if character.isHan { penalty -= PlausibilityModel.wordBonusPerCharacter }
                let floor = CharacterCostFloors.penalty(of: entry)
                XCTAssertLessThanOrEqual(floor, penalty, "\(charset) \(bytes)")
                XCTAssertGreaterThan(floor, penalty - 1.0 / 128, "\(charset) \(bytes)")
                XCTAssertEqual(
                    entry & CharacterCostFloors.pricesPairs != 0, PlausibilityModel.pricesPairs(after: character),
                    "\(charset) \(bytes)")
            }
        }
    }

    func testNoEntryWhereNothingDecodes() {
        // GBK: 0x80 alone is no character, and 0x81 0x20 is no pair.
        let floors = LegacyCharset.gbk.costFloors
        for bytes: [UInt16] in [[0x80], [0x81, 0x20], [0x81], [CeilingLayout.noByte]] {
            XCTAssertEqual(bytes.withUnsafeBufferPointer { floors.entry(at: 0, in: $0) }.entry, 0, "\(bytes)")
        }
    }

    func testAPairIsPricedOnlyAfterTheCharactersThatSayItMayBe() {
        // Every character a charset decodes, against each kind of second character that a
        // price depends on.
        let seconds: [Unicode.Scalar] = ["\n", "?", "？", "a", "Z", "é", "Ö", "中", "，"]
        let firsts = Set(LegacyCharset.allCases.flatMap { characters(of: $0).map(\.character) })
        for first in firsts where !PlausibilityModel.pricesPairs(after: first) {
            for second in seconds {
                XCTAssertEqual(PlausibilityModel.pairCost(first, second), 0, "\(first) \(second)")
            }
        }
        XCTAssertEqual(PlausibilityModel.pairCost("吗", "？"), PlausibilityModel.lowestPairCost + 4)
        XCTAssertTrue(PlausibilityModel.pricesPairs(after: "吗"))
    }

    func testTheLowestCostOfFullWidthPunctuationIsWhatADocumentUsingItMostGives() {
        let mark: Unicode.Scalar = "！"
        let heavyUse = PlausibilityModel(document: Array(repeating: mark, count: 1_000))
        XCTAssertEqual(PlausibilityModel.lowestCost(of: mark), heavyUse.cost(of: mark))
        XCTAssertLessThan(PlausibilityModel.lowestCost(of: mark), PlausibilityModel().cost(of: mark))
        XCTAssertEqual(PlausibilityModel.lowestCost(of: "中"), PlausibilityModel().cost(of: "中" as Unicode.Scalar))
    }
}
