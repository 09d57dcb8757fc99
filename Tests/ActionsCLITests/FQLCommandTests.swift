import XCTest
import TestSupport

final class FQLCommandTests: XCTestCase {
    func testParsePrintsTheConditionTree() throws {
        let out = try ActionsProcess.run(["fql", "parse", #"type = "track" and event = "Order Completed""#])
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertTrue(out.stdout.contains(#""type": "event-type""#), out.stdout)
        XCTAssertTrue(out.stdout.contains(#""value": "Order Completed""#), out.stdout)
    }

    func testParseErrorNamesTheColumnWithACaret() throws {
        let out = try ActionsProcess.run(["fql", "parse", "type = "])
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.hasPrefix("actions fql parse: error: expected a value after '=' at column 8"), out.stderr)
        XCTAssertTrue(out.stderr.contains("\n  type = \n         ^"), out.stderr)
    }

    func testMatchExplainsEveryLineAndKeepsGoingAfterMalformedInput() throws {
        let input = """
        {"type":"track","event":"Order Updated"}
        {"type":"track","event":"Order Completed"}
        {not json
        {"type":"identify"}
        """
        let out = try ActionsProcess.run(["fql", "match", "--explain", #"type = "track" and event = "Order Completed""#], stdin: input + "\n")
        XCTAssertEqual(out.status, 1, "a malformed line makes the exit status 1")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, out.stdout)
        XCTAssertTrue(lines[0].hasPrefix("line 1: no match"), lines[0])
        XCTAssertTrue(lines[0].contains(#"event is "Order Updated""#), lines[0])
        XCTAssertEqual(lines[1], "line 2: match")
        XCTAssertTrue(lines[2].hasPrefix("line 3: malformed JSON at column 2"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("line 4: no match"), lines[3])
    }
}
