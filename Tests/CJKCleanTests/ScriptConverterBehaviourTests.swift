import CJKClean
import Foundation
import XCTest

/// What the converter leaves alone, its options, and its use from many threads.
final class ScriptConverterBehaviourTests: XCTestCase {
    let toTraditional = ScriptConverter(.simplifiedToTraditional)
    let toSimplified = ScriptConverter(.traditionalToSimplified)

    func testExamplesOfTheOneToManyProblem() {
        let taiwan = ScriptConverter(.toTaiwan())
        XCTAssertEqual(taiwan.convert("吃面"), "吃麵")
        XCTAssertEqual(taiwan.convert("方便面"), "方便麵")
        XCTAssertEqual(taiwan.convert("柜子里"), "櫃子裡")
        XCTAssertEqual(taiwan.convert("干活"), "幹活")
        XCTAssertEqual(taiwan.convert("天后"), "天后")
        XCTAssertEqual(taiwan.convert("9天后"), "9天後")
        XCTAssertEqual(taiwan.convert("反复"), "反覆")
        XCTAssertEqual(taiwan.convert("汇总"), "彙總")
        XCTAssertEqual(taiwan.convert("系鞋带"), "繫鞋帶")
        XCTAssertEqual(taiwan.convert("一起干杯"), "一起乾杯")
        XCTAssertEqual(taiwan.convert("饼干"), "餅乾")
        XCTAssertEqual(taiwan.convert("停火并不"), "停火並不")
        XCTAssertEqual(taiwan.convert("这出戏"), "這齣戲")
        XCTAssertEqual(taiwan.convert("一出门"), "一出門")
        XCTAssertEqual(toSimplified.convert("乾隆"), "乾隆")
        XCTAssertEqual(toSimplified.convert("瞭望"), "瞭望")
        XCTAssertEqual(toSimplified.convert("慰藉"), "慰藉")
        XCTAssertEqual(toSimplified.convert("甦醒 噁心 濛濛 擡頭"), "苏醒 恶心 蒙蒙 抬头")
    }

    func testOpenCCStandardAndRegionalForms() {
        XCTAssertEqual(toTraditional.convert("柜子里的方便面"), "櫃子裏的方便麪")
        XCTAssertEqual(ScriptConverter(.toTaiwan()).convert("柜子里的方便面"), "櫃子裡的方便麵")
        XCTAssertEqual(ScriptConverter(.toHongKong).convert("他说为了"), "他説為了")
        XCTAssertEqual(ScriptConverter(.fromHongKong).convert("他説為了"), "他说为了")
        XCTAssertEqual(ScriptConverter(.toTaiwan(vocabulary: true)).convert("软件和鼠标"), "軟體和滑鼠")
        XCTAssertEqual(ScriptConverter(.toTaiwan(vocabulary: false)).convert("软件和鼠标"), "軟件和鼠標")
        XCTAssertEqual(ScriptConverter(.fromTaiwan(vocabulary: true)).convert("軟體和滑鼠"), "软件和鼠标")
        XCTAssertEqual(ScriptConverter(.fromTaiwan()).convert("軟體和滑鼠"), "软体和滑鼠")
    }

    func testICUPhraseRulesFillGapsOfTheDictionaries() {
        // Neither phrase is in the OpenCC dictionaries; ICU's Traditional-Simplified rules have them.
        XCTAssertEqual(toSimplified.convert("規畫"), "规划")
        XCTAssertEqual(toSimplified.convert("沈穩"), "沉稳")
    }

    func testASCIIDigitsPunctuationAndEmptyTextPassThrough() {
        let text = "Hello, world! 1+1=2 <b>x</b> \"quoted\" 'single' tab\there\r\nnext line"
        XCTAssertEqual(toTraditional.convert(text), text)
        XCTAssertEqual(toSimplified.convert(text), text)
        XCTAssertEqual(toTraditional.convert(""), "")
        XCTAssertEqual(toTraditional.convert("iPhone 16发布了,价格是5999元。"), "iPhone 16發佈了,價格是5999元。")
        XCTAssertEqual(toSimplified.convert("，。！？、；：（）《》…—"), "，。！？、；：（）《》…—")
    }

    func testJapaneseAndKoreanParagraphsAreLeftAlone() {
        let japanese = "日本の経済発展について説明します。"
        let korean = "대한민국 經濟 발전"
        let mixed = "发展经济\n\(japanese)\n\(korean)\n头发"
        XCTAssertEqual(toTraditional.convert(japanese), japanese)
        XCTAssertEqual(toTraditional.convert(korean), korean)
        XCTAssertEqual(toTraditional.convert(mixed), "發展經濟\n\(japanese)\n\(korean)\n頭髮")
        // The katakana middle dot and the long vowel mark alone do not make a paragraph Japanese.
        XCTAssertEqual(toTraditional.convert("导演克里斯多福・诺兰ー发展"), "導演克里斯多福・諾蘭ー發展")
        let forced = ScriptConverter(.simplifiedToTraditional, options: .init(foreignParagraphs: .convert))
        XCTAssertEqual(forced.convert("日本の经济"), "日本の經濟")
    }

