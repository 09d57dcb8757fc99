import Foundation
import XCTest
import TestSupport

/// `actions run` on hostile input: secrets stay out of every record meant for people.
final class HostileInputTests: XCTestCase {
    /// An api_key with characters JSON escapes, and events that carry it (the discard
    /// record echoes the event as JSON, so the secret appeared there escaped, unmasked).
    func testSecretWithEscapedCharactersNeverReachesDiscardsOrErrors() throws {
        let secret = "ts_\"live\\key\t9"
        let settings = try TemporaryFiles.write(String(decoding: try JSONSerialization.data(withJSONObject: ["api_key": secret]), as: UTF8.self))
        let event: [String: Any] = ["type": "track", "event": secret, "messageId": secret, "properties": ["x": secret]]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: event), as: UTF8.self)
        let input = try TemporaryFiles.write(line + "\n" + #"{"type":"track","event":"Order Completed","messageId":1}"# + "\n", suffix: ".ndjson")
        let discards = TemporaryFiles.path("actions-cli-test", suffix: ".ndjson")
        let out = try ActionsProcess.run(["run", "--destination", "Mappings/topsort.json", "--settings", settings,
                                     "--discards", discards, input])
        let discarded = try String(contentsOfFile: discards, encoding: .utf8)
        XCTAssertTrue(discarded.contains("[redacted]"), discarded)
        for text in [discarded, out.stderr] {
            XCTAssertFalse(text.contains("live"), text)
        }
        XCTAssertTrue(out.stderr.contains("read 2 events: 0 with requests (0 requests), 1 discarded, 1 error"), out.stderr)
        XCTAssertEqual(out.status, 1)
    }

    /// A suite with a case that is not an object once stopped at it ("case 0 is not an
    /// object") and ran nothing; now that case fails, named by its place, and the others run.
    func testBadCaseFailsAloneAndIsNamedByItsPlace() throws {
        let suite = try TemporaryFiles.write(#"""
        {"suite": "s", "cases": [1, {"kind": "mapping", "mapping": {"a": 1}, "input": {}, "expect": {"a": 2}},
          {"name": "ok", "kind": "mapping", "mapping": {"a": 1}, "input": {}, "expect": {"a": 1}}]}
        """#)
        let out = try ActionsProcess.run(["test", suite])
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stdout.contains("cases/0"), out.stdout)
        XCTAssertTrue(out.stdout.contains("number, not an object"), out.stdout)
        XCTAssertTrue(out.stdout.contains("cases/1"), out.stdout)
        XCTAssertTrue(out.stdout.contains("1 passed, 2 failed"), out.stdout)
    }

    /// `actions fql match` on one long line: the reader searched the whole line again for
    /// its newline after every 64 KiB read (a 50 MB line took 13 s, 100 MB over 30 s).
    func testFQLMatchReadsALongLineOnce() throws {
        let line = #"{"type":"track","event":""# + String(repeating: "a", count: 8_000_000) + #""}"#
        let input = try TemporaryFiles.write(line + "\n" + #"{"type":"identify"}"#, suffix: ".ndjson")
        let out = try ActionsProcess.run(["fql", "match", #"type = "track""#, input])
        XCTAssertTrue(out.stdout.contains("line 1: match"), out.stdout)
        XCTAssertTrue(out.stdout.contains("line 2: no match"), out.stdout)
    }

    /// A line with no end (a file without newlines, `/dev/zero`) was read into memory
    /// until memory ran out. Lines longer than --max-line-bytes are now skipped, each
    /// reported at its line and the column of the limit, and counted as errors.
    func testOverLongLinesAreSkippedAndReported() throws {
        let ok = #"{"type":"identify"}"#
        let long = #"{"type":"track","event":""# + String(repeating: "x", count: 5_000) + #""}"#
        let input = try TemporaryFiles.write([ok, long, ok, long].joined(separator: "\n"), suffix: ".ndjson")
        let out = try ActionsProcess.run(["run", "--destination", "Mappings/topsort.json", "--settings",
                                     "Mappings/examples/topsort.settings.json", "--max-line-bytes", "1000", input])
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.contains(#"{"line":2,"column":1001,"error":"the line is 5027 bytes long"#), out.stderr)
        XCTAssertTrue(out.stderr.contains(#"{"line":4,"column":1001,"#), out.stderr)
        XCTAssertTrue(out.stderr.contains("read 4 events: 0 with requests (0 requests), 2 discarded, 2 errors"), out.stderr)
    }

    /// A suite folder with two links back to itself: the walk followed both at every level
    /// (2^40 paths before the path grew too long) and never ended. Each folder is now
    /// listed once.
    func testSymlinkLoopsInSuiteFoldersEnd() throws {
        let fm = FileManager.default
        let dir = TemporaryFiles.path("actions-cli-loop")
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        try fm.createSymbolicLink(atPath: dir + "/x", withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir + "/y", withDestinationPath: ".")
        try #"{"suite": "s", "cases": [{"name": "a", "kind": "mapping", "mapping": {}, "input": {}, "expect": {}}]}"#
            .write(toFile: dir + "/s.json", atomically: true, encoding: .utf8)
        let out = try ActionsProcess.run(["test", dir])
        XCTAssertEqual(out.status, 0)
        XCTAssertTrue(out.stdout.contains("1 passed, 0 failed"), out.stdout)
    }
}
