// swift-tools-version:6.0
//
// libFuzzer targets, one per surface that reads untrusted text. A package of its own, so
// `swift test` never builds it. Build and run with Fuzz/run.sh (see docs/fuzzing.md).
import PackageDescription

let engine: Target.Dependency = .product(name: "ActionsEngine", package: "swift-destination-actions")
let conformance: Target.Dependency = .product(name: "Conformance", package: "swift-destination-actions")

let package = Package(
    name: "fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "swift-destination-actions", path: "..")],
    targets: [
        // Sample events, the repository's paths, and the libFuzzer entry point helper.
        .target(name: "FuzzSupport", dependencies: [engine]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzTrigger", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzMapping", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzLiquid", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzDestination", dependencies: ["FuzzSupport", engine, conformance]),
        .executableTarget(name: "FuzzFilters", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzRequestRecord", dependencies: ["FuzzSupport", engine]),
        .executableTarget(name: "FuzzHTTPResponse", dependencies: ["FuzzSupport", engine]),
    ]
)
