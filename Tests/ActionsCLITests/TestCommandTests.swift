import XCTest
import TestSupport

final class TestCommandTests: XCTestCase {
    func testReportsDiffAndClosingLineForAFailingSuite() throws {
        let suite = try TemporaryFiles.write(#"""
        {"suite": "demo", "cases": [
          {"name": "passes", "kind": "mapping", "mapping": {"a": {"@path": "$.x"}}, "input": {"x": 1}, "expect": {"a": 1}},
          {"name": "fails", "kind": "mapping", "mapping": {"a": {"@path": "$.x"}}, "input": {"x": 1}, "expect": {"a": 2}},
          {"name": "quirk", "kind": "mapping", "quirk": true, "note": "reference does X", "mapping": {"a": 1}, "input": {}, "expect": {"a": 5}}
        ]}
        """#)
        let out = try ActionsProcess.run(["test", suite])
        XCTAssertEqual(out.status, 1, out.stdout + out.stderr)
        XCTAssertTrue(out.stdout.contains("FAIL  demo › fails"), out.stdout)
        XCTAssertTrue(out.stdout.contains("/a: expected 2, got 1"), out.stdout)
        XCTAssertTrue(out.stdout.contains("KNOWN DIFFERENCE  demo › quirk"), out.stdout)
        XCTAssertTrue(out.stdout.hasSuffix("1 passed, 1 failed, 1 known differences\n"), out.stdout)
    }

    func testACaseThatCannotRunFailsEvenWhenItIsAQuirk() throws {
        // A quirk case is a known difference only when it ran and differed; one whose
        // definition is missing compared nothing.
        let suite = try TemporaryFiles.write(#"""
        {"suite": "setup", "cases": [
          {"name": "missing definition", "kind": "destination", "quirk": true, "note": "reference does X",
           "destination": "actions-nowhere", "action": "a", "event": {"type": "track"}, "expect": {"requests": []}}
        ]}
        """#)
        let out = try ActionsProcess.run(["test", suite, "--definitions", "Mappings"])
        XCTAssertEqual(out.status, 1, out.stdout + out.stderr)
        XCTAssertTrue(out.stdout.contains("FAIL  setup › missing definition [destination] (could not be run)"), out.stdout)
        XCTAssertTrue(out.stdout.contains("no definition with slug 'actions-nowhere' in Mappings"), out.stdout)
        XCTAssertTrue(out.stdout.hasSuffix("0 passed, 1 failed, 0 known differences\n"), out.stdout)
    }

    func testPassingSuiteExitsZero() throws {
        let suite = try TemporaryFiles.write(#"""
        {"suite": "ok", "cases": [
          {"name": "literal", "kind": "mapping", "mapping": {"@literal": "x"}, "input": {}, "expect": "x"}
        ]}
        """#)
        let out = try ActionsProcess.run(["test", suite])
        XCTAssertEqual(out.status, 0, out.stdout + out.stderr)
        XCTAssertTrue(out.stdout.contains("1 passed, 0 failed, 0 known differences"), out.stdout)
    }

    func testMalformedSuiteIsALocatedError() throws {
        let suite = try TemporaryFiles.write("{\"cases\": [\n  {\"name\": 1,}\n]}")
        let out = try ActionsProcess.run(["test", suite])
        XCTAssertNotEqual(out.status, 0)
        XCTAssertTrue(out.stderr.contains(":2:"), out.stderr)
    }
}
