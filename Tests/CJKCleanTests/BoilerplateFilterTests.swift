import XCTest

@testable import CJKClean

final class BoilerplateFilterTests: XCTestCase {
    private let filter = BoilerplateFilter()

    private func lines(_ texts: [String]) -> [TextLine] {
        texts.map { TextLine(text: $0) }
    }

    private func reasons(_ outcome: BoilerplateFilter.Outcome) -> [Int: BoilerplateReason] {
        Dictionary(uniqueKeysWithValues: outcome.removed.map { ($0.index, $0.reason) })
    }

    func testBestSpanIsTheMaximumSumRun() {
        XCTAssertEqual(BoilerplateFilter.bestSpan([-5, 10, -3, 8, -50, 20]), 5..<6)
        XCTAssertEqual(BoilerplateFilter.bestSpan([-5, 10, -3, 8, -50, 4]), 1..<4)
        XCTAssertNil(BoilerplateFilter.bestSpan([-1, -2]))
        XCTAssertNil(BoilerplateFilter.bestSpan([]))
    }

    func testArticleBetweenMenuAndRelatedLinks() {
        let outcome = filter.filter(
            lines([
                "首页 新闻 体育 财经 娱乐 科技 汽车",
                "滨江新图书馆正式开放",
                "2026-03-18 09:30",
                "经过两年多的建设，位于滨江公园北侧的市图书馆新馆于18日上午正式向公众开放，首批上架图书超过一百万册。",
                "借阅规则有哪些变化",
                "市民凭本人身份证即可免费办理借阅证，每证最多可同时借阅十册图书，借期为三十天，可以在线续借一次。",
                "相关新闻",
                "我市新增十二家社区书房，打造十五分钟阅读圈，方便市民就近阅读，受到广泛欢迎...",
                "古籍修复技艺走进校园，学生们亲手体验传统装帧，感受非物质文化遗产的魅力...",
            ]))
        XCTAssertEqual(outcome.titleIndex, 1)
        XCTAssertEqual(outcome.kept, [3, 4, 5])
        XCTAssertEqual(
            reasons(outcome),
            [0: .navigation, 1: .title, 2: .metadata, 6: .sectionHeading, 7: .teaser, 8: .teaser])
    }

    func testLeadLineBeforeFirstParagraphIsKept() {
        let outcome = filter.filter(
            lines([
                "俄乌第二轮直接谈判在土耳其举行",
                "现场视频丨俄乌第二轮直接谈判在土耳其举行",
                "当地时间6月2日，俄罗斯与乌克兰第二轮直接谈判在土耳其伊斯坦布尔的契拉昂宫举行。",
            ]))
        XCTAssertEqual(outcome.titleIndex, 0)
        XCTAssertEqual(outcome.kept, [1, 2])
    }

    func testBoilerplatePhrasesAndCredits() {
        let outcome = filter.filter(
            lines([
                "新华社北京5月18日电 俄罗斯和乌克兰16日在土耳其重启关于解决冲突问题的直接谈判，双方同意交换被俘人员。",
                "- Advertisement -",
                "分析人士认为，俄乌时隔三年多再次直接对话，对于政治解决乌克兰危机具有积极意义，但前景仍不明朗。",
                "责任编辑：陈思远",
                "上一篇：欧洲央行行长谈美国政策",
                "Copyright © 2026 示例日报网 版权所有",
            ]))
        XCTAssertEqual(outcome.kept, [0, 2])
        XCTAssertEqual(reasons(outcome), [1: .boilerplatePhrase, 3: .boilerplatePhrase, 4: .boilerplatePhrase, 5: .boilerplatePhrase])
    }

    func testTitleEchoesWithSiteNameAreRemoved() {
        let outcome = filter.filter(
            lines([
                "俄乌到底谈不谈?48小时内见分晓",
                "当地时间3月23日，美国与乌克兰代表团在沙特首都利雅得举行了会谈，双方就停火问题交换了意见。",
                "俄乌到底谈不谈?48小时内见分晓 - 天天要闻",
                "乌克兰总统泽连斯基在当晚的视频讲话中称，此次美乌会谈非常有益，他呼吁各方持续向俄罗斯施压。",
                "俄乌到底谈不谈?48小时内见分晓 - 天天要闻",
            ]))
        XCTAssertEqual(outcome.titleIndex, 0)
        XCTAssertEqual(outcome.kept, [1, 3])
        XCTAssertEqual(reasons(outcome)[2], .repeated)
    }

