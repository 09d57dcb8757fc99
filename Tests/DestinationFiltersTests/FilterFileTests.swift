import DestinationFilters
import JSONValues
import XCTest

/// Reading filters files: the Public API's shape, and every problem located.
final class FilterFileTests: XCTestCase {
    func problems(_ text: String) -> [String] {
        do {
            _ = try FilterSet(parsing: Array(text.utf8))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testTheIssueExampleReads() throws {
        let set = try filterSet(#"""
        [{"title": "Example", "enabled": true, "if": "type = 'track'", "actions": [
            {"type": "drop"},
            {"type": "sample", "percent": 0.1, "path": "userId"},
            {"type": "drop_properties", "fields": {"properties": ["email"]}},
            {"type": "allow_properties", "fields": {"context": ["ip", "locale"]}}]}]
        """#)
        XCTAssertEqual(set.filters[0].actions.map(\.kind), [.drop, .sample, .dropProperties, .allowProperties])
        XCTAssertEqual(set.filters[0].actions.map(\.description), [
            "drop", "sample 10 % by userId", "drop_properties properties.email", "allow_properties context.ip, context.locale",
        ])
        XCTAssertEqual(set.filters[0].condition.description, "type = 'track'")
    }

    func testTypeNamesInEitherCaseAndThePublicAPIsAnswers() throws {
        let filter = #"{"id": "df_1", "workspaceId": "w", "sourceId": "s", "destinationId": "d", "title": "T", "description": "x", "if": "all", "enabled": true, "createdAt": "2024-01-01", "updatedAt": "2024-01-02", "actions": [{"type": "DROP_PROPERTIES", "fields": {"": ["userId"]}}, {"type": "Sample", "percent": 1}, {"type": "sample_event", "percent": 1}]}"#
        XCTAssertEqual(try filterSet("[\(filter)]").filters.count, 1)
        XCTAssertEqual(try filterSet(#"{"filters": [\#(filter)]}"#).filters.count, 1)
        XCTAssertEqual(try filterSet(#"{"data": {"filters": [\#(filter)], "pagination": {}}}"#).filters.count, 1)
        XCTAssertTrue(try filterSet("[]").isEmpty)
    }

    func testTsubShapedActionsAndConditionsRead() throws {
        let set = try filterSet(#"""
        [{"if": {"type": "fql", "ir": "[\"=\", \"type\", {\"value\": \"track\"}]"},
          "actions": [{"type": "drop_properties", "config": {"drop": {"properties": ["email"]}}}]}]
        """#)
        XCTAssertEqual(set.apply(to: json(#"{"type": "track", "properties": {"email": "x", "a": 1}}"#)).event,
                       json(#"{"type": "track", "properties": {"a": 1}}"#))
    }

    /// tsub-js ignores hash_properties; a file asking for it must not pass PII on silently.
    func testHashPropertiesIsRefusedInAFile() {
        XCTAssertEqual(problems(#"[{"if": "all", "actions": [{"type": "hash_properties", "config": {"hash": {"properties": ["email"]}}}]}]"#),
                       ["/0/actions/0/type: hash_properties is not supported: tsub-js ignores it, so the properties would reach the destination unhashed"])
        XCTAssertEqual(problems(#"[{"if": "all", "actions": [{"type": "HASH_PROPERTIES"}]}]"#).first?.hasPrefix("/0/actions/0/type: unknown action type"), true)
    }

    func testEveryProblemIsReportedWithItsPlace() {
        XCTAssertEqual(problems(#"""
        [{"title": "ok", "if": "all", "actions": [{"type": "drop"}]},
         {"title": 5, "enabled": "yes", "if": "type = ", "actions": [{"type": "sample", "percent": 10}, {"type": "explode"}, {"type": "drop", "fields": {}}]},
         {"if": ["frob"], "actions": [{"type": "drop_properties", "fields": {"properties": "email"}}], "enabeld": true},
         {"actions": []},
         "not a filter",
         {"if": 3, "actions": [{"type": "map_properties", "map": {"a": {"set": 1, "copy": "b"}}}, {"type": "allow_properties"}, {}]}]
        """#), [
            "/1/title: 'title' is a string, not number",
            "/1/enabled: 'enabled' is true or false, not string",
            "/1/if: not a valid FQL condition: expected a value after '=' at column 8",
            "/1/actions/0/percent: 'percent' is the share of events to keep, a number from 0 to 1 (0.1 keeps 10 %)",
            #"/1/actions/1/type: unknown action type "explode" (known, in any letter case: drop, sample, drop_properties, allow_properties, map_properties)"#,
            "/1/actions/2/fields: drop takes no 'fields' (it takes nothing but its type)",
            "/2/enabeld: unknown member 'enabeld' (a filter has title, description, enabled, if and actions)",
            "/2/if/0: unknown operator 'frob' (known: and, or, !, =, !=, <, <=, >, >=, in, contains, match, lowercase, length, typeof)",
            "/2/actions/0/fields/properties: the keys are a list of strings, not string",
            #"/3: the filter has no "if" (FQL text, the IR, or "all")"#,
            "/3/actions: the filter has no actions",
            #"/4: a filter is an object with "if" and "actions", not string"#,
            #"/5/if: a condition is FQL text (a string), the IR (an array such as ["=", "type", {"value": "track"}]) or "all", not number"#,
            "/5/actions/0/map/a: set, copy and move exclude each other; this action has set and copy",
            #"/5/actions/1: allow_properties needs "fields""#,
            #"/5/actions/2: the action has no "type""#,
        ])
    }

    func testMalformedJSONAndWrongShapes() {
        XCTAssertEqual(problems("[{"), ["/: not valid JSON: line 1, column 3: expected an object key but the input ended"])
        XCTAssertEqual(problems(#"{"if": "all"}"#), ["/: a filters file is a JSON array of filters, not object"])
        XCTAssertEqual(problems(#"{"filters": [{"if": "all", "actions": [{"type": "nope"}]}]}"#).first?.hasPrefix("/filters/0/actions/0/type:"), true)
    }

    /// A file with a problem yields no filters at all: nothing is applied half-way.
    func testNothingOfAFileWithAProblemIsUsed() {
        XCTAssertThrowsError(try FilterSet(parsing: Array(#"[{"if": "all", "actions": [{"type": "drop"}]}, {"if": "all", "actions": [{"type": "bad"}]}]"#.utf8))) { error in
            XCTAssertEqual((error as? FilterFileError)?.problems.count, 1)
        }
    }
}
