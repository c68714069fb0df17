import XCTest

@testable import CJKClean

/// Scoring a text once and then texts that continue it, as the judging of a re-reading's ends
/// does, must give exactly the costs of scoring every text whole; what one more character adds
/// after a short context, as the lost-byte search weighs its choices, must be the difference
/// of the two whole costs.
final class PlausibilityPrefixTests: XCTestCase {
    private let model = PlausibilityModel(document: Array("“你好吗？”他问。".unicodeScalars))

    /// Han characters that make words of two (`中华`, `华人`), three (`共和国`) and four
    /// (`一下子把`, `一个多月`) characters, punctuation whose cost depends on its neighbours
    /// (`？` after `吗`, a comma before a line break, an opening bracket at the end) and other
    /// scripts.
    private let pool = Array("一下子把个多月共和国中华人吗，？?\n「（あa".unicodeScalars)

    func testExtendingAPrefixCostsExactlyWhatTheWholeTextCosts() {
        var texts: [[Unicode.Scalar]] = [[]]
        for _ in 1...3 {
            texts += texts.filter { $0.count == texts.last?.count }.flatMap { text in pool.map { text + [$0] } }
        }
        XCTAssertEqual(texts.count, 1 + pool.count + pool.count * pool.count + pool.count * pool.count * pool.count)
        var mismatches: [String] = []
        for text in texts {
            let prefix = model.prefix(text)
            if prefix.cost != model.cost(of: text) { mismatches.append(String(String.UnicodeScalarView(text))) }
            for scalar in pool where model.cost(of: [scalar][...], extending: prefix) != model.cost(of: text + [scalar]) {
                mismatches.append(String(String.UnicodeScalarView(text + [scalar])))
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testNextCharacterAfterAShortContextAddsWhatTheWholeTextCostsMore() {
        // Every context of up to three characters of the pool, and every next character.
        var contexts: [[Unicode.Scalar]] = [[]]
        for _ in 1...3 {
            contexts += contexts.filter { $0.count == contexts.last?.count }.flatMap { text in pool.map { text + [$0] } }
        }
        var mismatches: [String] = []
        for context in contexts {
            var text = ShortText()
            for scalar in context { text.append(scalar) }
            let scored = model.shortContext(text)
            for scalar in pool {
                let added = model.cost(ofNext: scalar, after: scored)
                let expected = model.cost(of: context + [scalar]) - model.cost(of: context)
                if abs(added - expected) > 1e-9 { mismatches.append(String(String.UnicodeScalarView(context + [scalar]))) }
                // A character other than Han completes no word: without the context's words it
                // costs exactly the same.
                if !scalar.isHan && model.cost(ofNext: scalar, after: model.shortContext(text, withWords: false)) != added {
                    mismatches.append("without words: " + String(String.UnicodeScalarView(context + [scalar])))
                }
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testExtendingAPrefixBySeveralCharactersCostsExactlyWhatTheWholeTextCosts() {
        // Pseudo-random texts of the pool, split at every point: long words may straddle the
        // split or start before it.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var mismatches: [String] = []
        for _ in 0..<3_000 {
            let text = (0..<next(12)).map { _ in pool[next(pool.count)] }
            let whole = model.cost(of: text)
            for split in 0...text.count
            where model.cost(of: text[split...], extending: model.prefix(Array(text[..<split]))) != whole {
                mismatches.append("\(String(String.UnicodeScalarView(text))) at \(split)")
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testWordsCompletedByTheNextCharacterEarnTheirBonus() {
        // `一下子` is a word; `一下子把` a longer one, which takes precedence over it.
        var text = ShortText()
        for scalar in "一下子".unicodeScalars { text.append(scalar) }
        let added = model.cost(ofNext: "把", after: model.shortContext(text))
        let characterCost = model.cost(of: "把" as Unicode.Scalar)
        XCTAssertEqual(
            added, characterCost - PlausibilityModel.wordBonusPerCharacter,
            "the four-character word covers one more character than the three-character one")
    }
}
