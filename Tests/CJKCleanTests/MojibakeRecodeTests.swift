import XCTest

@testable import CJKClean

/// Hand-picked repairs and gate decisions, one mechanism at a time.
final class MojibakeRecodeTests: XCTestCase {
    private let repair = MojibakeRepair()

    func testDocumentationExamples() {
        XCTAssertEqual(repair.repair("ä¸­æ–‡æµ‹è¯•ã€‚").text, "中文测试。")
        XCTAssertEqual(repair.repair("浠婂ぉ澶╂皵寰堝ソ銆\u{FFFD}").text, "今天天气很好。")
        XCTAssertEqual(repair.repair("浣犲ソ鍚楋紵").text, "你好吗？")
        XCTAssertEqual(repair.repair("&#20013;&#25991;").text, "中文")
    }

    func testLinesWithOnlyRareHanAreSearchedNearTheRareCharacters() {
        // 槡 and 椹 are outside the level-1 sets; a misreading can only start shortly before them.
        let line = Array("他看见槡椹已经成熟了。".unicodeScalars)[...]
        XCTAssertEqual(
            RecodeRepair.startsNearRareHan(line),
            [true, true, true, true, true, false, false, false, false, false, false])
        XCTAssertEqual(repair.repair("他看见槡椹已经成熟了，没有什么用处。").repairs, [])
    }

    /// UTF-8 read as GBK gives three characters for two, and a short stretch of them amid
    /// common characters is not a run made mostly of rare ones: the gate flags two rare
    /// characters among three neighbours on a line that raises nothing else.
    func testShortMisreadStretchAmidCommonHanIsRepaired() throws {
        for word in ["新闻", "人工智能", "经济发展"] {
            let garbled = try XCTUnwrap(ICUCharset.decode(Array(word.utf8), charset: "GB18030"))
            XCTAssertEqual(MojibakeGate.signals(in: "今天的" + garbled + "很好。"), .rareHanRun, garbled)
            XCTAssertEqual(repair.repair("今天的" + garbled + "很好。").text, "今天的" + word + "很好。", garbled)
        }
    }

    func testLinesWithOnlyLostByteMarksAreSearchedUpToAMark() {
        // Each offset points at the next `?` or U+FFFD: a stretch must reach one to explain it.
        let line = Array("为什么?没有\u{FFFD}了".unicodeScalars)
        XCTAssertEqual(RecodeRepair.nextLostByteMark(in: line), [3, 3, 3, 3, 6, 6, 6, 8, 8])
        XCTAssertEqual(repair.repair("为什么会这样?没有人知道。他问：你好吗?").repairs, [])
    }

    func testIslandInsideCleanTextIsRepairedAlone() {
        let result = repair.repair("据报道，ä»Šå¤©å¤©æ°”å¾ˆå¥½ã€‚记者李明报道。")
        XCTAssertEqual(result.text, "据报道，今天天气很好。记者李明报道。")
        XCTAssertEqual(result.repairs.map(\.kind), [.utf8AsWindows1252])
        XCTAssertEqual(result.repairs.first?.offset, 4)
        XCTAssertEqual(result.repairs.first?.after, "今天天气很好。")
    }

    func testUTF8ReadAsGBKWithLostByteBecomingQuestionMark() {
        XCTAssertEqual(repair.repair("浠婂ぉ澶╂皵寰堝ソ銆?").text, "今天天气很好。")
    }

    /// Every start of a flagged line is tried under each legacy charset. Starts that cannot give
    /// a repair, and starts where nothing decodes, spend none of the document's attempts, so a
    /// long page is repaired to its last line.
    func testWholeArticlesInALegacyCharsetReadAsWindows1252AreRepairedToTheirEnd() throws {
        let fixtures = try GoldenFixture.all()
        for (charset, bodies) in [
            ("GB18030", fixtures.map(\.simplifiedBody)),
            // The traditional bodies are fewer: three times over.
            ("Big5-HKSCS", Array(repeating: fixtures.filter { $0.body != $0.simplifiedBody }.map(\.body), count: 3).flatMap { $0 }),
        ] {
            let article = bodies.map { $0.joined(separator: "\n") }.joined(separator: "\n")
            let garbled = try XCTUnwrap(Garbler.legacy(article, encodedIn: charset, readAs: "windows-1252"), charset)
            XCTAssertGreaterThan(garbled.unicodeScalars.count, RecodeRepair.maximumAttemptsPerDocument, charset)
            let repaired = repair.repair(garbled).text
            XCTAssertEqual(
                repaired, article,
                LineDiff.describe(
                    expected: article.components(separatedBy: "\n"), actual: repaired.components(separatedBy: "\n")))
        }
    }

    func testShiftJISReadAsWindows1252() throws {
        let bytes = try ICUCharset.encode("東京は日本の首都です。", charset: "windows-31j", strict: true)
        let garbled = try ICUCharset.decode(bytes, charset: "windows-1252")
        let result = repair.repair(garbled)
        XCTAssertEqual(result.text, "東京は日本の首都です。")
        XCTAssertEqual(result.repairs.map(\.kind), [.shiftJISAsWindows1252])
    }

