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
        let enumerate = {
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

    func testFewCompletionsKeepTheirDecodingOrder() throws {
        var choices = LostByteChoices(model: model, maximumChoices: 24)
        let unit = try XCTUnwrap(choices.unit(bytes: [0xE5, 0xA4, nil], rules: [nil, nil, .lone(next: nil)]) { ["夠", "天", "大"] })
        XCTAssertEqual(Array(unit), ["夠", "天", "大"])
        XCTAssertNil(choices.unit(bytes: [0xE5, nil, nil], rules: [nil, nil, nil]) { [] })
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
}
