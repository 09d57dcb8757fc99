// swift-tools-version:6.0
//
// The engine that turns Segment-spec events into destination API requests.
// One module per concept; the CLI is a thin front end over the library.
import PackageDescription

let package = Package(
    name: "swift-destination-actions",
    platforms: [.macOS(.v13)],
    products: [
        // The engine, for pipelines to link: `import ActionsEngine` re-exports every layer.
        .library(name: "ActionsEngine", targets: ["ActionsEngine"]),
        // The conformance and fixture runner, for pipeline authors' own definitions' tests.
        .library(name: "Conformance", targets: ["Conformance"]),
        // Each layer on its own, for users who need only part of the engine.
        .library(name: "JSONValues", targets: ["JSONValues"]),
        .library(name: "Triggers", targets: ["Triggers"]),
        .library(name: "MappingKit", targets: ["MappingKit"]),
        .library(name: "DestinationFilters", targets: ["DestinationFilters"]),
        // Sending requests: retries, batching, rate limits, dead letters.
        .library(name: "Delivery", targets: ["Delivery"]),
        // The durable job store's backends: SQLite in a file (embedded) and PostgreSQL (scale-out).
        .library(name: "DeliveryStoreSQLite", targets: ["DeliveryStoreSQLite"]),
        .library(name: "DeliveryStorePostgres", targets: ["DeliveryStorePostgres"]),
        // A fault-injecting HTTP server for trying delivery locally and in tests.
        .library(name: "MockVendor", targets: ["MockVendor"]),
        // The command-line filter, mapping tool and test runner.
        .executable(name: "actions", targets: ["ActionsCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already in the graph (postgres-nio, async-http-client); named for the TLS settings of sslmode.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // Documentation only: `swift package generate-documentation` builds the DocC catalogs.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // JavaScript's rules, each written once: Number(text), ToString and ToBoolean, white
        // space and trim, UTF-16 strings, array-index keys, Date.parse and dayjs, the calendar.
        // Internal to the package (`package` access); every layer uses it.
        .target(name: "JavaScriptRules"),
        // JSON values: an immutable value type with its own strict parser and serializer.
        .target(name: "JSONValues", dependencies: ["JavaScriptRules"]),
        // The trigger language (FQL): parse, evaluate, generate.
        .target(name: "Triggers", dependencies: ["JavaScriptRules", "JSONValues"]),
        // Liquid templates, as Segment's mapping kit configures LiquidJS.
        .target(
            name: "Liquid",
            dependencies: ["JavaScriptRules", "JSONValues", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The mapping kit: directives that shape an event into a payload.
        .target(name: "MappingKit", dependencies: ["JavaScriptRules", "JSONValues", "Liquid", "Triggers"]),
        // Destination filters and `integrations` routing: what may reach a destination.
        .target(
            name: "DestinationFilters",
            dependencies: ["JavaScriptRules", "JSONValues", "Triggers", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Action definitions as data, and the engine that turns events into requests.
        .target(name: "Destinations", dependencies: ["JavaScriptRules", "JSONValues", "Triggers", "MappingKit", "DestinationFilters"]),
        // Delivery: sends requests over HTTP with retries, batching, rate limits and dead letters.
        .target(
            name: "Delivery",
            dependencies: [
                "JavaScriptRules", "JSONValues", "Destinations",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // The job store in a SQLite file (WAL), through vapor/sqlite-nio's bundled SQLite.
        .target(
            name: "DeliveryStoreSQLite",
            dependencies: ["Delivery", .product(name: "SQLiteNIO", package: "sqlite-nio")]
        ),
        // The job store in PostgreSQL, shared by any number of workers.
        .target(
            name: "DeliveryStorePostgres",
            dependencies: [
                "Delivery",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A local HTTP server that answers like a vendor API, faults included.
        .target(
            name: "MockVendor",
            dependencies: [
                "JSONValues",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // The umbrella: re-exports the layers above.
        .target(
            name: "ActionsEngine",
            dependencies: ["JSONValues", "Triggers", "Liquid", "MappingKit", "DestinationFilters", "Destinations", "Delivery"]
        ),
        // The conformance-suite and fixture runner shared by `actions test` and `swift test`.
        .target(
            name: "Conformance",
            dependencies: ["JSONValues", "Triggers", "Liquid", "MappingKit", "DestinationFilters", "Destinations"]
        ),
        // The `actions` executable.
        .executableTarget(
            name: "ActionsCLI",
            dependencies: [
                "JSONValues", "Triggers", "MappingKit", "DestinationFilters", "Destinations", "Conformance", "Delivery", "MockVendor",
                "DeliveryStoreSQLite", "DeliveryStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),

        // What the repository's own tests share: repository paths, JSON written in tests,
        // running the built `actions`, temporary files, a seeded random generator.
        .target(name: "TestSupport", dependencies: ["JSONValues"], path: "Tests/TestSupport"),

        .testTarget(name: "JavaScriptRulesTests", dependencies: ["JavaScriptRules", "JSONValues"], exclude: ["facts.js"]),
        .testTarget(name: "JSONValuesTests", dependencies: ["JSONValues", "TestSupport"]),
        .testTarget(name: "TriggersTests", dependencies: ["Triggers", "JSONValues", "TestSupport"]),
        .testTarget(name: "LiquidTests", dependencies: ["Liquid", "JSONValues"]),
        .testTarget(name: "MappingKitTests", dependencies: ["MappingKit", "JSONValues", "TestSupport"]),
        .testTarget(name: "DestinationFiltersTests", dependencies: ["DestinationFilters", "JSONValues", "TestSupport"]),
        .testTarget(name: "DestinationsTests", dependencies: ["Destinations", "DestinationFilters", "MappingKit", "JSONValues", "TestSupport"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["Conformance", "JSONValues", "TestSupport"],
            exclude: ["Corpus", "DestinationFilters"]
        ),
        .testTarget(name: "DeliveryTests", dependencies: ["Delivery", "MockVendor", "Destinations", "JSONValues"]),
        .testTarget(
            name: "DeliveryStoreTests",
            dependencies: [
                "Delivery", "DeliveryStoreSQLite", "DeliveryStorePostgres", "MockVendor", "JSONValues", "ActionsCLI", "TestSupport",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ActionsCLITests", dependencies: ["ActionsCLI", "MockVendor", "JSONValues", "TestSupport"]),
        .testTarget(name: "ActionsEngineTests", dependencies: ["ActionsEngine"]),
    ]
)
