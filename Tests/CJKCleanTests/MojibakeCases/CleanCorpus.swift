/// Clean sentences that every repair must leave byte-identical: combinations of templates and
/// vocabulary written for these tests, plus hand-written tricky cases.
enum CleanCorpus {
    /// Every clean sentence, tagged with its language.
    static var all: [(language: String, text: String)] {
        simplifiedChinese.map { ("zh-Hans", $0) } + traditionalChinese.map { ("zh-Hant", $0) }
            + japanese.map { ("ja", $0) } + korean.map { ("ko", $0) } + tricky.map { ("tricky", $0) }
    }

    static var simplifiedChinese: [String] {
        let times = ["今天", "昨天下午", "上周末", "2024年3月", "去年冬天", "明天早上", "最近几年", "国庆节期间", "凌晨两点", "那天晚上"]
        let subjects = [
            "王喆", "李昇", "张珺", "陈璟", "周堃", "吴彧", "龚鑫淼", "欧阳靓", "我们公司", "这位老师",
            "邻居家的小孩", "市政府", "研究小组", "我的朋友Anna", "iPhone用户",
        ]
        let predicates = [
            "去了上海出差", "在咖啡馆里看书", "发布了新的报告", "参加了马拉松比赛", "买了一台笔记本电脑",
            "在网上预订了机票", "讨论了3个方案", "完成了80%的工作", "学习了Python编程", "去医院做了体检",
        ]
        let endings = ["。", "！", "吗?", "？", "……"]
        var result: [String] = []
        for (index, time) in times.enumerated() {
            for (offset, subject) in subjects.enumerated() {
                for (step, predicate) in predicates.enumerated() where (index + offset + step) % 3 == 0 {
                    let ending = endings[(index + offset * 2 + step) % endings.count]
                    let separator = index % 2 == 0 ? "，" : ","
                    result.append("\(time)\(separator)\(subject)\(predicate)\(ending)")
                }
            }
        }
        return result
    }

    static var traditionalChinese: [String] {
        let places = ["臺北", "高雄", "香港", "澳門", "臺中", "花蓮", "新竹", "九龍", "淡水", "墾丁"]
        let subjects = ["陳嘉瑋", "林淑惠", "黃鈺涵", "張詠晴", "蔡昀蓁", "鄭宇翔", "許媁婷", "謝旻諭", "我們", "這間學校", "政府單位", "記者"]
        let predicates = [
            "舉辦了一場音樂會", "發現了新的線索", "宣布了新政策", "參觀了博物館", "開設了英語課程",
            "接受了媒體採訪", "完成了年度報告", "拍攝了一部紀錄片", "舉行了記者會", "成立了研究中心",
        ]
        let endings = ["。", "！", "嗎？", "。」", "；"]
        var result: [String] = []
        for (index, place) in places.enumerated() {
            for (offset, subject) in subjects.enumerated() {
                for (step, predicate) in predicates.enumerated() where (index + offset + step) % 2 == 0 {
                    let ending = endings[(index + offset + step * 3) % endings.count]
                    let opening = ending == "。」" ? "「" : ""
                    result.append("\(opening)\(subject)在\(place)\(predicate)\(ending)")
                }
            }
        }
        return result
    }

    static var japanese: [String] {
        let times = ["今日", "昨日の夜", "先週", "来月", "毎朝", "週末", "去年の夏", "午後3時に", "さっき", "いつか"]
        let subjects = ["私は", "田中さんは", "佐藤先生が", "弟が", "友達と", "山本さんの会社は", "ｶﾀｶﾅの看板が", "鈴木さんは", "子供たちが", "彼女は"]
        let predicates = [
            "東京(とうきょう)へ行きました", "新しい本を買いました", "駅前のカフェで働いています", "ラーメンを食べました",
            "ピアノを練習しています", "富士山に登りました", "メールを送りました", "映画を見に行きます",
            "日本語を勉強しています", "京都の寺を訪れました",
        ]
        let endings = ["。", "！", "か?", "ね。", "よ！", "。(´･ω･`)"]
        var result: [String] = []
        for (index, time) in times.enumerated() {
            for (offset, subject) in subjects.enumerated() {
                for (step, predicate) in predicates.enumerated() where (index * 3 + offset + step) % 2 == 1 {
                    let ending = endings[(index + offset + step) % endings.count]
                    result.append("\(time)、\(subject)\(predicate)\(ending)")
                }
            }
        }
        return result
    }

