import JSONValues
import Triggers
import XCTest

/// Reference-dialect conditions evaluate as the reference's validate.ts; the rest as the
/// full language documents.
final class EvaluatorTests: XCTestCase {
    func evaluate(_ leaf: String, _ event: String) -> Bool {
        guard let t = try? Trigger(conditionTree: tree(leaf)) else {
            XCTFail("tree did not compile: \(leaf)")
            return false
        }
        return t.matches(json(event))
    }

    func testEqualsComparesWithTheValueAsText() {
        let leaf = #"{"type":"event-property","name":"v","operator":"=","value":123}"#
        XCTAssertTrue(evaluate(leaf, #"{"properties":{"v":"123"}}"#))
        XCTAssertFalse(evaluate(leaf, #"{"properties":{"v":123}}"#))
        let boolLeaf = #"{"type":"event-property","name":"v","operator":"=","value":true}"#
        XCTAssertTrue(evaluate(boolLeaf, #"{"properties":{"v":"true"}}"#))
        XCTAssertFalse(evaluate(boolLeaf, #"{"properties":{"v":true}}"#))
    }

    func testNotEqualsHoldsForMissingAndOtherTypes() {
        let leaf = #"{"type":"event-property","name":"v","operator":"!=","value":"x"}"#
        XCTAssertTrue(evaluate(leaf, #"{}"#))
        XCTAssertTrue(evaluate(leaf, #"{"properties":{"v":1}}"#))
        XCTAssertFalse(evaluate(leaf, #"{"properties":{"v":"x"}}"#))
    }

    func testNumericOperatorsNeedNumbers() {
        let leaf = #"{"type":"event-property","name":"v","operator":">","value":"0x10"}"#
        XCTAssertTrue(evaluate(leaf, #"{"properties":{"v":17}}"#))
        XCTAssertFalse(evaluate(leaf, #"{"properties":{"v":"17"}}"#))
        let nan = #"{"type":"event-property","name":"v","operator":"number_not_equals","value":"abc"}"#
        XCTAssertTrue(evaluate(nan, #"{"properties":{"v":1}}"#))
        XCTAssertFalse(evaluate(nan, #"{"properties":{"v":"1"}}"#))
        let blank = #"{"type":"event-property","name":"v","operator":"number_equals","value":"  "}"#
        XCTAssertTrue(evaluate(blank, #"{"properties":{"v":0}}"#))
    }

    func testStringOperatorsNeedStrings() {
        let leaf = #"{"type":"event-property","name":"v","operator":"not_contains","value":"b"}"#
        XCTAssertTrue(evaluate(leaf, #"{"properties":{"v":"xyz"}}"#))
        XCTAssertFalse(evaluate(leaf, #"{"properties":{"v":5}}"#))
        XCTAssertFalse(evaluate(leaf, #"{}"#))
        let num = #"{"type":"event","operator":"contains","value":5}"#
        XCTAssertTrue(evaluate(num, #"{"event":"a5b"}"#))
    }

    func testEqualityIsByteExactNotCanonical() {
        // "é" precomposed vs "e" + combining accent: equal in Swift, different in JavaScript.
        let leaf = "{\"type\":\"event\",\"operator\":\"=\",\"value\":\"caf\\u00e9\"}"
        XCTAssertTrue(evaluate(leaf, "{\"event\":\"caf\\u00e9\"}"))
        XCTAssertFalse(evaluate(leaf, "{\"event\":\"cafe\\u0301\"}"))
    }

    func testNestedPathsFollowGet() {
        let leaf = #"{"type":"event-property","name":"items[1].sku","operator":"=","value":"b"}"#
        XCTAssertTrue(evaluate(leaf, #"{"properties":{"items":[{"sku":"a"},{"sku":"b"}]}}"#))
        let length = #"{"type":"event-property","name":"items.length","operator":"number_equals","value":2}"#
        XCTAssertTrue(evaluate(length, #"{"properties":{"items":[1,2]}}"#))
        // A falsy value part-way through the path is what get() returns.
        let exists = #"{"type":"event-property","name":"a.b","operator":"exists"}"#
        XCTAssertTrue(evaluate(exists, #"{"properties":{"a":0}}"#))
        XCTAssertFalse(evaluate(exists, #"{"properties":{"a":null}}"#))
        XCTAssertFalse(evaluate(exists, #"{"properties":{"a":1}}"#))
    }

    func testNonObjectEventsMatchNothingButNotExists() {
        let leaf = #"{"type":"event","operator":"=","value":"x"}"#
        XCTAssertFalse(evaluate(leaf, #""x""#))
        XCTAssertFalse(evaluate(leaf, #"null"#))
        XCTAssertTrue(evaluate(#"{"type":"userId","operator":"not_exists"}"#, #"[]"#))
    }

    func testEmptyGroups() {
        XCTAssertEqual((try? Trigger(conditionTree: json(#"{"type":"group","operator":"and","children":[]}"#)))?.matches(json("{}")), true)
        XCTAssertEqual((try? Trigger(conditionTree: json(#"{"type":"group","operator":"or","children":[]}"#)))?.matches(json("{}")), false)
    }

    func testMalformedTreesAreRejected() {
        for bad in [#"{"error":"boom"}"#, #"{"type":"event"}"#, #"{"type":"group","operator":"xor","children":[]}"#,
                    #"{"type":"group","operator":"and","children":[{"type":"event","operator":"like","value":"x"}]}"#,
                    #"{"type":"group","operator":"and","children":[{"type":"event-property","operator":"exists"}]}"#] {
            XCTAssertThrowsError(try Trigger(conditionTree: json(bad)), bad)
        }
    }

    // MARK: Full language

    func testFullEqualityIsTyped() {
        XCTAssertTrue(matches("properties.v = 1", #"{"properties":{"v":1.0}}"#))
        XCTAssertFalse(matches("properties.v = '1' or properties.v = true", #"{"properties":{"v":1}}"#))
        XCTAssertTrue(matches("properties.tags = ['a', 'b']", #"{"properties":{"tags":["a","b"]}}"#))
        XCTAssertTrue(matches("properties.a = properties.b", #"{"properties":{"a":"x","b":"x"}}"#))
        XCTAssertTrue(matches("properties.missing = properties.alsoMissing", #"{"properties":{}}"#))
    }

    func testInWithListsAndFields() {
        XCTAssertTrue(matches("type in ['track', 'page']", #"{"type":"page"}"#))
        XCTAssertFalse(matches("type in ['track', 'page']", #"{"type":"identify"}"#))
        XCTAssertTrue(matches("3 in properties.n", #"{"properties":{"n":[1,2,3.0]}}"#))
        XCTAssertFalse(matches("'a' in properties.s", #"{"properties":{"s":"abc"}}"#))
        XCTAssertTrue(matches("null in [1, null]", #"{}"#))
    }

    func testNegationAndNullRules() {
        XCTAssertTrue(matches("!(type = 'track')", #"{"type":"page"}"#))
        XCTAssertTrue(matches("!properties.enabled", #"{}"#))
        XCTAssertFalse(matches("properties.enabled or properties.other", #"{"properties":{"enabled":null}}"#))
        XCTAssertFalse(matches("properties.enabled and true", #"{"properties":{"enabled":1}}"#))
        XCTAssertTrue(matches("!!properties.enabled", #"{"properties":{"enabled":true}}"#))
        // The reference form !contains() needs a string; the negated group does not.
        XCTAssertFalse(matches("!contains(userId, 'a')", #"{}"#))
        XCTAssertTrue(matches("!(contains(userId, 'a'))", #"{}"#))
    }

    func testNumberComparisonsOnlyBetweenNumbers() {
        XCTAssertTrue(matches("length(properties.s) >= 3", #"{"properties":{"s":"abc"}}"#))
        XCTAssertFalse(matches("properties.s > 'a'", #"{"properties":{"s":"b"}}"#))
        XCTAssertTrue(matches("number(properties.s) > 1.5", #"{"properties":{"s":"2"}}"#))
    }

    func testArrayIndexesInFullPaths() {
        XCTAssertTrue(matches("properties.items.1.sku = 'b' and receivedAt = null", #"{"properties":{"items":[{"sku":"a"},{"sku":"b"}]}}"#))
    }

    func testConstantTriggers() {
        XCTAssertTrue(matches("true", "{}"))
        XCTAssertFalse(matches("false or false", "{}"))
    }
}
