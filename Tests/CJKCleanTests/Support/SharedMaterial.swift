import Foundation

/// The shared material that sits beside the repository (`<repo>/../shared`): conformance suites
/// and the development set. Tests that need it skip when it is absent.
enum SharedMaterial {
    /// The repository's root folder.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CJKCleanTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root

    /// A path inside `<repo>/../shared`.
    static func url(_ path: String) -> URL {
        repositoryRoot.appendingPathComponent("../shared/\(path)").standardizedFileURL
    }
}