    func testLinkListsScoreAsBoilerplate() {
        let article = "市民凭本人身份证即可免费办理借阅证，每证最多可同时借阅十册图书，借期为三十天，可以在线续借一次。"
        var input = [TextLine(text: article), TextLine(text: article + "馆方还表示将延长周末开放时间。")]
        input.append(TextLine(text: "地铁三号线南延段开通运营，沿线居民出行更加便利快捷", linkCharacters: 25))
        let outcome = filter.filter(input, findsTitle: false)
        XCTAssertEqual(outcome.kept, [0, 1])
        XCTAssertEqual(reasons(outcome), [2: .links])
    }

    func testNegativeContainerEvidenceDropsComments() {
        let paragraph = "The council approved the new library budget on Tuesday, adding evening hours on weekends for students."
        let comment = "I think this is a great idea, but what about parking near the new building downtown?"
        let outcome = filter.filter(
            [
                TextLine(text: paragraph, containerScore: 1), TextLine(text: paragraph + " More to follow.", containerScore: 1),
                TextLine(text: comment, containerScore: -2), TextLine(text: comment + " Thanks.", containerScore: -2),
            ], findsTitle: false)
        XCTAssertEqual(outcome.kept, [0, 1])
    }

    func testShortTextWithoutParagraphsIsKeptWhole() {
        let outcome = filter.filter(lines(["你好", "今天天气不错"]))
        XCTAssertEqual(outcome.kept, [0, 1])
        XCTAssertEqual(outcome.removed, [])
    }

    func testLongProseThatMentionsBoilerplateWordsIsKept() {
        let outcome = filter.filter(
            lines([
                "播客节目的兴起带来了新的机会，也带来了不少问题，业内人士对此看法不一。",
                "其次，播客使本来已经很麻烦的互联网版权问题更加复杂。节目完全依靠用户自身下载和储存，唱片公司表示，使用音乐一定要获得版权所有者的许可。",
                "记者：您怎样看待今年的农业补贴政策？",
                "记者：张明远 王丽",
                "免责声明：本网站所载文章仅供参考，不构成任何投资建议，据此操作风险自担。转载请注明出处。",
            ]), findsTitle: false)
        XCTAssertEqual(outcome.kept, [0, 1, 2])
        XCTAssertEqual(reasons(outcome), [3: .boilerplatePhrase, 4: .boilerplatePhrase])
    }

    func testCommentsHeadingEndsTheArticleEvenBeforeALongComment() {
        let paragraph = "经过两年多的建设，位于滨江公园北侧的市图书馆新馆于18日上午正式向公众开放，首批上架图书超过一百万册。"
        let comment = "我觉得新馆的设计非常好，阅览区宽敞明亮，座位也很多，周末带孩子去看书再合适不过了。希望以后能延长开放时间，方便上班族晚上去借书。"
        let outcome = filter.filter(
            lines([paragraph, paragraph + "馆方还表示将延长周末开放时间。", paragraph + "市民可以在线预约。", "网友评论", comment, comment + "谢谢。"]),
            findsTitle: false)
        XCTAssertEqual(outcome.kept, [0, 1, 2])
        XCTAssertEqual(reasons(outcome)[3], .sectionHeading)
    }

    func testReadingListInsideAnArticleDoesNotEndIt() {
        let paragraph = "经过两年多的建设，位于滨江公园北侧的市图书馆新馆于18日上午正式向公众开放，首批上架图书超过一百万册。"
        let more = "市民凭本人身份证即可免费办理借阅证，每证最多可同时借阅十册图书，借期为三十天，可以在线续借一次。馆方还表示将延长周末开放时间。"
        let outcome = filter.filter(lines([paragraph, more, "推荐阅读", paragraph + "。", more + "。", paragraph + "！", more + "！"]), findsTitle: false)
        XCTAssertEqual(outcome.kept, [0, 1, 3, 4, 5, 6])
        XCTAssertEqual(reasons(outcome), [2: .sectionHeading])
    }

    func testSiteNameSplit() {
        XCTAssertEqual(BoilerplateFilter.siteNameSplit("俄乌谈判未实现突破 - 天天要闻")?.title, "俄乌谈判未实现突破")
        XCTAssertEqual(BoilerplateFilter.siteNameSplit("滨江新图书馆开放_本地新闻")?.suffix, "本地新闻")
        XCTAssertNil(BoilerplateFilter.siteNameSplit("2020-2021赛季"))
        XCTAssertNil(BoilerplateFilter.siteNameSplit("他说 - 这是一句很长的话，而且带着标点符号。"))
    }
}