    static var korean: [String] {
        let times = ["오늘", "어제", "지난주에", "다음 달에", "매일 아침", "주말에", "작년 여름에", "오후 3시에", "방금", "언젠가"]
        let subjects = ["저는", "김민수 씨는", "선생님께서", "동생이", "친구와 함께", "우리 회사는", "아이들이", "그녀는", "박지훈 씨가", "할머니께서"]
        let predicates = [
            "서울에 갔습니다", "새 책을 샀어요", "카페에서 일합니다", "김치찌개를 먹었습니다", "피아노를 연습해요",
            "한라산에 올랐습니다", "이메일을 보냈어요", "영화를 보러 갑니다", "한국어(韓國語)를 공부합니다", "경복궁을 방문했습니다",
        ]
        let endings = [".", "!", "요?", "?", "다. ㅋㅋ", "."]
        var result: [String] = []
        for (index, time) in times.enumerated() {
            for (offset, subject) in subjects.enumerated() {
                for (step, predicate) in predicates.enumerated() where (index + offset * 3 + step) % 2 == 0 {
                    let ending = endings[(index + offset + step) % endings.count]
                    result.append("\(time) \(subject) \(predicate)\(ending)")
                }
            }
        }
        return result
    }

    /// Hand-written sentences that look like damage but are not.
    static let tricky = [
        "这个字在“重(chóng)新”里读第二声。",
        "多音字:重(chóng)新、重(zhòng)要、还(hái)是。",
        "我们在café里听Dvořák的交响曲。",
        "埃(Ångström)是长度单位,等于10⁻¹⁰米。",
        "東京(とうきょう)は日本の首都です。",
        "大阪(おおさか)と京都(きょうと)は近い。",
        "한국어(韓國語)는 아름다운 언어입니다.",
        "대한민국(大韓民國)의 수도는 서울이다.",
        "今日は疲れた(´･ω･`)",
        "もう無理(╯°□°)╯︵ ┻━┻",
        "嬉しい！(≧▽≦)",
        "“锟斤拷”是常见乱码,“烫烫烫”也是。",
        "ｶﾀｶﾅで書かれた看板",
        "ﾃｽﾄ中です",
        "你吃饭了吗?",
        "真的吗?我不信!",
        "これは何ですか?",
        "괜찮아요?",
        "是吗?OK",
        "为什么?因为我喜欢。",
        "请问厕所在哪里?谢谢。",
        "他叫龚鑫淼,来自浙江。",
        "赵䶮是五代时期的人物。",
        "李𬭚和王喆是同学。",
        "欧阳靓、司马懿、诸葛亮都是复姓人物。",
        "魑魅魍魉、饕餮、貔貅都是神话中的生物。",
        "彧、堃、淼、喆、昇常用于人名。",
        "鬱、齉、龘都是笔画很多的字。",
        "Ölfeld和Müller先生在München见面。",
        "Résumé、naïve、façade这些词来自法语。",
        "价格:€20,约合人民币150元。",
        "温度为25°C,湿度60%。",
        "商品编号:AB-1234/X,数量×3。",
        "日本の「おもてなし」文化について。",
        "ｱｲｳｴｵ",
        "半角ｶﾀｶﾅと全角カタカナ",
        "株式会社ﾃｽﾄ",
        "© 2024 某某公司 版权所有",
        "电话:+86 10 1234 5678",
        "网址:https://example.com/中文/路径?id=3",
        "邮件地址是name@example.com。",
        "“你好”,他说。‘再见’,她答。",
        "《红楼梦》是中国古典小说。",
        "【公告】明天停电。",
        "〔注〕本文仅供参考。",
        "＃話題のニュース＃",
        "ｈｔｔｐ全角字母测试ＡＢＣ",
        "①②③是圈号数字。",
        "→↑←↓是箭头。",
        "★☆○●◎◇◆□■△▲是符号。",
        "Ⅰ、Ⅱ、Ⅲ是罗马数字。",
        "α、β、γ是希腊字母。",
        "ㄅㄆㄇㄈ是注音符号。",
        "ㅋㅋㅋ 진짜 웃겨요",
        "ㅠㅠ 너무 슬퍼요",
        "Ｑ＆Ａコーナー",
        "私の名前は髙橋です。",
        "𠮷野家で牛丼を食べた。",
        "彅、髙、﨑は人名によく使われる。",
        "ヴァイオリンとヴィオラ",
        "ゐゑを使う古文",
        "テスト・ケース",
        "ーーー",
        "〜〜〜楽しみ〜〜〜",
        "“中国”的英文是China。",
        "这是一个问号?",
        "?开头的句子",
        "这里有两个问号??",
        "Windows-1252编码的文本",
        "中文abc中文123中文",
        "Ça va? 你好!",
        "Æsir和Øresund",
        "Żółć是波兰语。",
        "Señor García来自España。",
        "İstanbul在土耳其。",
    ]
}
