import Foundation

/// The golden documents: a scraped page, its expected title, body and simplified body.
struct GoldenFixture {
    let name: String
    let page: String
    let title: String?
    let body: [String]
    let simplifiedBody: [String]

    /// Every fixture shipped with the tests, in name order.
    static func all() throws -> [GoldenFixture] {
        let directory = try fixturesDirectory()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".title.txt") }
            .map { String($0.dropLast(".title.txt".count)) }
            .sorted()
        return try names.map { name in
            func read(_ suffix: String) throws -> String {
                try String(contentsOf: directory.appendingPathComponent(name + suffix), encoding: .utf8)
            }
            let title = try read(".title.txt").trimmingCharacters(in: .newlines)
            return GoldenFixture(
                name: name, page: try read(".txt"), title: title.isEmpty ? nil : title,
                body: lines(try read(".body.txt")), simplifiedBody: lines(try read(".body.hans.txt")))
        }
    }

    /// The folder of fixtures copied into the test bundle.
    static func fixturesDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).reversed()
            .drop(while: \.isEmpty).reversed()
    }
}
