import XCTest
import TestSupport

/// `actions run --filters/--alias` and `actions fql match --filters`, end to end.
final class FilterOptionTests: XCTestCase {
    let filters = #"""
    [{"title": "Drop test traffic", "if": "contains(userId, 'test')", "actions": [{"type": "drop"}]},
     {"title": "Keep PII out", "if": "all", "actions": [{"type": "drop_properties", "fields": {"properties": ["email"]}}]}]
    """#

    func runTopsort(_ extra: [String], events: String) throws -> (ActionsProcess.Output, String) {
        let discards = TemporaryFiles.path("actions-cli-discards", suffix: ".ndjson")
        let out = try ActionsProcess.run(["run", "--destination", "Mappings/topsort.json",
                                     "--settings", "Mappings/examples/topsort.settings.json",
                                     "--discards", discards] + extra, stdin: events)
        let text = (try? String(contentsOfFile: discards, encoding: .utf8)) ?? ""
        return (out, text)
    }

    let click = #"{"type":"track","event":"Product Clicked","messageId":"m1","timestamp":"2024-03-03T12:15:00.000Z","anonymousId":"a","userId":"USER","properties":{"resolvedBidId":"b1","email":"x@y.z"}}"#

    func testRunDiscardsFilteredEventsWithTheFilterNamedAndCountsThem() throws {
        let file = try TemporaryFiles.write(filters)
        let events = [
            click.replacingOccurrences(of: "USER", with: "u1"),
            click.replacingOccurrences(of: "USER", with: "test-2"),
            click.replacingOccurrences(of: "USER", with: "u3").replacingOccurrences(of: #""properties""#, with: #""integrations":{"Topsort":false},"properties""#),
        ].joined(separator: "\n") + "\n"
        let (out, discards) = try runTopsort(["--filters", file], events: events)
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertEqual(out.stdout.split(separator: "\n").count, 1, out.stdout)
        XCTAssertFalse(out.stdout.contains("x@y.z"), "the filtered event is what the mapping sees")
        XCTAssertTrue(out.stderr.contains("read 3 events: 1 with requests (1 request), 2 discarded (2 filtered out), 0 errors"), out.stderr)
        let lines = discards.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, discards)
        XCTAssertTrue(lines[0].hasPrefix(#"{"line":2,"reason":"destination filter \"Drop test traffic\" (#1): drop","filter":{"number":1,"title":"Drop test traffic","action":"drop"},"event":"#), lines[0])
        XCTAssertTrue(lines[1].hasPrefix(#"{"line":3,"reason":"integrations: Topsort is false","event":"#), lines[1])
    }

    func testAliasesAnswerForTheDestination() throws {
        let event = click.replacingOccurrences(of: "USER", with: "u1")
            .replacingOccurrences(of: #""properties""#, with: #""integrations":{"All":false,"Topsort (Actions)":true},"properties""#)
        let (plain, _) = try runTopsort([], events: event + "\n")
        XCTAssertTrue(plain.stderr.contains("0 with requests"), plain.stderr)
        let (aliased, _) = try runTopsort(["--alias", "Topsort (Actions)", "--alias", "TS"], events: event + "\n")
        XCTAssertTrue(aliased.stderr.contains("1 with requests"), aliased.stderr)
    }

    func testABadFiltersFileIsLocatedAndStopsTheRun() throws {
        let file = try TemporaryFiles.write(#"[{"if": "all", "actions": [{"type": "drop"}]}, {"if": "type = ", "actions": [{"type": "sample", "percent": 5}]}]"#)
        let (out, discards) = try runTopsort(["--filters", file], events: click + "\n")
        XCTAssertEqual(out.status, 2)
        XCTAssertEqual(out.stdout, "")
        XCTAssertEqual(discards, "")
        XCTAssertTrue(out.stderr.contains("\(file) /1/if: error: not a valid FQL condition: expected a value after '=' at column 8"), out.stderr)
        XCTAssertTrue(out.stderr.contains("\(file) /1/actions/0/percent: error: "), out.stderr)
        XCTAssertFalse(out.stderr.contains("read "), "nothing is processed")

        let broken = try TemporaryFiles.write("[{")
        let (parse, _) = try runTopsort(["--filters", broken], events: click + "\n")
        XCTAssertEqual(parse.status, 2)
        XCTAssertTrue(parse.stderr.contains("\(broken):1:3: error: "), parse.stderr)
    }

    func testFQLMatchExplainsWhichFilterDroppedOrChangedTheEvent() throws {
        let file = try TemporaryFiles.write(filters)
        let input = """
        {"type":"track","userId":"test-1","properties":{"email":"a@b.c"}}
        {"type":"track","userId":"u2","properties":{"email":"a@b.c"}}
        {"type":"track","userId":"u3","properties":{"email":"a@b.c","plan":"pro"}}
        """
        let trigger = "type = 'track' and properties.email != null"
        let out = try ActionsProcess.run(["fql", "match", "--explain", "--filters", file, trigger], stdin: input + "\n")
        XCTAssertEqual(out.status, 0, out.stderr)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], #"line 1: no match: destination filter "Drop test traffic" (#1): drop"#)
        XCTAssertEqual(lines[1], #"line 2: no match: properties.email != null failed: properties.email is missing (changed by destination filter "Keep PII out" (#2): drop_properties properties.email)"#)
        XCTAssertTrue(out.stderr.contains("0 matched, 3 did not match (1 filtered out), 0 malformed"), out.stderr)

        let alone = try ActionsProcess.run(["fql", "match", "--explain", "--filters", file, "true"], stdin: input + "\n")
        XCTAssertEqual(alone.stdout.split(separator: "\n").last.map(String.init),
                       #"line 3: match (changed by destination filter "Keep PII out" (#2): drop_properties properties.email)"#)

        let bad = try TemporaryFiles.write(#"[{"if": "all"}]"#)
        let failed = try ActionsProcess.run(["fql", "match", "--filters", bad, "true"], stdin: "{}\n")
        XCTAssertEqual(failed.status, 2)
        XCTAssertTrue(failed.stderr.contains(#"\#(bad) /0: error: the filter has no "actions""#), failed.stderr)
    }
}
