import Foundation

/// The inputs the benchmark runs on: the golden documents shipped with the tests, and the
/// development pages when the shared folder sits beside the repository.
struct Corpus {
    let fixtures: [String]
    let pages: [[UInt8]]
    /// The file names of ``pages``, in the same order.
    let pageNames: [String]
    /// The golden article bodies in simplified Chinese, and the traditional one(s).
    let simplifiedBodies: [String]
    let traditionalBodies: [String]

    static func load() -> Corpus {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fixtureFolder = root.appendingPathComponent("Tests/CJKCleanTests/Fixtures")
        let fixtures = files(in: fixtureFolder) { name in
            name.hasSuffix(".txt") && !name.contains(".body") && !name.contains(".title")
        }.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        let bodies = files(in: fixtureFolder) { $0.hasSuffix(".body.txt") }.compactMap {
            try? String(contentsOf: $0, encoding: .utf8)
        }
        let simplifiedBodies = files(in: fixtureFolder) { $0.hasSuffix(".body.hans.txt") }.compactMap {
            try? String(contentsOf: $0, encoding: .utf8)
        }
        let traditionalBodies = zip(bodies, simplifiedBodies).filter { $0 != $1 }.map(\.0)
        let pageFolder = root.deletingLastPathComponent().appendingPathComponent("shared/devset/pages")
        let pageFiles = files(in: pageFolder) { $0.hasSuffix(".html") }.compactMap { url in
            (try? Data(contentsOf: url)).map { (url.lastPathComponent, Array($0)) }
        }
        return Corpus(
            fixtures: fixtures, pages: pageFiles.map(\.1), pageNames: pageFiles.map(\.0),
            simplifiedBodies: simplifiedBodies, traditionalBodies: traditionalBodies)
    }

    private static func files(in folder: URL, where include: (String) -> Bool) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(include).sorted().map { folder.appendingPathComponent($0) }
    }
}
