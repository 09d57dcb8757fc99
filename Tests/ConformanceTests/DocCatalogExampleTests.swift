import Conformance
import Foundation
import Testing
import TestSupport

/// The first-use walk-through of the Conformance DocC catalog, as written there.
@Suite("DocC catalog example: a suite of one's own")
struct ConformanceDocCatalogExampleTests {
    @Test("a mapping suite file runs and passes")
    func mySuite() throws {
        let path = NSTemporaryDirectory() + "my-mappings-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #"""
        {
          "suite": "my-mappings",
          "cases": [
            {
              "name": "the order total is read from properties",
              "kind": "mapping",
              "mapping": { "total": { "@path": "$.properties.total" } },
              "input": { "type": "track", "properties": { "total": 30 } },
              "expect": { "total": 30 }
            }
          ]
        }
        """#.write(toFile: path, atomically: true, encoding: .utf8)

        let suite = try SuiteRunner.loadSuite(path: path)
        let runner = SuiteRunner(context: RunnerContext(definitionsDirectory: RepoPaths.mappings))
        let results = runner.run(suite)

        #expect(SuiteRunner.report(results) == "1 passed, 0 failed, 0 known differences\n")
        let summary = SuiteRunner.summarize(results)
        #expect(summary.failed == 0 && summary.passed == 1)
    }
}
