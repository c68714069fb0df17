import CJKClean
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bounds the work of cleaning a hostile input by the cost of cleaning an ordinary page in the
/// same process: a linear pass may be several times slower per byte than a normal page, a
/// quadratic one is thousands of times slower on the sizes tested.
///
/// Times are process CPU time, so that other work on a shared machine does not distort them.
struct WorkBudget {
    /// CPU seconds per input byte for an ordinary page.
    let secondsPerByte: Double

    /// How many times slower per byte than the ordinary page a hostile input may be.
    static let factor = 40.0
    /// Fixed allowance for start-up effects (first use of tables, allocator growth).
    static let floorSeconds = 0.25

    /// The budget measured on an ordinary article page of about 60 KB, cleaned from bytes.
    static let measured: WorkBudget = {
        let page = Array(ordinaryPage().utf8)
        // Warm up the shared tables: those of an ordinary page, and the repair's, which clean
        // text never reaches (language model, completion ranking, charset tables).
        _ = try? Cleaner.clean(html: page)
        _ = Cleaner.clean(text: garbledSample)
        let rounds = 3
        let start = cpuSeconds()
        for _ in 0..<rounds { _ = try? Cleaner.clean(html: page) }
        let elapsed = max(cpuSeconds() - start, 1e-6)
        return WorkBudget(secondsPerByte: elapsed / Double(rounds * page.count))
    }()

    /// The most CPU seconds an input of this size may take.
    func limit(forBytes count: Int) -> Double {
        Self.floorSeconds + Self.factor * secondsPerByte * Double(count)
    }

    /// Runs `work` and returns its result with the CPU seconds it took.
    static func measure<Result>(_ work: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
        let start = cpuSeconds()
        let result = try work()
        return (result, cpuSeconds() - start)
    }

    /// A line with one artifact of each kind the repair looks for: lost bytes, a byte-shifted
    /// island, a pinyin gloss, Latin-1 and GBK misreadings of UTF-8, an escaped entity.
    static let garbledSample = "中\u{FFFD}文\u{FFFD} 其他?;鹛嶙h現(xiàn)場 cafÃ© 涓枃鏂伴椈 &#20013;"

    /// An ordinary news page: a header menu, a headline, paragraphs of Chinese and Latin text, related links.
    static func ordinaryPage() -> String {
        let menu = (1...12).map { "<a href=\"/c\($0)\">栏目\($0)</a>" }.joined(separator: " | ")
        let paragraph =
            "<p>国务院新闻办公室今天举行新闻发布会，介绍今年前三季度国民经济运行情况。"
            + "统计局新闻发言人表示，经济运行总体平稳，就业形势基本稳定，居民收入继续增长（记者 王小明）。"
            + " The economy grew 5.2 percent, according to the bureau &amp; its analysts.</p>\n"
        let related = (1...20).map { "<li><a href=\"/n\($0)\">相关新闻标题第\($0)条</a></li>" }.joined()
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>前三季度经济运行总体平稳 - 新闻网</title>"
            + "<style>body{margin:0}</style><script>var a = 1 < 2;</script></head><body>"
            + "<div class=\"nav\">\(menu)</div><h1>前三季度经济运行总体平稳</h1><div class=\"article\">"
            + String(repeating: paragraph, count: 120)
            + "</div><div class=\"related\"><h3>相关新闻</h3><ul>\(related)</ul></div>"
            + "<div class=\"footer\">版权所有 © 2024 新闻网</div></body></html>"
    }

    private static func cpuSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }
}
