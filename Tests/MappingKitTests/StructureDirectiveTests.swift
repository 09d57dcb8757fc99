import JSONValues
import MappingKit
import XCTest

final class StructureDirectiveTests: XCTestCase {
    let products = #"{"properties": {"products": [{"id": "a", "price": 1}, {"id": "b"}], "one": {"id": "c"}}}"#

    func testRawValuesAndAbsentVersusNull() throws {
        assertMaps(#"{"a": 1, "b": null, "c": {"@path": "$.x"}, "d": {"e": {"@path": "$.x"}}, "f": [1, {"@path": "$.x"}]}"#, to: #"{"a": 1, "b": null, "d": {}, "f": [1, null]}"#)
        let m = try Mapping(json(#"{"a": [1, {"b": "c"}]}"#))
        XCTAssertEqual(m.constantValue, json(#"{"a": [1, {"b": "c"}]}"#))
    }

    func testLiteralResolvesNestedDirectives() {
        assertMaps(#"{"@literal": {"a": {"@path": "$.a"}, "b": {"@path": "$.b"}}}"#, #"{"a": 1}"#, to: #"{"a": 1}"#)
        assertMaps(#"{"@literal": false}"#, to: "false")
    }

    func testArrayPath() {
        assertMaps(#"{"@arrayPath": ["$.properties.products"]}"#, products, to: #"[{"id": "a", "price": 1}, {"id": "b"}]"#)
        assertMaps(#"{"@arrayPath": ["$.properties.products", {"pid": {"@path": "$.id"}, "p": {"@path": "$.price"}}]}"#, products, to: #"[{"pid": "a", "p": 1}, {"pid": "b"}]"#)
        assertMaps(#"{"@arrayPath": ["$.properties.one", {"pid": {"@path": "$.id"}}]}"#, products, to: #"[{"pid": "c"}]"#)
        assertAbsent(#"{"@arrayPath": ["$.missing", {"pid": {"@path": "$.id"}}]}"#, products)
        assertMaps(#"{"@arrayPath": [{"@path": "$.properties.products"}, {"pid": {"@path": "$.id"}}]}"#, products, to: #"[{"pid": "a"}, {"pid": "b"}]"#)
        XCTAssertEqual(validationErrors(#"{"@arrayPath": "nope"}"#), ["/@arrayPath should be an array but it is a string."])
        XCTAssertEqual(validationErrors(#"{"items": {"@arrayPath": ["$.p", {"productId": {"@nope": 1}}]}}"#), ["/items/@arrayPath/productId has an invalid directive: @nope."])
        // The wording names the place as the reference does; the exact place is the pointer.
        XCTAssertEqual(Mapping.validate(json(#"{"items": {"@arrayPath": ["$.p", {"productId": {"@nope": 1}}]}}"#)).first?.pointer,
                       "/items/@arrayPath/1/productId")
    }

    func testMerge() {
        let input = #"{"t": {"name": "T", "hood": "L"}, "p": {"hood": "M"}}"#
        assertMaps(#"{"@merge": {"direction": "right", "objects": [{"@path": "$.t"}, {"@path": "$.p"}]}}"#, input, to: #"{"name": "T", "hood": "M"}"#)
        assertMaps(#"{"@merge": {"direction": "left", "objects": [{"@path": "$.t"}, {"@path": "$.p"}]}}"#, input, to: #"{"name": "T", "hood": "L"}"#)
        // Absent members never erase an earlier value (differs from the reference).
        assertMaps(#"{"@merge": {"direction": "right", "objects": [{"name": "default"}, {"name": {"@path": "$.x"}}]}}"#, input, to: #"{"name": "default"}"#)
        assertFails(#"{"@merge": {"objects": []}}"#, containing: #"@merge requires a "direction" key"#)
        XCTAssertEqual(validationErrors(#"{"@merge": {"direction": "up", "objects": [1]}}"#), [
            #"/@merge/direction should be one of left, right but it is "up"."#,
            // The reference validates each object from the root, so it names the place "/".
            "/ should be a object or a mapping directive but it is a number.",
        ])
    }

    func testTransform() {
        assertMaps(#"{"@transform": {"apply": {"foo": {"@path": "$.a"}}, "mapping": {"cool": {"@path": "$.foo"}}}}"#, #"{"a": 1}"#, to: #"{"cool": 1}"#)
        assertMaps(#"{"@transform": {"apply": {"@path": "$.x"}, "mapping": {"v": {"@path": "$.y"}}}}"#, to: "{}")
        assertFails(#"{"@arrayPath": ["$.l", {"@transform": {"apply": {"a": 1}, "mapping": {"b": 1}}}]}"#, #"{"l": ["s"]}"#, containing: "data must be an object, got string")
        XCTAssertEqual(validationErrors(#"{"@transform": {"@path": {}}}"#), ["/@transform should be an object but it is a directive."])
        XCTAssertEqual(validationErrors(#"{"@transform": {"apply": 1}}"#), [
            "/@transform/apply should be a object or a mapping directive but it is a number.",
            #"/@transform should have field "mapping" but it doesn't."#,
        ])
    }

    func testRootDirectiveKey() {
        assertMaps(#"{"__segment_internal_directive": {"@transform": {"apply": {"p": {"@path": "$.a"}}}}, "out": {"@path": "$.p"}}"#, #"{"a": 5}"#, to: #"{"out": 5}"#)
        assertFails(#"{"__segment_internal_directive": {"@path": "a", "@x": 1}}"#, containing: "The root mapping must only have a single directive object")
    }

    func testFlatten() {
        let input = #"{"o": {"a": {"b": 1}, "l": [1, {"c": 2}], "e": {}, "n": null}}"#
        assertMaps(#"{"@flatten": {"value": {"@path": "$.o"}, "separator": "_"}}"#, input, to: #"{"a_b": 1, "l_0": 1, "l_1_c": 2, "n": null}"#)
        assertMaps(#"{"@flatten": {"value": {"@path": "$.o"}, "separator": ".", "omitArrays": true}}"#, input, to: #"{"a.b": 1, "l": [1, {"c": 2}], "n": null}"#)
        assertMaps(#"{"@flatten": {"value": {"@path": "$.x"}, "separator": "."}}"#, input, to: "{}")
        assertMaps(#"{"@flatten": {"value": 5, "separator": "."}}"#, input, to: #"{"": 5}"#)
        assertFails(#"{"@flatten": {"value": 1}}"#, containing: #"@flatten requires a "separator" key"#)
    }

    func testJSON() {
        assertMaps(#"{"@json": {"mode": "encode", "value": {"@path": "$.o"}}}"#, #"{"o": {"a": [1.50, "x\n", true, null]}}"#, to: #""{\"a\":[1.5,\"x\\n\",true,null]}""#)
        assertMaps(#"{"@json": {"mode": "encode", "value": {"@path": "$.n"}}}"#, #"{"n": null}"#, to: #""null""#)
        assertAbsent(#"{"@json": {"mode": "encode", "value": {"@path": "$.x"}}}"#)
        assertMaps(#"{"@json": {"mode": "decode", "value": {"@path": "$.s"}}}"#, #"{"s": " [1, 2] "}"#, to: "[1, 2]")
        assertMaps(#"{"@json": {"mode": "decode", "value": {"@path": "$.s"}}}"#, #"{"s": "not json"}"#, to: #""not json""#)
        assertMaps(#"{"@json": {"mode": "decode", "value": {"@path": "$.s"}}}"#, #"{"s": 3}"#, to: "3")
        assertFails(#"{"@json": {"mode": "encode", "value": 0}}"#, containing: #"@json requires a "value" key"#)
        XCTAssertEqual(validationErrors(#"{"@json": {"mode": "oops", "value": 1}}"#), [#"/@json/mode should be one of encode, decode but it is "oops"."#])
    }
}
