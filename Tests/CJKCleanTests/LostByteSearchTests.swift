import XCTest

@testable import CJKClean

/// The search over characters with lost bytes: ranking and remembering their choices, and
/// choosing one per character with the beam search.
final class LostByteSearchTests: XCTestCase {
    private let model = PlausibilityModel()

    func testCheapestKeepsTheLeastCostlyInOrderWithTiesInSequenceOrder() {
        let items = [("a", 5.0), ("b", 1.0), ("c", 3.0), ("d", 1.0), ("e", 2.0)]
        XCTAssertEqual(items.cheapest(3, by: \.1).map(\.0), ["b", "d", "e"])
        XCTAssertEqual(items.cheapest(9, by: \.1).map(\.0), ["b", "d", "e", "c", "a"])
        XCTAssertEqual(items.cheapest(0, by: \.1).map(\.0), [])
    }

    func testCheapestAgreesWithAStableSortWhateverTheTies() {
        // A fixed pseudo-random sequence: few distinct costs, so ties at the cut are common.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for trial in 0..<600 {
            let costs = (0..<next(90)).map { _ in Double(next(trial % 3 == 0 ? 3 : 12)) }
            let count = next(40)
            let byStableSort = costs.indices.sorted { (costs[$0], $0) < (costs[$1], $1) }.prefix(count)
            XCTAssertEqual(costs.indices.cheapest(count) { costs[$0] }, Array(byStableSort), "trial \(trial)")
        }
    }

    func testCharacterWithManyCompletionsKeepsTheMostPlausibleOnesAndIsWorkedOutOnce() throws {
        // Two lost continuation bytes after E4: every character from U+4000 to U+4FFF.
        let all = (0x4000...0x4FFF).compactMap(Unicode.Scalar.init)
        var choices = LostByteChoices(model: model, maximumChoices: 24)
        var enumerations = 0
        let enumerate = { (_: Int) in
            enumerations += 1
            return all
        }
        let rules: [RecodedLine.HoleRule?] = [nil, .pairFirst, .pairSecond]
        let unit = try XCTUnwrap(choices.unit(bytes: [0xE4, nil, nil], rules: rules, completions: enumerate))
        // What a full stable sort by cost would keep.
        let expected = all.enumerated().sorted { (model.cost(of: $0.element), $0.offset) < (model.cost(of: $1.element), $1.offset) }
            .prefix(24).map(\.element)
        XCTAssertEqual(Array(unit), expected)
        XCTAssertEqual(unit.first, "一")
        let again = try XCTUnwrap(choices.unit(bytes: [0xE4, nil, nil], rules: rules, completions: enumerate))
        XCTAssertEqual(Array(again), expected)
        XCTAssertEqual(enumerations, 1)
    }

    func testRankedCompletionsKeepWhatEnumeratingEveryValueKeeps() {
        // What the lost-byte search keeps of a character's completions: every one in decoding
        // order, or the 24 cheapest when there are more.
        func kept(_ completions: [Unicode.Scalar]) -> [Unicode.Scalar] {
            completions.count > 24 ? completions.cheapest(24) { model.cost(of: $0) } : completions
        }
        let lossy = RecodeTransform.all.filter { $0.original == .utf8 }
        var compared = 0
        for transform in lossy {
            for lead in UInt8(0xE0)...0xEF {
                var cases: [([UInt8?], [RecodedLine.HoleRule?])] = [
                    ([lead, nil, nil], [nil, .pairFirst, .pairSecond]), ([lead, nil, nil], [nil, nil, nil]),
                ]
                for second in UInt8(0x80)...0xBF {
                    for next: UInt8? in [nil, 0x2C, 0x40, 0xA1] { cases.append(([lead, second, nil], [nil, nil, .lone(next: next)])) }
                }
                for (bytes, rules) in cases {
                    let ranked = RecodedLine.completions(of: bytes, rules: rules, transform: transform, limit: 24)
                    let enumerated = RecodedLine.completions(
                        of: bytes, rules: rules, transform: transform, limit: 24, usingRanking: false)
                    XCTAssertEqual(kept(ranked), kept(enumerated), "\(transform.kind) \(bytes) \(rules)")
                    compared += enumerated.count > 24 ? 1 : 0
                }
            }
        }
        // Most cases have more completions than are kept, where the ranking takes a shortcut.
        XCTAssertGreaterThan(compared, 5_000)
    }

    func testFailureMasksSayWhatTheRuleSaysOfEveryContinuationByte() {
        let tables: [CharsetTable] = [.windows1252, .gbk, .big5, .shiftJIS, .eucJP, .eucKR]
        let rules: [RecodedLine.HoleRule] = [.lone(next: nil), .pairFirst, .pairSecond] + (0...255).map { .lone(next: UInt8($0)) }
        var mismatches: [String] = []
        var failing = 0
        for (index, table) in tables.enumerated() {
            for rule in rules {
                let mask = table.continuationBytesFailing(rule)
                for byte in UInt8(0x80)...0xBF {
                    let fails = RecodedLine.misreadingFails(onLostByte: byte, rule: rule, table: table)
                    if fails != (mask & 1 << UInt64(byte - 0x80) != 0) { mismatches.append("table \(index) \(rule) \(byte)") }
                    failing += fails ? 1 : 0
                }
            }
        }
        XCTAssertEqual(mismatches, [])
        // Both answers occur: the masks are not all full or all empty.
        XCTAssertGreaterThan(failing, 1_000)
        XCTAssertLessThan(failing, tables.count * rules.count * 64 - 1_000)
    }

    func testFewCompletionsKeepTheirDecodingOrder() throws {
        var choices = LostByteChoices(model: model, maximumChoices: 24)
        let unit = try XCTUnwrap(choices.unit(bytes: [0xE5, 0xA4, nil], rules: [nil, nil, .lone(next: nil)]) { _ in ["夠", "天", "大"] })
        XCTAssertEqual(Array(unit), ["夠", "天", "大"])
        XCTAssertNil(choices.unit(bytes: [0xE5, nil, nil], rules: [nil, nil, nil]) { _ in [] })
    }

    func testCharactersDifferingInAnyByteHoleOrRuleAreWorkedOutApartAndEachOnce() throws {
        var choices = LostByteChoices(model: model, maximumChoices: 24)
        let characters: [([UInt8?], [RecodedLine.HoleRule?])] = [
            ([0xE5, 0xA4, nil], [nil, nil, .lone(next: nil)]),
            ([0xE5, 0xA4, nil], [nil, nil, .lone(next: 0x40)]),
            ([0xE5, 0xA4, nil], [nil, nil, .lone(next: 0x41)]),
            ([0xE5, 0xA4, nil], [nil, nil, nil]),
            ([0xE5, nil, 0xA4], [nil, .lone(next: nil), nil]),
            ([0xE5, nil, nil], [nil, .pairFirst, .pairSecond]),
            ([0xE5, nil, nil], [nil, .pairSecond, .pairFirst]),
            ([0xE6, nil, nil], [nil, .pairFirst, .pairSecond]),
            ([0xF0, 0x9F, nil, nil], [nil, nil, .pairFirst, .pairSecond]),
        ]
        // Each character gets a result of its own: its index as a scalar, or none for the last.
        var worked: [Int] = []
        for _ in 0..<2 {
            for (index, (bytes, rules)) in characters.enumerated() {
                let unit = choices.unit(bytes: bytes, rules: rules) { _ in
                    worked.append(index)
                    return index == characters.count - 1 ? [] : [Unicode.Scalar(UInt8(0x41 + index))]
                }
                XCTAssertEqual(unit.map(Array.init), index == characters.count - 1 ? nil : [Unicode.Scalar(UInt8(0x41 + index))])
            }
        }
        // The second round, the one that fits nothing included, is remembered.
        XCTAssertEqual(worked, Array(characters.indices))
    }

    func testResolverChoosesTheCharactersThatMakeWords() {
        let resolver = LostByteResolver(model: model)
        let units = "今天很好，我们明天".unicodeScalars.map { scalar in
            scalar == "天" ? DecodedUnit(choices: ["大", "夭", "天"]) : DecodedUnit(scalar)
        }
        // The two choices lie far apart: after the first, the search goes on from one hypothesis.
        XCTAssertEqual(resolver.resolve(units, after: nil, atLineEnd: true).string, "今天很好，我们明天")
    }

    func testResolverUsesTheCharacterBeforeTheUnitsAsContext() {
        let resolver = LostByteResolver(model: model)
        let units = [DecodedUnit(choices: ["大", "夭", "天"]), DecodedUnit("，")]
        XCTAssertEqual(resolver.resolve(units, after: "今", atLineEnd: false).string, "天，")
        XCTAssertEqual(resolver.resolve(units, after: nil, atLineEnd: false).string, "大，")
    }

    func testResolverClosesTheBracketThatIsOpen() {
        let resolver = LostByteResolver(model: model)
        let units = "（中国".unicodeScalars.map(DecodedUnit.init) + [DecodedUnit(choices: ["。", "，", "）"])]
        XCTAssertEqual(resolver.resolve(units, after: nil, atLineEnd: false).string, "（中国）")
    }

    func testResolverWithoutChoicesReturnsTheUnits() {
        let resolver = LostByteResolver(model: model)
        XCTAssertEqual(resolver.resolve("中文".unicodeScalars.map(DecodedUnit.init), after: "的", atLineEnd: true).string, "中文")
    }

    func testTailHoldsItsLastThreeCharactersOldestFirst() {
        var tail = LostByteResolver.Tail()
        XCTAssertEqual(Array(tail.text), [])
        for (scalar, expected) in zip("中文𠀀字典", ["中", "中文", "中文𠀀", "文𠀀字", "𠀀字典"]) {
            tail.append(scalar.unicodeScalars.first ?? " ")
            XCTAssertEqual(Array(tail.text).string, expected)
        }
    }
}
