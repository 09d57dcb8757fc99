import Foundation
import XCTest
import TestSupport

/// Inputs that cannot be read, stores that do not exist, options that contradict each
/// other and runs that test nothing: each a located error, never a silent success, and
/// nothing else lost.
final class UsageEdgeTests: XCTestCase {
    let run = ["run", "--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json"]
    let events = "Mappings/examples/topsort.events.ndjson"

    func testAnUnreadableInputIsNamedAndTheNextInputsAreStillRead() throws {
        let missing = TemporaryFiles.path("actions-no-such-input", suffix: ".ndjson")
        for jobs in ["1", "2"] {
            let out = try ActionsProcess.run(run + ["--jobs", jobs, events, missing, RepoPaths.root + "/Mappings", events])
            XCTAssertEqual(out.status, 1, out.stderr)
            XCTAssertTrue(out.stderr.contains("read 22 events"), "--jobs \(jobs): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains(missing), out.stderr)
            XCTAssertTrue(out.stderr.contains("Mappings: error: cannot read input (Is a directory)"), out.stderr)
        }
    }

    func testFQLMatchOnAnUnreadableInputKeepsItsSummary() throws {
        let out = try ActionsProcess.run(["fql", "match", "true", RepoPaths.root + "/Mappings"])
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("Mappings: error: cannot read input (Is a directory)"), out.stderr)
        XCTAssertTrue(out.stderr.contains("0 matched"), out.stderr)
        XCTAssertFalse(out.stderr.contains("Diagnostic("), out.stderr)
    }

    func testStatusLogAndRedriveDoNotCreateAStore() throws {
        let path = TemporaryFiles.path("actions-typo", suffix: ".db")
        for command in [["status"], ["log"], ["redrive"]] {
            let out = try ActionsProcess.run(command + ["--state", path])
            XCTAssertEqual(out.status, 2, "\(command): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains("no job store here"), out.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path), "\(command) created \(path)")
        }
    }

    func testContradictoryOptionsAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["--state", "x.db", events], "--state needs --deliver"),
            (["--print-requests", events], "--print-requests needs --deliver"),
            (["--deliver", "--enqueue-only", events], "need --deliver --state"),
            (["--max-line-bytes", "0", events], "--max-line-bytes must be at least 1"),
        ]
        for (extra, message) in cases {
            let out = try ActionsProcess.run(run + extra)
            XCTAssertEqual(out.status, 64, "\(extra): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains(message), "\(extra): \(out.stderr)")
        }
        let both = try ActionsProcess.run(["run", "--destination", "Mappings/topsort.json", "--settings", "-"], stdin: "{}\n")
        XCTAssertEqual(both.status, 64, both.stderr)
        XCTAssertTrue(both.stderr.contains("cannot both come from standard input"), both.stderr)
    }

    func testATestRunWithNoCaseFails() throws {
        let out = try ActionsProcess.run(["test", "Tests/ConformanceTests/Corpus", "--filter", "no case is named like this"])
        XCTAssertEqual(out.status, 1, out.stdout + out.stderr)
        XCTAssertTrue(out.stderr.contains("no case ran"), out.stderr)
    }
}
