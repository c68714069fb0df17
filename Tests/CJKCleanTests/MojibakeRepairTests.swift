import XCTest

@testable import CJKClean

final class MojibakeRepairTests: XCTestCase {
    private let repair = MojibakeRepair()

    func testShiftedIslandWithFoldedPunctuationIsRedecoded() {
        let result = repair.repair("俄方代表團將攜一份備忘錄草案和其他?;鹛嶙h。")
        XCTAssertEqual(result.text, "俄方代表團將攜一份備忘錄草案和其他停火提議。")
        XCTAssertEqual(result.repairs.map(\.kind), [.shiftedGBKIsland])
        XCTAssertEqual(result.repairs.first?.before, "?;鹛嶙h")
        XCTAssertEqual(result.repairs.first?.after, "停火提議")
    }

    func testShiftedIslandEndingInLostByteDropsTagRemnant() {
        XCTAssertEqual(repair.repair("要求實現全面無條件?;穑?/p>").text, "要求實現全面無條件停火；")
    }

    func testShiftedIslandWithOrphanGloss() {
        XCTAssertEqual(repair.repair("當?shù)貢r間6月2日").text, "當地時間6月2日")
    }

    func testShiftedIslandBeforeCleanText() {
        XCTAssertEqual(repair.repair("作為?;饤l件,俄羅斯代表團要求").text, "作為停火條件,俄羅斯代表團要求")
    }

    func testQuestionMarkInCleanTextIsKept() {
        for text in ["你去吗?我去hello", "俄乌到底谈不谈?48小时内见分晓", "美乌矿产协议签了吗?", "真的?!", "是吗?OK"] {
            XCTAssertEqual(repair.repair(text).text, text)
            XCTAssertEqual(repair.repair(text).repairs, [])
        }
    }

    func testSystematicGlossesAreRemoved() {
        let text = "現(xiàn)場視頻。當(dāng)天,烏克蘭代表團(tuán)抵達(dá)。代表團(tuán)人員共14人。"
        let result = repair.repair(text)
        XCTAssertEqual(result.text, "現場視頻。當天,烏克蘭代表團抵達。代表團人員共14人。")
        XCTAssertEqual(result.repairs.count, 5)
        XCTAssertTrue(result.repairs.allSatisfy { $0.kind == .pinyinGloss })
    }

    /// A Latin word whose UTF-8 was read as Windows-1252 inside CJK text: two Latin-1
    /// characters per accented letter, which CJK legacy charsets also read as one character
    /// (`Ã©` is `챕` in EUC-KR, `茅` in GBK). The ASCII letters around them decide.
    func testAccentedLettersMisreadInsideLatinWordsBecomeTheLetters() throws {
        for (before, word, after) in [
            ("我在", "café", "喝咖啡。"), ("他说", "über", "是德语里的词。"), ("", "München", "的啤酒节很有名。"),
            ("", "São Paulo", "今天下雨。"), ("玩", "Pokémon", "的人很多。"), ("", "CAFÉ", "的招牌。"),
            ("", "Größe", "的意思是大小。"), ("法国总统在", "Élysée", "宫发表讲话。"), ("", "naïve", "な考え方です。"),
            ("", "café", "에서 만나요."),
        ] {
            let garbled = try XCTUnwrap(ICUCharset.decode(Array(word.utf8), charset: "windows-1252"))
            let result = repair.repair(before + garbled + after)
            XCTAssertEqual(result.text, before + word + after, garbled)
            XCTAssertEqual(Set(result.repairs.map(\.kind)), [.utf8AsWindows1252], garbled)
        }
    }

    /// A symbol of two UTF-8 bytes read as Windows-1252 is `Â` and the symbol; the same two
    /// bytes are one CJK character in EUC-JP or GBK (`Â©` is `息`), but one CJK character is
    /// too little to outweigh the commonest misreading on the web.
    func testMisreadSymbolsBetweenCJKTextBecomeTheSymbols() throws {
        for (before, symbol, after) in [
            ("版权所有 ", "©", "2024 新闻网"), ("今天气温30", "°", "C，很热。"), ("价格100", "\u{A0}", "元。"),
            ("北京", "·", "上海"), ("商标", "®", "已注册。"), ("误差", "±", "0.5毫米。"),
        ] {
            let garbled = try XCTUnwrap(ICUCharset.decode(Array(symbol.utf8), charset: "windows-1252"))
            let result = repair.repair(before + garbled + after)
            XCTAssertEqual(result.text, before + symbol + after, garbled)
            XCTAssertEqual(result.repairs.map(\.kind), [.utf8AsWindows1252], garbled)
        }
    }

