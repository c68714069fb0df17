import Foundation

// Fuzz builds compile the library without SwiftPM, which would otherwise generate this accessor.
// The resources are read in place from the source tree (or from CJKCLEAN_RESOURCES).
extension Foundation.Bundle {
    /// The folder that holds the library's `Data/` resources.
    static let module: Bundle = {
        let fromEnvironment = ProcessInfo.processInfo.environment["CJKCLEAN_RESOURCES"]
        let fromSource = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CJKClean/Resources").path
        guard let bundle = Bundle(path: fromEnvironment ?? fromSource) else {
            // The library treats missing tables as empty; report it so a fuzz run is not silently weaker.
            FileHandle.standardError.write(Data("resources not found at \(fromEnvironment ?? fromSource)\n".utf8))
            return Bundle.main
        }
        return bundle
    }()
}