    func testLineStructureIsKept() {
        XCTAssertEqual(toSimplified.convert("\n\n頭髮\n\n發展\n"), "\n\n头发\n\n发展\n")
        XCTAssertEqual(toSimplified.convert("日本の\n"), "日本の\n")
    }

    func testQuoteStyleIsFixedAndOptional() {
        XCTAssertEqual(toTraditional.convert("他说：“你好‘朋友’”"), "他說：“你好‘朋友’”")
        let corner = ScriptConverter(.simplifiedToTraditional, options: .init(quotes: .corner))
        XCTAssertEqual(corner.convert("他说：“你好‘朋友’”"), "他說：「你好『朋友』」")
        XCTAssertEqual(corner.convert("don’t “发”"), "don’t 「發」")
        let curly = ScriptConverter(.traditionalToSimplified, options: .init(quotes: .curly))
        XCTAssertEqual(curly.convert("他說：「你好『朋友』」"), "他说：“你好‘朋友’”")
    }

    func testCharactersOutsideTheBasicPlaneAndEmojiSurvive() {
        XCTAssertEqual(toTraditional.convert("𠮷野家🍜发展"), "𠮷野家🍜發展")
        XCTAssertEqual(toSimplified.convert("𠮷野家🍜發展"), "𠮷野家🍜发展")
    }

    func testOneConverterServesManyThreads() async {
        let converter = ScriptConverter(.toTaiwan(vocabulary: true))
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { converter.convert("我们一起干杯，软件的头发") }
            }
            var collected: [String] = []
            for await result in group { collected.append(result) }
            return collected
        }
        XCTAssertEqual(Set(results), ["我們一起乾杯，軟體的頭髮"])
    }

    func testDocumentationExamplesHold() {
        XCTAssertEqual(toSimplified.convert("俄烏第二輪直接談判"), "俄乌第二轮直接谈判")
        XCTAssertEqual(toTraditional.convert("我们一起干杯"), "我們一起乾杯")
        XCTAssertEqual(toTraditional.convert("头发和发展"), "頭髮和發展")
        XCTAssertEqual(toTraditional.convert("柜子里"), "櫃子裏")
        XCTAssertEqual(ScriptConverter(.toTaiwan()).convert("柜子里"), "櫃子裡")
        XCTAssertEqual(ScriptConverter(.toTaiwan()).convert("里面"), "裡面")
        XCTAssertEqual(ScriptConverter(.toTaiwan(vocabulary: true)).convert("软件"), "軟體")
        XCTAssertEqual(ScriptConverter(.fromTaiwan(vocabulary: true)).convert("軟體"), "软件")
        XCTAssertEqual(ScriptConverter(.toHongKong).convert("说"), "説")
        XCTAssertEqual(ScriptConverter(.fromHongKong).convert("説"), "说")
        XCTAssertEqual(toSimplified.convert("乾隆瞭望"), "乾隆瞭望")
        XCTAssertEqual(toSimplified.convert("頭髮"), "头发")
        let options = ScriptConverter.Options(foreignParagraphs: .convert, quotes: .corner)
        XCTAssertEqual(ScriptConverter(.simplifiedToTraditional, options: options).convert("“书”"), "「書」")
    }

    func testDirectionsMatchOpenCCConfigurationsAndReverse() {
        XCTAssertEqual(ScriptConverter.Direction.all.count, 8)
        for direction in ScriptConverter.Direction.all {
            XCTAssertEqual(ScriptConverter.Direction(openCCConfiguration: direction.openCCConfiguration), direction)
            XCTAssertEqual(direction.reversed.reversed, direction)
        }
        XCTAssertEqual(ScriptConverter.Direction(openCCConfiguration: "S2TWP.json"), .toTaiwan(vocabulary: true))
        XCTAssertEqual(ScriptConverter.Direction.toTaiwan().reversed, .fromTaiwan(vocabulary: false))
        XCTAssertNil(ScriptConverter.Direction(openCCConfiguration: "t2jp"))
    }

    func testPreparedConverterConvertsTheSame() {
        let converter = ScriptConverter(.fromHongKong)
        converter.prepare()
        XCTAssertEqual(converter.convert("頭髮"), "头发")
    }

    func testRunLongerThanTheRunLimitConvertsCompletely() {
        XCTAssertEqual(
            toTraditional.convert(String(repeating: "发", count: 100_000)), String(repeating: "發", count: 100_000))
    }

    func testLongTextWithoutLineBreaksConvertsCompletely() {
        let unit = "头发和发展，干杯和饼干。"
        let text = String(repeating: unit, count: 5_000)
        XCTAssertEqual(toTraditional.convert(text), String(repeating: "頭髮和發展，乾杯和餅乾。", count: 5_000))
    }
}
