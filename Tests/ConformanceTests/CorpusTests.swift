import Conformance
import Testing

/// Where the repository's files are, found from this source file's location so the tests
/// work from any working directory.
enum RepoPaths {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ConformanceTests/CorpusTests.swift
        return parts.joined(separator: "/")
    }()
    static let corpus = root + "/Tests/ConformanceTests/Corpus"
    /// The destination-filter facts (tsub-js's tests), vendored beside the corpus.
    static let destinationFilters = root + "/Tests/ConformanceTests/DestinationFilters"
    static let mappings = root + "/Mappings"
    static let fixtures = root + "/Mappings/tests"
    /// The corpus this copy is vendored from, when a checkout of the shared folder sits beside the repo.
    static let upstreamCorpus = root + "/../shared/conformance"
    /// Where the destination-filter facts are vendored from.
    static let upstreamDestinationFilters = root + "/../shared/destination-filters"

    /// Every suite file the test run covers: the vendored corpus, the destination-filter
    /// facts and the destinations' fixtures.
    static let suiteFiles: [String] = {
        var dirs = [corpus, destinationFilters]
        if FileIO.isDirectory(fixtures) { dirs.append(fixtures) }
        return (try? SuiteRunner.suiteFiles(in: dirs)) ?? []
    }()
}

/// Runs every case of the vendored conformance corpus and of the fixtures under Mappings/tests.
/// A case fails the test with the runner's diff; quirk cases on which the engine deliberately
/// differs are printed as known differences and do not fail.
@Suite("Conformance corpus and fixtures")
struct CorpusTests {
    @Test("suites are found")
    func suitesAreFound() {
        #expect(RepoPaths.suiteFiles.count >= 10, "found \(RepoPaths.suiteFiles)")
    }

    @Test("suite passes", arguments: RepoPaths.suiteFiles)
    func suitePasses(path: String) throws {
        let suite = try SuiteRunner.loadSuite(path: path)
        let runner = SuiteRunner(context: RunnerContext(definitionsDirectory: RepoPaths.mappings))
        let results = runner.run(suite)
        let summary = SuiteRunner.summarize(results)
        print("[\(suite.name)] " + SuiteRunner.report(results), terminator: "")
        #expect(!results.isEmpty, "\(path) has no cases")
        for r in results {
            if case .failed(let why) = r.outcome {
                Issue.record("\(suite.name) › \(r.caseName):\n\(why)")
            }
        }
        #expect(summary.failed == 0)
    }
}
