import XCTest
import TestSupport

final class MapCommandTests: XCTestCase {
    func testAppliesAMappingToStandardInput() throws {
        let mapping = try TemporaryFiles.write(#"{"total": {"@path": "$.properties.price"}, "missing": {"@path": "$.nope"}}"#)
        let out = try ActionsProcess.run(["map", "--mapping", mapping, "--compact"], stdin: #"{"properties": {"price": 12.50}}"#)
        XCTAssertEqual(out.status, 0, out.stderr)
        XCTAssertEqual(out.stdout, "{\"total\":12.50}\n")
    }

    func testInvalidMappingNamesThePlaceInTheMapping() throws {
        let mapping = try TemporaryFiles.write(#"{"items": {"@arrayPath": ["$.products", {"id": {"@pth": "$.id"}}]}}"#)
        let out = try ActionsProcess.run(["map", "--mapping", mapping], stdin: "{}")
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.contains("\(mapping) /items/@arrayPath/1/id: error: "), out.stderr)
    }

    func testMalformedInputIsLocated() throws {
        let mapping = try TemporaryFiles.write(#"{"a": 1}"#)
        let out = try ActionsProcess.run(["map", "--mapping", mapping], stdin: "{\n  \"a\": tru\n}")
        XCTAssertNotEqual(out.status, 0)
        XCTAssertTrue(out.stderr.contains("<stdin>:2:11: error: expected 'true'"), out.stderr)
    }

    func testAnEventThatIsNotAnObjectIsNamedAtTheEvent() throws {
        let mapping = try TemporaryFiles.write(#"{"a": 1}"#)
        let out = try ActionsProcess.run(["map", "--mapping", mapping], stdin: "[1]")
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.contains("<stdin>: error: the event must be a JSON object, got array"), out.stderr)
        XCTAssertFalse(out.stderr.contains(mapping), out.stderr)
    }
}