    func testDoubleUTF8IsUndoneInOneRepair() throws {
        let once = try ICUCharset.decode(Array("한국어 문장입니다.".utf8), charset: "windows-1252")
        let twice = try ICUCharset.decode(Array(once.utf8), charset: "windows-1252")
        XCTAssertEqual(repair.repair(twice).text, "한국어 문장입니다.")
    }

    func testEscapedEntitiesInEveryForm() {
        XCTAssertEqual(repair.repair("&#x4E2D;&#X6587; &amp;#20013;文").text, "中文 中文")
        // ASCII references may be deliberate and stay.
        XCTAssertEqual(repair.repair("a &#60; b").text, "a &#60; b")
    }

    func testGateIsSilentOnCleanText() {
        for text in ["中文测试。", "東京(とうきょう)は日本の首都です。", "한국어(韓國語)", "(╯°□°)╯︵ ┻━┻", "Dvořák", "——"] {
            XCTAssertFalse(MojibakeGate.signals(in: text).contains(.latin1Sequence), text)
            XCTAssertFalse(MojibakeGate.signals(in: text).contains(.rareHanRun), text)
        }
    }

    func testGateSignals() {
        XCTAssertEqual(MojibakeGate.signals(in: "ä¸­æ–‡"), [.latin1Sequence])
        XCTAssertEqual(MojibakeGate.signals(in: "涓枃娴嬭瘯"), [.rareHanRun])
        XCTAssertEqual(MojibakeGate.signals(in: "中文\u{FFFD}"), [.replacementCharacter])
        XCTAssertEqual(MojibakeGate.signals(in: "&#20013;"), [.numericEntity])
        XCTAssertEqual(MojibakeGate.signals(in: "重(chóng)新"), [.hanGloss])
        XCTAssertEqual(MojibakeGate.signals(in: "真的?"), [.questionAfterCJK])
        XCTAssertEqual(MojibakeGate.signals(in: "荳ｭ"), [.halfwidthKanaNextToHan])
    }

    func testRepairedTextKeepsSurroundingLinesByteIdentical() {
        let text = "第一行。\nä¸­æ–‡\n第三行(´･ω･`)"
        XCTAssertEqual(repair.repair(text).text, "第一行。\n中文\n第三行(´･ω･`)")
    }

    func testEveryLineOfALongGarbledDocumentIsRepaired() throws {
        // Each line re-reads as UTF-8 under the GBK misreading; the other UTF-8 misreadings step
        // over what that reading explains, so the document's attempt budget reaches its end.
        let sentences = [
            "俄罗斯和乌克兰代表团在土耳其伊斯坦布尔举行了新一轮直接谈判。",
            "双方就交换战俘和停火安排交换了意见，但没有达成共识。",
            "市图书馆新馆于十八日上午正式向公众开放，首批上架图书超过一百二十万册。",
        ]
        for sentence in sentences {
            let garbled = try ICUCharset.decode(Array(sentence.utf8), charset: "GB18030")
            XCTAssertEqual(repair.repair(garbled).text, sentence)
        }
        let original = (0..<300).map { sentences[$0 % sentences.count] }.joined(separator: "\n")
        let garbled = try ICUCharset.decode(Array(original.utf8), charset: "GB18030")
        XCTAssertEqual(repair.repair(garbled).text, original)
    }

    func testOptionsTurnMechanismsOff() {
        let off = MojibakeRepair(options: .init(undoesMisreadCharsets: false, decodesNumericEntities: false))
        XCTAssertEqual(off.repair("ä¸­æ–‡ &#20013;").text, "ä¸­æ–‡ &#20013;")
    }

    func testRecodingKeepsOnlyTheCharactersOfCJKTextAtEveryRangeBoundary() {
        let plausible: [UInt32] = [
            0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0x24F, 0x2C6, 0x2DC, 0x2000, 0x2BFF, 0x3000, 0x4DBF, 0x4E00, 0x9FFF,
            0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF01, 0xFFEE, 0x20000, 0x3134F,
        ]
        let implausible: [UInt32] = [
            0x00, 0x08, 0x0B, 0x1F, 0x7F, 0x80, 0x9F, 0x250, 0x2C5, 0x2C7, 0x2DB, 0x2DD, 0x1FFF, 0x2C00, 0x2FFF,
            0x4DC0, 0x4DFF, 0xA000, 0xABFF, 0xD7A4, 0xE000, 0xF8FF, 0xFB00, 0xFE2F, 0xFE50, 0xFF00, 0xFFEF, 0xFFFD,
            0x1FFFF, 0x31350, 0x10FFFF,
        ]
        XCTAssertEqual(plausible.filter { Unicode.Scalar($0)?.isPlausibleAfterRecoding != true }, [])
        XCTAssertEqual(implausible.filter { Unicode.Scalar($0)?.isPlausibleAfterRecoding != false }, [])
    }
}
