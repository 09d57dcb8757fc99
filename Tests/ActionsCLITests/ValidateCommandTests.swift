import TestSupport
import XCTest

/// `actions validate`, end to end: valid files pass with an `ok` line each and exit 0;
/// every problem of a broken one is printed at its place and the exit status is 1.
final class ValidateCommandTests: XCTestCase {
    func testShippedDefinitionsAndSubscriptionsAreValid() throws {
        let out = try ActionsProcess.run(["validate", "Mappings/topsort.json", "Mappings/antavo.json",
                                          "Mappings/examples/antavo.subscriptions.json", "--destination", "Mappings/antavo.json",
                                          "--settings", "Mappings/examples/antavo.settings.json"])
        XCTAssertEqual(out.status, 0, out.stderr)
        let lines = out.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, out.stderr)
        XCTAssertTrue(lines[0].hasPrefix("Mappings/antavo.json: ok (definition actions-antavo: "), out.stderr)
        XCTAssertEqual(lines[1], "Mappings/examples/antavo.settings.json: ok (settings for actions-antavo)")
        XCTAssertTrue(lines[2].hasPrefix("Mappings/topsort.json: ok (definition actions-topsort: "), out.stderr)
        XCTAssertEqual(lines[3], "Mappings/examples/antavo.subscriptions.json: ok (2 subscriptions for actions-antavo)")
    }

    func testEveryProblemOfABrokenDefinitionIsLocatedByItsPointer() throws {
        let broken = try TemporaryFiles.write(#"""
        {"name": "Broken", "slug": "broken", "extra": true,
         "actions": {"a": {"title": "A", "fields": {"x": {"type": "strng"}},
                           "request": {"method": "POST", "url": "https://example.com"}}}}
        """#)
        let out = try ActionsProcess.run(["validate", "Mappings/topsort.json", broken])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("Mappings/topsort.json: ok (definition actions-topsort"), out.stderr)
        XCTAssertTrue(out.stderr.contains("\n\(broken) /extra: error: "), out.stderr)
        XCTAssertTrue(out.stderr.contains("\n\(broken) /actions/a/fields/x/type: error: "), out.stderr)
        XCTAssertTrue(out.stderr.hasSuffix("\n2 problems found\n"), out.stderr)
    }

    func testASyntaxErrorIsLocatedAtItsLineAndColumn() throws {
        let broken = try TemporaryFiles.write("{\n  \"name\": \"X\",\n  \"actions\": {,}\n}")
        let out = try ActionsProcess.run(["validate", broken])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.hasPrefix("\(broken):3:15: error: "), out.stderr)
        XCTAssertTrue(out.stderr.hasSuffix("\n1 problem found\n"), out.stderr)
    }

    func testABrokenMappingAndAMissingFileAreLocated() throws {
        let mapping = try TemporaryFiles.write(#"{"items": {"@arrayPath": ["$.products", {"id": {"@pth": "$.id"}}]}}"#)
        let out = try ActionsProcess.run(["validate", mapping, "no/such/file.json"])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("\(mapping) /items/@arrayPath/1/id"), out.stderr)
        XCTAssertTrue(out.stderr.contains("no/such/file.json: error: cannot open (No such file or directory)"), out.stderr)
    }

    func testSubscriptionsAreCheckedAgainstTheDefinition() throws {
        let subscriptions = try TemporaryFiles.write(#"[{"name": "S", "trigger": "type = \"track\"", "action": "nope", "mapping": {}}]"#)
        let out = try ActionsProcess.run(["validate", "--destination", "Mappings/antavo.json", subscriptions])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("\(subscriptions) /0/action: error: "), out.stderr)
    }
}
