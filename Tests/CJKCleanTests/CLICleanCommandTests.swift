import Foundation
import Synchronization
import XCTest

/// Runs the built `cjkclean` executable (which `swift test` builds next to the test bundle) as a
/// subprocess and checks its output streams and exit status.
final class CLICleanCommandTests: XCTestCase {
    func testJSONOutputOfAGoldenFixtureHasItsTitleAndBody() throws {
        let fixture = try XCTUnwrap(GoldenFixture.all().first)
        let path = try GoldenFixture.fixturesDirectory().appendingPathComponent(fixture.name + ".txt").path
        let result = try CLIProcess.run(["clean", "--format", "json", path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardError, "")
        let records = try result.jsonRecords()
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records.first?["file"] as? String, path)
        XCTAssertEqual(records.first?["title"] as? String, fixture.title)
        XCTAssertEqual(records.first?["paragraphs"] as? [String], fixture.body)
    }

    func testTextOutputIsTheTitleThenTheParagraphs() throws {
        let fixture = try XCTUnwrap(GoldenFixture.all().first)
        let path = try GoldenFixture.fixturesDirectory().appendingPathComponent(fixture.name + ".txt").path
        let result = try CLIProcess.run(["clean", path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, ([fixture.title ?? ""] + fixture.body).joined(separator: "\n") + "\n")
    }

    func testMissingFileIsReportedOnStandardError() throws {
        let result = try CLIProcess.run(["clean", "/nonexistent/page.html"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertEqual(result.standardError, "cjkclean: /nonexistent/page.html: no such file or directory\n")
    }

    func testDirectoryWithoutMatchingFiles() throws {
        let directory = try temporaryDirectory(files: ["notes.md": "# 笔记", "data.csv": "a,b"])
        let result = try CLIProcess.run(["clean", "--format", "json", directory.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "cjkclean: \(directory.path): directory holds no .htm, .html, .txt files\n")
        XCTAssertEqual(
            try result.jsonRecords().map { $0["error"] as? String }, ["directory holds no .htm, .html, .txt files"])
    }

    func testInvalidJSONLinesAreReportedAndTheOthersCleaned() throws {
        let input = """
            {"id":"good","html":"<p>网页的正文，只有这一句话。</p>"}
            {"id":"broken","html":
            {"id":3,"text":"纯文本的正文，也只有一句话。"}

            """
        let result = try CLIProcess.run(["clean", "--jsonl", "-"], standardInput: input)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "cjkclean: line 2: not a JSON object\n")
        let records = try result.jsonRecords()
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(records[0]["id"] as? String, "good")
        XCTAssertEqual(records[0]["paragraphs"] as? [String], ["网页的正文，只有这一句话。"])
        XCTAssertEqual(records[1]["line"] as? Int, 2)
        XCTAssertEqual(records[1]["error"] as? String, "not a JSON object")
        XCTAssertEqual(records[2]["id"] as? Int, 3)
        XCTAssertEqual(records[2]["paragraphs"] as? [String], ["纯文本的正文，也只有一句话。"])
    }

    func testNoStackTraceForAnyFailure() throws {
        let directory = try temporaryDirectory(files: ["binary.html": String(repeating: "\0\0\u{1}", count: 3_333)])
        let result = try CLIProcess.run(
            ["clean", "--format", "json", directory.appendingPathComponent("binary.html").path, "/nonexistent"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.standardError.split(separator: "\n").map { $0.split(separator: ":").dropFirst(2).joined(separator: ":") },
            [" not text: 6666 of the first 9999 bytes are NUL", " no such file or directory"])
        XCTAssertFalse(result.standardError.contains("Stack dump"))
        XCTAssertFalse(result.standardError.contains("Fatal error"))
    }

    func testOrderIsPreservedWithTwoJobs() throws {
        // Documents of very different sizes finish out of order on two workers.
        let lines = (0..<60).map { index -> String in
            let paragraph = String(repeating: "第\(index)篇文章的正文，内容各不相同。", count: index % 7 == 0 ? 400 : 1)
            return "{\"id\":\"doc-\(index)\",\"html\":\"<p>\(paragraph)</p>\"}"
        }
        let input = lines.joined(separator: "\n") + "\n"
        let parallel = try CLIProcess.run(["clean", "--jsonl", "-", "--jobs", "2"], standardInput: input)
        let serial = try CLIProcess.run(["clean", "--jsonl", "-", "--jobs", "1"], standardInput: input)
        XCTAssertEqual(parallel.status, 0, parallel.standardError)
        XCTAssertEqual(try parallel.jsonRecords().map { $0["id"] as? String }, (0..<60).map { "doc-\($0)" })
        XCTAssertEqual(parallel.standardOutput, serial.standardOutput)
    }

    func testDirectoriesAreSearchedRecursivelyByExtension() throws {
        let directory = try temporaryDirectory(files: [
            "b.html": "<p>第二页的正文，这是一句话。</p>",
            "a/c.htm": "<p>第一页的正文，这是一句话。</p>",
            "a/skip.md": "不要读这个文件。",
            "d.txt": "文本文件的正文，这是一句话。",
        ])
        let result = try CLIProcess.run(["clean", "--format", "json", "--extensions", "html,htm", directory.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        let records = try result.jsonRecords()
        XCTAssertEqual(
            records.map { $0["file"] as? String },
            [directory.appendingPathComponent("a/c.htm").path, directory.appendingPathComponent("b.html").path])
        XCTAssertEqual(records.map { $0["paragraphs"] as? [String] }, [["第一页的正文，这是一句话。"], ["第二页的正文，这是一句话。"]])
    }

    func testJSONLinesPathRecordsAndCharsets() throws {
        let directory = try temporaryDirectory(files: [:])
        let page = directory.appendingPathComponent("gbk.html")
        let gbk: [UInt8] = Array("<meta charset=gbk><title>".utf8) + [0xB1, 0xEA, 0xCC, 0xE2] + Array("</title><p>".utf8)
            + [0xD5, 0xFD, 0xCE, 0xC4, 0xA1, 0xA3] + Array("</p>".utf8)
        try Data(gbk).write(to: page)
        let input = "{\"id\":\"p\",\"path\":\"\(page.path)\"}\n"
        let result = try CLIProcess.run(["clean", "--jsonl", "-"], standardInput: input)
        XCTAssertEqual(result.status, 0, result.standardError)
        let record = try XCTUnwrap(result.jsonRecords().first)
        XCTAssertEqual(record["id"] as? String, "p")
        XCTAssertEqual(record["title"] as? String, "标题")
        XCTAssertEqual(record["paragraphs"] as? [String], ["正文。"])
        XCTAssertEqual(record["charset"] as? String, "gbk")
    }

    private func temporaryDirectory(files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cjkclean-cli-\(UUID().uuidString)")
        for (name, content) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory
    }
}

/// One run of the `cjkclean` executable.
struct CLIProcess {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// The executable, built by `swift test` in the same folder as the test bundle's resources.
    static func executable() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("cjkclean")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("cjkclean is not built at \(url.path)")
        }
        return url
    }

    /// Runs the executable to completion.
    static func run(_ arguments: [String], standardInput: String = "") throws -> CLIProcess {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Write and read all three streams at once so that no pipe fills up and blocks the process.
        let errorData = Mutex(Data())
        let streams = DispatchGroup()
        DispatchQueue.global().async(group: streams) {
            let data = error.fileHandleForReading.readDataToEndOfFile()
            errorData.withLock { $0 = data }
        }
        DispatchQueue.global().async(group: streams) {
            input.fileHandleForWriting.write(Data(standardInput.utf8))
            try? input.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        streams.wait()
        return CLIProcess(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.withLock { $0 }, as: UTF8.self))
    }

    /// Standard output read as JSON Lines.
    func jsonRecords() throws -> [[String: Any]] {
        try standardOutput.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], String($0))
        }
    }
}
