/// Phrases that mark boilerplate blocks on news and portal pages, in simplified and traditional
/// Chinese, Japanese, Korean and English.
enum BoilerplateLexicon {
    /// Headings of the blocks that follow an article: related links, rankings, comments, share
    /// bars. A short line made of one of these ends the article.
    static let sectionHeadings: [String] = [
        "相关新闻", "相关内容", "相关阅读", "相关文章", "相关推荐", "相关链接", "相关报道", "相关专题",
        "相關新聞", "相關內容", "相關閱讀", "相關文章", "相關推薦", "相關連結", "相關報導",
        "热门资讯", "热门推荐", "热门文章", "热门新闻", "热点推荐", "热点新闻", "熱門", "热门",
        "推荐阅读", "推薦閱讀", "精彩推荐", "精彩推薦", "为你推荐", "為你推薦", "猜你喜欢", "猜你喜歡",
        "资讯推荐", "資訊推薦", "新闻精选", "新聞精選", "精选", "精選", "延伸阅读", "延伸閱讀",
        "点击排行", "點擊排行", "排行榜", "阅读排行", "閱讀排行", "更多新闻", "更多新聞", "更多精彩",
        "最新文章", "最新新闻", "最新新聞", "大家都在看", "今日头条",
        "网友评论", "網友評論", "网友回应", "網友回應", "发表评论", "發表評論", "评论", "評論", "留言",
        "分享到", "分享至", "关注我们", "關注我們",
        "関連記事", "関連ニュース", "おすすめ", "관련기사", "관련 기사", "많이 본 뉴스",
        "related articles", "related stories", "related news", "related posts", "read more", "read next",
        "more stories", "more like this", "more from", "recommended", "you may also like", "you might also like",
        "most popular", "most read", "most viewed", "popular posts", "trending", "latest news", "around the web",
        "from the web", "comments", "leave a comment", "leave a reply", "join the conversation", "share this",
        "read the full story", "newsletter", "veja também", "leia também", "você pode gostar", "te puede interesar",
        "noticias relacionadas", "artículos relacionados",
    ]

    /// The section headings (a subset of ``sectionHeadings``) that open a comments block.
    static let commentsHeadings: [String] = [
        "网友评论", "網友評論", "网友回应", "網友回應", "发表评论", "發表評論", "评论", "評論", "留言",
        "comments", "leave a comment", "leave a reply", "join the conversation",
    ]

    /// Phrases that make a short line boilerplate wherever they stand: credits, source lines,
    /// copyright and reprint notices, paging links, advertising, app promotion.
    static let linePhrases: [String] = [
        "责任编辑", "責任編輯", "编辑:", "编辑：", "編輯:", "編輯：", "来源:", "来源：", "來源:", "來源：",
        "原标题", "原標題", "作者:", "作者：", "记者:", "记者：", "記者:", "記者：",
        "免责声明", "免責聲明", "版权所有", "版權所有", "版权声明", "版權聲明", "版权", "版權",
        "未经授权", "未經授權", "禁止转载", "禁止轉載", "转载请注明", "轉載請註明", "不得转载", "不得轉載",
        "上一篇", "下一篇", "上一页", "下一页", "上一頁", "下一頁", "返回首页", "返回首頁", "返回顶部", "返回頂部",
        "打印本页", "列印本頁", "关闭窗口", "關閉窗口", "扫一扫", "掃一掃", "二维码", "二維碼", "微信公众号", "微信公眾號",
        "下载客户端", "下載客戶端", "立即申请", "立即申請", "点击进入", "點擊進入", "广告", "廣告",
        "advertisement", "copyright", "all rights reserved", "©", "sponsored",
    ]

    /// Whether a scalar is a breadcrumb or menu separator (`|`, `>`, `»`, `·`, `/`, `-`, `:` …).
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        isSeparator(value: scalar.value)
    }

    /// Whether a scalar value is a breadcrumb or menu separator.
    static func isSeparator(value: UInt32) -> Bool {
        switch value {
        case 0x7C, 0x3E, 0x2F, 0x5C, 0x2D, 0x5F, 0x3A,  // | > / \ - _ :
            0xFF5C, 0xBB, 0x203A, 0xB7, 0x2022, 0x2013, 0x2014, 0xFF1A:  // ｜ » › · • – — ：
            return true
        default:
            return false
        }
    }
}
