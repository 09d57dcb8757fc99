import JSONValues
import MappingKit
import XCTest

/// Behaviours found by running generated mappings through the reference and this engine.
final class DifferentialFindingsTests: XCTestCase {
    func testPathThroughTruthyScalarIsAbsentNotNull() {
        // `1["d"]` and `true["d"]` are undefined in the reference.
        assertAbsent(#"{"@path": "$.a.c.d"}"#, #"{"a": {"c": 1}}"#)
        assertAbsent(#"{"@path": "$.a.c.d"}"#, #"{"a": {"c": true}}"#)
        assertAbsent(#"{"@path": "$.arr[1.0]"}"#, #"{"arr": [10, 20]}"#)
        assertMaps(#"{"r": {"@path": "$.a.c.d"}, "k": 1}"#, #"{"a": {"c": 2.5}}"#, to: #"{"k": 1}"#)
        // Falsy scalars still stop the walk and are the result.
        assertMaps(#"{"@path": "$.a.c.d"}"#, #"{"a": {"c": 0}}"#, to: "0")
        assertMaps(#"{"@path": "$.a.c.d"}"#, #"{"a": {"c": false}}"#, to: "false")
    }

    func testArrayPathShapeOnScalarItems() {
        assertMaps(#"{"@arrayPath": ["$.p", {"x": {"@path": "$.x"}, "y": {"@path": "$.x.y"}}]}"#,
                   #"{"p": [{"x": 1}, 5]}"#, to: #"[{"x": 1}, {}]"#)
    }

    func testLowercaseFinalSigma() {
        assertMaps(#"{"@case": {"operator": "lower", "value": {"@path": "$.v"}}}"#, #"{"v": "ΌΣΟΣ"}"#, to: #""όσος""#)
        assertMaps(#"{"@case": {"operator": "lower", "value": {"@path": "$.v"}}}"#, #"{"v": "ΣΑ ΑΣ. Σ"}"#, to: #""σα ας. σ""#)
        assertMaps(#"{"@case": {"operator": "lower", "value": {"@path": "$.v"}}}"#, #"{"v": "MiXeD"}"#, to: #""mixed""#)
    }

    func testArrayPathErrorsNameTheDirectiveLikeTheReference() {
        XCTAssertEqual(validationErrors(#"{"@arrayPath": [1]}"#),
                       ["/@arrayPath should be a string or a mapping directive but it is a number."])
        XCTAssertEqual(validationErrors(#"{"@arrayPath": []}"#),
                       ["/@arrayPath should be a string or a mapping directive but it is an undefined."])
        XCTAssertEqual(validationErrors(#"{"@arrayPath": ["$.a", {"x": {"@bad": 1}}]}"#),
                       ["/@arrayPath/x has an invalid directive: @bad."])
        // The exact place is still kept as the error's pointer.
        XCTAssertEqual(Mapping.validate(json(#"{"@arrayPath": [1]}"#)).first?.pointer, "/@arrayPath/0")
    }

    func testMergeObjectErrorsStartFromTheRootLikeTheReference() {
        XCTAssertEqual(validationErrors(#"{"m": {"@merge": {"direction": "left", "objects": ["a", {"k": {"@x": 1}}]}}}"#),
                       ["/ should be a object or a mapping directive but it is a string.",
                        "/k has an invalid directive: @x."])
        XCTAssertEqual(Mapping.validate(json(#"{"@merge": {"direction": "left", "objects": [1]}}"#)).first?.pointer,
                       "/@merge/objects/0")
    }

    func testRootDirectiveHoldingAnArray() {
        assertMaps(#"{"__segment_internal_directive": {"@arrayPath": ["$.p", {}]}, "x": {"@path": "$.x"}}"#,
                   #"{"p": [{"x": 1}, {"x": 2}]}"#, to: #"[{"x": 1}, {"x": 2}]"#)
    }

    func testOptionHoldingAMalformedDirectiveIsReportedAsSuch() {
        XCTAssertEqual(validationErrors(#"{"@case": {"operator": {"@bad": 1}}}"#),
                       ["/@case/operator has an invalid directive: @bad."])
        XCTAssertEqual(validationErrors(#"{"@merge": {"direction": "left", "objects": {"@bad": 1}}}"#),
                       ["/@merge/objects has an invalid directive: @bad."])
        XCTAssertEqual(validationErrors(#"{"@json": {"mode": {"@path": "$.m", "x": 1}, "value": 1}}"#),
                       ["/@json/mode should only have one @-prefixed key but it has 2 keys."])
        // A well-formed directive where a string is wanted is still a wrong type.
        XCTAssertEqual(validationErrors(#"{"@case": {"operator": {"@path": "$.x"}}}"#),
                       ["/@case/operator should be a string but it is a directive."])
    }

    func testJSONEncodeListsIndexKeysFirstAsJavaScriptDoes() {
        assertMaps(#"{"@json": {"mode": "encode", "value": {"@merge": {"direction": "right", "objects": [{"z": 1}, {"@path": "$.v"}]}}}}"#,
                   #"{"v": {"b": 1, "10": 2, "2": 3, "01": 4, "4294967295": 5}}"#,
                   to: #""{\"2\":3,\"10\":2,\"z\":1,\"b\":1,\"01\":4,\"4294967295\":5}""#)
        assertMaps(#"{"@json": {"mode": "encode", "value": {"@json": {"mode": "decode", "value": "{\"b\":1,\"1\":{\"y\":1,\"0\":2}}"}}}}"#,
                   to: #""{\"1\":{\"0\":2,\"y\":1},\"b\":1}""#)
        assertMaps(#"{"@json": {"mode": "encode", "value": {"@path": "$.v"}}}"#, #"{"v": {"b": 1, "a": 2}}"#, to: #""{\"b\":1,\"a\":2}""#)
    }

    func testEveryOptionIsCheckedAsAMappingFirstLikeTheReference() {
        // Unknown option keys are still validated as mappings, and their problem is the
        // first one reported (the reference skips the option checks then).
        XCTAssertEqual(validationErrors(#"{"@if": {"separator": {"n": {"@bogus": 1}}}}"#).first,
                       "/@if/separator/n has an invalid directive: @bogus.")
        XCTAssertEqual(validationErrors(#"{"@replace": {"_metadata": {"@literal": {"@bogus": 1}}}}"#).first,
                       "/@replace/_metadata/@literal has an invalid directive: @bogus.")
        XCTAssertEqual(validationErrors(#"{"@json": {"exists": {"@transform": {"mapping": {}}}}}"#).first,
                       #"/@json/exists/@transform should have field "apply" but it doesn't."#)
        XCTAssertEqual(validationErrors(#"{"@replace": {"replacement": {"@if": []}, "pattern": "a", "value": "x"}}"#).first,
                       "/@replace/replacement/@if should be an object but it is an array.")
        // The exact place is kept as the pointer.
        XCTAssertEqual(Mapping.validate(json(#"{"m": {"@merge": {"direction": "left", "objects": [{"k": {"@x": 1}}]}}}"#)).first?.pointer,
                       "/m/@merge/objects/0/k")
        // A valid mapping stays valid.
        XCTAssertEqual(validationErrors(#"{"@replace": {"pattern": "a", "value": {"@path": "$.x"}, "zzz": [1, {"k": 2}]}}"#), [])
    }
}
