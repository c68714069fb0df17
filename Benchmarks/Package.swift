// swift-tools-version: 6.1
// The benchmark lives in its own package so that users of the library never resolve it.
import PackageDescription

let package = Package(
    name: "CJKCleanBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "CJKClean", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "cjkclean-benchmark",
            dependencies: [.product(name: "CJKClean", package: "CJKClean")],
            // `MojibakeCases` links to the test suite's garbled and clean sentences, so that the
            // rates reported per category are those of exactly the cases the tests check.
            path: "Sources/CJKCleanBenchmark"
        )
    ]
)
