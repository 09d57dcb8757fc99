import Foundation
import JSONValues
import MappingKit
import XCTest

final class ValidationTests: XCTestCase {
    func testDirectiveShapeErrors() {
        XCTAssertEqual(validationErrors(#"{"@path": "$.foo", "bar": "baz"}"#), ["/ should only have one @-prefixed key but it has 2 keys."])
        XCTAssertEqual(validationErrors(#"{"@path": "$.foo", "@bar": "baz"}"#), ["/ should only have one @-prefixed key but it has 2 keys."])
        XCTAssertEqual(validationErrors(#"{"@oops": {}}"#), ["/ has an invalid directive: @oops."])
        XCTAssertEqual(validationErrors(#"{"@template": "{{x}}", "_metadata": {"label": "X"}}"#), [])
    }

    func testAllErrorsAreCollectedWithPointers() {
        XCTAssertEqual(validationErrors(#"{"obj": {"@path": "foo.bar", "oops": true}, "hash": {"@template": {}}}"#), [
            "/obj should only have one @-prefixed key but it has 2 keys.",
            "/hash/@template should be a string or a mapping directive but it is an object.",
        ])
        XCTAssertEqual(validationErrors(#"{"a/b": {"@x": 1}, "l": [0, {"@y": 1}]}"#), [
            "/a~1b has an invalid directive: @x.",
            "/l/1 has an invalid directive: @y.",
        ])
    }

    func testErrorValueCarriesPointerAndMessage() {
        let errors = Mapping.validate(json(#"{"items": {"@replace": {"pattern": 1, "value": "x"}}}"#))
        XCTAssertEqual(errors, [MappingError(message: "should be a string but it is a number", pointer: "/items/@replace/pattern")])
    }

    func testInitThrowsTheFirstError() {
        XCTAssertThrowsError(try Mapping(json(#"{"a": {"@nope": 1}, "b": {"@nope2": 1}}"#))) { error in
            XCTAssertEqual(error as? MappingError, MappingError(message: "has an invalid directive: @nope", pointer: "/a"))
        }
    }

    func testValidMappings() {
        for text in [#"[1, 2]"#, #""foo""#, "12", #"{"hello": {"world!": true}}"#, #"{"@if": {"exists": 1, "else": 3}}"#, #"{"@path": {"@path": "$.foo.bar"}}"#] {
            XCTAssertEqual(validationErrors(text), [], text)
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        var text = #""x""#
        for _ in 0..<300 { text = #"{"@literal": \#(text)}"# }
        let errors = validationErrors(text)
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].contains("nested more than"), errors[0])
    }

    func testTopLevelNonObjectsResolveAsIs() {
        // Differs from the reference, which spreads them into an object.
        assertMaps(#"["cool", {"@path": "$.a"}]"#, #"{"a": 1}"#, to: #"["cool", 1]"#)
        assertMaps("123", to: "123")
        assertMaps(#""neat""#, to: #""neat""#)
    }
}

final class DeepMappingOnThreadTests: XCTestCase {
    /// A mapping near the depth limit (about 190 levels) compiles and evaluates on a secondary thread (small stack).
    func testDeepestAcceptedMappingOnASecondaryThread() throws {
        var text = #"{"@path": "$.a"}"#
        for i in 0..<110 {
            switch i % 4 {
            case 0: text = #"{"@if": {"exists": 1, "then": \#(text)}}"#
            case 1: text = #"{"@replace": {"pattern": "x", "value": \#(text)}}"#
            case 2: text = #"{"k": [\#(text)]}"#
            default: text = #"{"@transform": {"apply": {"a": {"@path": "$.a"}}, "mapping": {"v": \#(text)}}}"#
            }
        }
        let configuration = json(text)
        let done = UnsafeSendableBox<JSON?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let mapping = try? Mapping(configuration)
            done.value = try? mapping?.evaluate(["a": "xyz"])
            finished.signal()
        }
        thread.start()
        finished.wait()
        XCTAssertNotNil(done.value)
    }
}

final class DeepInputOnThreadTests: XCTestCase {
    /// Directives that walk a whole value cope with the deepest input the parser accepts.
    func testDeepInputOnASecondaryThread() throws {
        let depth = 500
        let text = String(repeating: #"{"a":["#, count: depth) + "1" + String(repeating: "]}", count: depth)
        let deep = try JSONParser.parse(text, maxDepth: 1100)
        let mapping = try Mapping(json(#"""
        {"f": {"@flatten": {"value": {"@path": "$.d"}, "separator": "."}},
         "j": {"@json": {"mode": "encode", "value": {"@path": "$.d"}}},
         "x": {"@excludeWhenNull": {"@path": "$.d"}},
         "s": {"@stringify": {"@path": "$.d"}}}
        """#))
        let result = UnsafeSendableBox<JSON?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = try? mapping.evaluate(["d": deep])
            finished.signal()
        }
        thread.start()
        finished.wait()
        XCTAssertEqual(result.value?["f"]?.objectValue?.count, 1)
        XCTAssertEqual(result.value?["j"]?.stringValue?.count, text.count)
    }
}

/// `Mapping.validate` reports what Segment's validator reports; problems the reference only
/// finds when an event is mapped are left to `Mapping.problems` and compilation.
final class EvaluationTimeProblemTests: XCTestCase {
    func testAcceptedByValidateButNotCompiled() {
        let cases = [
            #"{"@if": {}}"#,
            #"{"@case": {"value": "x"}}"#,
            #"{"@case": {"operator": "snake", "value": "x"}}"#,
            #"{"@merge": {"objects": []}}"#,
            #"{"@flatten": {"value": 1}}"#,
            #"{"@json": {"mode": "encode", "value": 0}}"#,
            #"{"@liquid": "{% for x in y %}{% endfor %}"}"#,
        ]
        for text in cases {
            let mapping = json(text)
            XCTAssertEqual(Mapping.validate(mapping).map(\.description), [], text)
            XCTAssertFalse(Mapping.problems(mapping).isEmpty, text)
            XCTAssertThrowsError(try Mapping(mapping), text)
        }
    }

    func testReferenceProblemsStillReported() {
        XCTAssertFalse(Mapping.validate(json(#"{"@nope": 1}"#)).isEmpty)
        XCTAssertFalse(Mapping.validate(json(#"{"@json": {"mode": "up", "value": 1}}"#)).isEmpty)
    }
}
