// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CJKClean",
    products: [
        .library(name: "CJKClean", targets: ["CJKClean"]),
        .executable(name: "cjkclean", targets: ["cjkclean"]),
        .executable(name: "cjkclean-embed-example", targets: ["EmbedExample"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // ICU as installed on the system (Debian: libicu-dev, Homebrew: icu4c).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // The only code that includes <unicode/*.h>; its public header is plain C.
        .target(name: "CICUShims", dependencies: ["CICU"]),
        .target(
            name: "CJKClean",
            dependencies: ["CICUShims"],
            resources: [.copy("Resources/Data")]
        ),
        .executableTarget(
            name: "cjkclean",
            dependencies: [
                "CJKClean",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/cjkclean",
            exclude: ["BATCH.md"]
        ),
        .executableTarget(
            name: "EmbedExample",
            dependencies: ["CJKClean"],
            path: "Examples/EmbedExample"
        ),
        .testTarget(
            name: "CJKCleanTests",
            dependencies: ["CJKClean"],
            exclude: ["ScriptConversionCases", "Golden"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
