import Conformance
import Testing
import TestSupport

extension RepoPaths {
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
            switch r.outcome {
            case .failed(let why), .notRun(let why): Issue.record("\(suite.name) › \(r.caseName):\n\(why)")
            case .passed, .knownDifference: break
            }
        }
        #expect(summary.failed == 0)
    }
}
