import JSONValues
import MappingKit
import XCTest

final class ConditionalDirectiveTests: XCTestCase {
    let event = #"{"a": 1, "t": true, "f": false, "n": null, "e": "", "z": 0, "arr": [], "o": {}}"#

    func testExists() {
        assertMaps(#"{"@if": {"exists": {"@path": "$.f"}, "then": 1, "else": 2}}"#, event, to: "1")
        assertMaps(#"{"@if": {"exists": {"@path": "$.n"}, "then": 1, "else": 2}}"#, event, to: "2")
        assertMaps(#"{"@if": {"exists": {"@path": "$.x"}, "then": 1, "else": 2}}"#, event, to: "2")
    }

    /// "This field if it is there, else that one": the tested value is the answer, so it
    /// is read once; the results are those of reading it twice.
    func testThenOnTheTestedPath() {
        for (path, expected) in [("f", "false"), ("a", "1"), ("o", "{}"), ("n", #""b""#), ("x", #""b""#), ("e", #""""#)] {
            assertMaps(#"{"@if": {"exists": {"@path": "$.\#(path)"}, "then": {"@path": "$.\#(path)"}, "else": "b"}}"#, event, to: expected)
        }
        for (path, expected) in [("a", "1"), ("t", "true"), ("e", #""b""#), ("z", #""b""#), ("n", #""b""#), ("x", #""b""#)] {
            assertMaps(#"{"@if": {"blank": {"@path": "$.\#(path)"}, "then": {"@path": "\#(path)"}, "else": "b"}}"#, event, to: expected)
        }
        // A different path in `then` is read for itself.
        assertMaps(#"{"@if": {"exists": {"@path": "$.a"}, "then": {"@path": "$.t"}, "else": "b"}}"#, event, to: "true")
        // Without an else, a failed test is absent.
        assertMaps(#"{"k": {"@if": {"exists": {"@path": "$.n"}, "then": {"@path": "$.n"}}}}"#, event, to: "{}")
    }

    func testBlankUsesLooseEqualityWithEmptyString() {
        for (path, expected) in [("a", "1"), ("t", "1"), ("o", "1"), ("f", "2"), ("n", "2"), ("e", "2"), ("z", "2"), ("arr", "2"), ("x", "2")] {
            assertMaps(#"{"@if": {"blank": {"@path": "$.\#(path)"}, "then": 1, "else": 2}}"#, event, to: expected)
        }
    }

    func testMissingBranchesAreAbsent() {
        assertMaps(#"{"k": {"@if": {"exists": {"@path": "$.x"}, "then": 1}}}"#, event, to: "{}")
        assertMaps(#"{"k": {"@if": {"exists": {"@path": "$.a"}, "else": 1}}}"#, event, to: "{}")
        // A falsy else (null) is not taken, as in the reference.
        assertMaps(#"{"k": {"@if": {"exists": {"@path": "$.x"}, "then": 1, "else": null}}}"#, event, to: "{}")
        // A null then is kept.
        assertMaps(#"{"k": {"@if": {"exists": {"@path": "$.a"}, "then": null}}}"#, event, to: #"{"k": null}"#)
    }

    func testIfErrors() {
        assertFails(#"{"@if": {"then": 1}}"#, containing: #"@if requires an "exists" key or a "blank" key"#)
        XCTAssertEqual(validationErrors(#"{"@if": {"exists": true, "then": {"@oops": {}}}}"#), ["/@if/then has an invalid directive: @oops."])
        XCTAssertEqual(validationErrors(#"{"@if": 3}"#), ["/@if should be an object but it is a number."])
    }

    func testCase() {
        assertMaps(#"{"@case": {"operator": "upper", "value": {"@path": "$.s"}}}"#, #"{"s": "abc"}"#, to: #""ABC""#)
        assertMaps(#"{"@case": {"operator": "lower", "value": "ABC"}}"#, to: #""abc""#)
        assertMaps(#"{"@case": {"operator": "lower", "value": {"@path": "$.n"}}}"#, event, to: "null")
        assertAbsent(#"{"@case": {"operator": "lower", "value": {"@path": "$.x"}}}"#, event)
        assertAbsent(#"{"@case": {"operator": "lower"}}"#)
        assertFails(#"{"@case": {"value": "x"}}"#, containing: #"@case requires a "operator" key"#)
        assertFails(#"{"@case": {"operator": "title", "value": "x"}}"#, containing: #"operator key should have a value of "lower" or "upper""#)
        XCTAssertEqual(validationErrors(#"{"@case": "x"}"#), ["/@case should be an object but it is a string."])
    }

    func testCoalesce() {
        assertMaps(#"{"@coalesce": [{"@path": "$.x"}, {"@path": "$.n"}, {"@path": "$.f"}, 9]}"#, event, to: "false")
        assertMaps(#"{"@coalesce": [{"@path": "$.x"}, "default"]}"#, event, to: #""default""#)
        assertAbsent(#"{"@coalesce": [{"@path": "$.x"}, null]}"#, event)
        assertAbsent(#"{"@coalesce": []}"#, event)
        XCTAssertEqual(validationErrors(#"{"@coalesce": {"a": 1}}"#), ["/@coalesce should be an array but it is an object."])
        XCTAssertEqual(validationErrors(#"{"@coalesce": [1, {"@nope": 1}]}"#), ["/@coalesce/1 has an invalid directive: @nope."])
    }

    func testExcludeWhenNull() {
        let input = #"{"n": null, "o": {"a": null, "b": {"c": null, "d": 1}, "arr": [null]}}"#
        assertMaps(#"{"k": {"@excludeWhenNull": {"@path": "$.n"}}}"#, input, to: "{}")
        assertMaps(#"{"k": {"@excludeWhenNull": {"@path": "$.o"}}}"#, input, to: #"{"k": {"b": {"d": 1}, "arr": [null]}}"#)
        assertMaps(#"{"k": {"@excludeWhenNull": {"@literal": 0}}}"#, input, to: #"{"k": 0}"#)
    }
}