    func testTextbookGlossIsKept() {
        for text in [
            "这个字在“重(chóng)新”里读第二声。",
            "多音字:重(chóng)新、重(zhòng)要、还(hái)是。",
        ] {
            XCTAssertEqual(repair.repair(text).text, text)
        }
    }

    func testGlossThatIsNotAReadingIsKept() {
        let text = "現(abc)場當(xyz)天團(foo)隊團(foo)隊"
        XCTAssertEqual(repair.repair(text).text, text)
    }

    func testPolyphoneReadingsAreAccepted() {
        let text = "率(shuài)領(lǐng)代表團(tuán),率(shuài)先抵達(dá)。"
        XCTAssertEqual(repair.repair(text).text, "率領代表團,率先抵達。")
    }

    func testCleanTextIsIdentical() {
        for text in [
            "俄罗斯和乌克兰两国代表团23日晚在土耳其伊斯坦布尔举行第三轮直接谈判。",
            "東京(とうきょう)は日本の首都です。",
            "한국어(韓國語) 문장입니다.",
            "Dvořák的作品在café里播放。",
            "(´･ω･`)",
        ] {
            XCTAssertEqual(repair.repair(text), RepairResult(text: text, repairs: []))
        }
    }

    func testEditsCutFromTheSourceStringGiveWhatEncodingTheScalarsGives() {
        // Combining marks, a character outside the Basic Multilingual Plane and edits at both
        // ends, side by side, and replacing nothing.
        let text = "e\u{301}中𠀀文ä¸­\u{308}x😀y"
        let scalars = Array(text.unicodeScalars)
        let editSets: [[ScalarEdit]] = [
            [],
            [ScalarEdit(range: 0..<2, replacement: ["é"], kind: .utf8AsWindows1252, confidence: 0.5)],
            [
                ScalarEdit(range: 3..<4, replacement: [], kind: .utf8AsGBK, confidence: 0.5),
                ScalarEdit(range: 4..<5, replacement: ["字", "𠀁"], kind: .utf8AsGBK, confidence: 0.5),
                ScalarEdit(range: 5..<8, replacement: ["中"], kind: .utf8AsWindows1252, confidence: 0.9),
            ],
            [
                ScalarEdit(range: 2..<2, replacement: ["・"], kind: .numericEntity, confidence: 1),
                ScalarEdit(range: 9..<11, replacement: ["?"], kind: .utf8AsGBK, confidence: 0.5),
            ],
        ]
        for edits in editSets {
            // What applying the edits to the scalars and encoding every piece gives.
            var plain: [Unicode.Scalar] = []
            var encoded: [Repair] = []
            var cursor = 0
            for edit in edits {
                plain += scalars[cursor..<edit.range.lowerBound]
                encoded.append(
                    Repair(
                        kind: edit.kind, offset: plain.count, before: Array(scalars[edit.range]).string,
                        after: edit.replacement.string, confidence: edit.confidence))
                plain += edit.replacement
                cursor = edit.range.upperBound
            }
            plain += scalars[cursor...]
            var cut: [Repair] = []
            let (fromSource, string) = scalars.applying(edits, into: &cut, source: text)
            XCTAssertEqual(fromSource, plain)
            XCTAssertEqual(string, plain.string)
            XCTAssertTrue(string.utf8.elementsEqual(plain.string.utf8))
            XCTAssertEqual(cut, encoded)
        }
    }

    func testExplanationListsEachRepair() {
        let result = repair.repair("其他?;鹛嶙h。")
        XCTAssertTrue(result.explanation.hasPrefix("shiftedGBKIsland @2: ?;鹛嶙h → 停火提議 ("))
    }
}
