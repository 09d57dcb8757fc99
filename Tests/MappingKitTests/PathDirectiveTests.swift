import JSONValues
import MappingKit
import XCTest

final class PathDirectiveTests: XCTestCase {
    let event = #"{"a": {"b": [{"c": 1}, {"c": 2}], "n": null, "z": 0, "f": false, "e": ""}, "x y": {"q": 1}, "[t] k": 5, "s": "hey"}"#

    func testDotsBracketsAndRootMarker() {
        assertMaps(#"{"@path": "$.a.b[1].c"}"#, event, to: "2")
        assertMaps(#"{"@path": "a.b.0.c"}"#, event, to: "1")
        assertMaps(#"{"@path": "['a'][\"b\"][0].c"}"#, event, to: "1")
        assertMaps(#"{"@path": "$.x y.q"}"#, event, to: "1")
        assertMaps(#"{"@path": "[t] k"}"#, event, to: "5")
    }

    func testWholeInput() {
        assertMaps(#"{"@path": "$."}"#, #"{"k": 1}"#, to: #"{"k": 1}"#)
        assertMaps(#"{"@path": ""}"#, #"{"k": 1}"#, to: #"{"k": 1}"#)
        assertMaps(#"{"@path": "."}"#, #"{"k": 1}"#, to: #"{"k": 1}"#)
    }

    func testMissingIsAbsentAndNullIsKept() {
        assertAbsent(#"{"@path": "$.nope"}"#, event)
        assertAbsent(#"{"@path": "$.a.b[5]"}"#, event)
        assertMaps(#"{"k": {"@path": "$.nope"}, "n": {"@path": "$.a.n"}}"#, event, to: #"{"n": null}"#)
    }

    func testWalkStopsAtFalsyValuesLikeTheReference() {
        // `prev && prev[key]`: a falsy value met on the way is the result.
        assertMaps(#"{"@path": "$.a.n.deeper"}"#, event, to: "null")
        assertMaps(#"{"@path": "$.a.z.deeper"}"#, event, to: "0")
        assertMaps(#"{"@path": "$.a.f.deeper"}"#, event, to: "false")
        assertMaps(#"{"@path": "$.a.e.deeper"}"#, event, to: #""""#)
        assertAbsent(#"{"@path": "$.s.deeper"}"#, event)
    }

    func testArrayAndStringLength() {
        assertMaps(#"{"@path": "$.a.b.length"}"#, event, to: "2")
        assertMaps(#"{"@path": "$.s.length"}"#, event, to: "3")
        assertMaps(#"{"@path": "$.s[1]"}"#, event, to: #""e""#)
    }

    func testPathFromADirective() {
        assertMaps(#"{"@path": {"@path": "$.p"}}"#, #"{"p": "$.q", "q": 7}"#, to: "7")
        assertFails(#"{"@path": {"@path": "$.p"}}"#, #"{"p": 1}"#, containing: "@path: expected string, got number")
        assertFails(#"{"@path": {"@path": "$.p"}}"#, "{}", containing: "@path: expected string, got undefined")
    }

    func testInvalidPathValues() {
        XCTAssertEqual(validationErrors(#"{"@path": false}"#), ["/@path should be a string or a mapping directive but it is a boolean."])
        XCTAssertEqual(validationErrors(#"{"k": {"@path": {}}}"#), ["/k/@path should be a string or a mapping directive but it is an object."])
    }

    func testInputMustBeAnObject() {
        assertFails(#"{"a": 1}"#, "[]", containing: "data must be an object, got array")
        assertFails(#"{"a": 1}"#, "\"s\"", containing: "data must be an object, got string")
    }
}
