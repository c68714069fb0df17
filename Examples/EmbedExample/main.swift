// How an application embeds CJKClean: clean a page, inspect what was removed, and use the
// repair and conversion stages on their own.
import CJKClean

let page = """
    <html><head><meta charset="utf-8"><title>市图书馆延长开放时间 - 示例新闻</title></head>
    <body>
    <nav><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/city">城市</a> | <a href="/life">生活</a></nav>
    <article>
    <h1>市图书馆延长开放时间</h1>
    <p>市图书馆昨天宣布，自下月起周末开放时间延长至晚上九点，方便上班族和学生利用周末时间阅读和自习。</p>
    <p>馆方表示，延长开放期间将增加志愿者服务岗位，并同步开放二楼的自习区和电子阅览室。</p>
    </article>
    <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">社区书房今年再添十家</a></li></ul></div>
    <footer>版权所有 未经授权禁止转载</footer>
    </body></html>
    """

// 1. Clean with the defaults: repair mojibake, drop boilerplate, keep the script.
let document = Cleaner.clean(html: page)
print("Title:", document.title ?? "(none)")
for paragraph in document.paragraphs {
    print("  ", paragraph)
}

// 2. Every removed line says why, so a wrong cut can be debugged.
for line in document.removed {
    print("removed [\(line.reason.rawValue)]", line.text)
}

// 3. The same page in traditional script.
let traditional = Cleaner(options: CleanerOptions(script: .traditional))
print(traditional.clean(html: page).paragraphs.first ?? "")

// 4. The stages on their own.
let repaired = MojibakeRepair().repair("俄方代表團將攜其他?;鹛嶙h。")
print(repaired.text, "—", repaired.explanation)
print(ScriptConverter(.traditionalToSimplified).convert("俄烏第二輪直接談判在土耳其舉行"))
