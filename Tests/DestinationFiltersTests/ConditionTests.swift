import DestinationFilters
import JSONValues
import XCTest

/// Filter conditions: FQL text, tsub's IR, `all`, and tsub's matcher object.
final class ConditionTests: XCTestCase {
    let event = json(#"{"type": "track", "event": "Order Completed", "userId": "u1", "properties": {"email": "qa@example.com", "total": 30, "tags": ["a", "b"]}, "context": {"library": {"name": "analytics.js"}}}"#)

    /// The same conditions written as FQL and as the IR Segment stores.
    func testFQLAndIRFormsAgree() throws {
        let pairs: [(String, String)] = [
            (#"type = 'track'"#, #"["=", "type", {"value": "track"}]"#),
            (#"type = 'page'"#, #"["=", "type", {"value": "page"}]"#),
            (#"contains(properties.email, '@example.com')"#, #"["contains", "properties.email", {"value": "@example.com"}]"#),
            (#"match(event, 'Order *') and properties.total >= 30"#, #"["and", ["match", "event", {"value": "Order *"}], [">=", "properties.total", {"value": 30}]]"#),
            (#"type in ['page', 'screen']"#, #"["in", "type", {"value": [{"value": "page"}, {"value": "screen"}]}]"#),
            (#"!(userId = 'u1')"#, #"["!", ["=", "userId", {"value": "u1"}]]"#),
            (#"lowercase(event) = 'order completed'"#, #"["=", ["lowercase", "event"], {"value": "order completed"}]"#),
            (#"length(userId) < 1"#, #"["<", ["length", "userId"], {"value": 1}]"#),
        ]
        for (fql, ir) in pairs {
            let a = try FilterCondition(json: .string(fql)).matches(event)
            let b = try FilterCondition(json: json(ir)).matches(event)
            XCTAssertEqual(a, b, "\(fql) vs \(ir)")
        }
        XCTAssertTrue(try FilterCondition(json: json(#"["contains", "properties.email", {"value": "@example.com"}]"#)).matches(event))
    }

    func testAllAndTheMatcherObject() throws {
        XCTAssertTrue(try FilterCondition(json: " all ").matches(json("{}")))
        XCTAssertTrue(try FilterCondition(json: json(#"{"type": "all", "ir": ""}"#)).matches(json("{}")))
        XCTAssertTrue(try FilterCondition(json: json(#"{"type": "fql", "ir": "[\"=\", \"type\", {\"value\": \"track\"}]"}"#)).matches(event))
        XCTAssertFalse(try FilterCondition(json: json(#"{"type": "fql", "ir": ""}"#)).matches(event), "an empty IR passes nothing")
        XCTAssertThrowsError(try FilterCondition(json: json(#"{"type": "regex", "ir": ""}"#)))
    }

    /// tsub-js's value rules for the IR.
    func testIRValueRules() throws {
        func holds(_ ir: String, _ e: String = "{}") throws -> Bool { try IRCondition(json: json(ir)).matches(json(e)) }
        // typeof gives JavaScript's names; length counts UTF-16 units and is NaN for non-lists.
        XCTAssertTrue(try holds(#"["=", ["typeof", "missing"], {"value": "undefined"}]"#))
        XCTAssertTrue(try holds(#"["=", ["typeof", {"value": null}], {"value": "object"}]"#))
        XCTAssertTrue(try holds(#"["=", ["length", {"value": "é😀"}], {"value": 3}]"#))
        XCTAssertTrue(try holds(#"["=", ["length", {"value": null}], {"value": 0}]"#))
        XCTAssertFalse(try holds(#"[">=", ["length", {"value": 5}], {"value": 0}]"#), "NaN compares false")
        XCTAssertTrue(try holds(#"["!=", ["length", "missing"], ["length", "missing"]]"#), "NaN equals nothing")
        // = is strict; a missing field is not null; lists and objects compare as JSON text.
        XCTAssertFalse(try holds(#"["=", {"value": 1}, {"value": "1"}]"#))
        XCTAssertFalse(try holds(#"["=", "missing", {"value": null}]"#))
        XCTAssertTrue(try holds(#"["=", "missing", "alsoMissing"]"#))
        XCTAssertTrue(try holds(#"["=", "o", {"value": {"a": 1, "b": 2}}]"#, #"{"o": {"a": 1, "b": 2}}"#))
        XCTAssertFalse(try holds(#"["=", "o", {"value": {"b": 2, "a": 1}}]"#, #"{"o": {"a": 1, "b": 2}}"#), "key order counts")
        XCTAssertTrue(try holds(#"["=", "tags", {"value": [{"value": "a"}, {"value": "b"}]}]"#, #"{"tags": ["a", "b"]}"#))
        // A condition holds only when it is the boolean true; under and/or/! truthiness counts.
        XCTAssertFalse(try holds(#"["lowercase", {"value": "A"}]"#))
        XCTAssertTrue(try holds(#"["and", ["lowercase", {"value": "A"}], "flag"]"#, #"{"flag": true}"#))
        XCTAssertFalse(try holds(#""flag""#, #"{"flag": "true"}"#))
        // Dot paths read as dlv does: a falsy value part-way yields nothing.
        XCTAssertTrue(try holds(#"["=", ["typeof", "a.b"], {"value": "undefined"}]"#, #"{"a": 0}"#))
        XCTAssertTrue(try holds(#"["=", "a.1.b", {"value": 2}]"#, #"{"a": [{}, {"b": 2}]}"#))
        // Nested calls are evaluated wherever they stand (tsub-js takes them as lists there).
        XCTAssertTrue(try holds(#"["contains", ["lowercase", "e"], {"value": "abc"}]"#, #"{"e": "xABCx"}"#))
        // Globs follow Segment's set rules; a malformed pattern never matches.
        XCTAssertFalse(try holds(#"["match", {"value": "-"}, {"value": "[-]"}]"#))
        XCTAssertTrue(try holds(#"["!", ["match", {"value": "-"}, {"value": "[-]"}]]"#))
        XCTAssertTrue(try holds(#"["match", "p", "glob"]"#, #"{"p": "ab/c", "glob": "a*"}"#))
    }

    func testIRProblemsAreLocated() {
        func problem(_ ir: String) -> FilterProblem? {
            do { _ = try IRCondition(json: json(ir)); return nil } catch { return error }
        }
        XCTAssertEqual(problem(#"["and", ["=", "type", {"value": 1}], ["frob", "x"]]"#)?.pointer, "/2/0")
        XCTAssertEqual(problem(#"["=", "type"]"#)?.message, "'=' takes 2 operands, found 1")
        XCTAssertEqual(problem(#"["=", "type", 5]"#)?.pointer, "/2")
        XCTAssertEqual(problem(#"["=", "type", {"val": 5}]"#)?.pointer, "/2")
        XCTAssertEqual(problem("[]")?.pointer, "")
        let deep = String(repeating: #"["!", "#, count: 100) + #""x""# + String(repeating: "]", count: 100)
        XCTAssertNotNil(problem(deep), "nesting is limited")
    }
}
