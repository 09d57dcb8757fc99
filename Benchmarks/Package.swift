// swift-tools-version:6.0
//
// Benchmarks live in their own package so that `swift test` in the main package never
// builds them. Run with `Benchmarks/run.sh` (see docs/performance.md).
import PackageDescription

let package = Package(
    name: "ActionsBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-destination-actions", path: ".."),
    ],
    targets: [
        // Input loading, timing and reporting shared by the benchmarks.
        .target(name: "BenchSupport"),
        // JSON parse + serialize throughput (needs only the JSON layer).
        .executableTarget(
            name: "JSONBench",
            dependencies: ["BenchSupport", .product(name: "JSONValues", package: "swift-destination-actions")]
        ),
        // Mapping, trigger and whole-pipeline throughput.
        .executableTarget(
            name: "ActionsBench",
            dependencies: ["BenchSupport", .product(name: "ActionsEngine", package: "swift-destination-actions")]
        ),
    ]
)
