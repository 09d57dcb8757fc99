import JSONValues
import Triggers
import XCTest

final class ParserTests: XCTestCase {
    func testReferenceTreeOfSimpleEquality() {
        let t = trigger("type = \"track\"")
        XCTAssertEqual(t?.conditionTree, tree("{\"type\":\"event-type\",\"operator\":\"=\",\"value\":\"track\"}"))
        XCTAssertNil(t?.referenceTreeError)
    }

    func testSingleQuotesGiveTheSameTree() {
        XCTAssertEqual(trigger("event = 'Order Completed'")?.conditionTree,
                       trigger("event = \"Order Completed\"")?.conditionTree)
    }

    func testEscapedQuotesInStrings() {
        let t = trigger(#"event = "say \"hi\"" or event = 'it\'s'"#)
        XCTAssertEqual(t?.matches(json(#"{"event":"say \"hi\""}"#)), true)
        XCTAssertEqual(t?.matches(json(#"{"event":"it's"}"#)), true)
    }

    func testNumbersBooleansAndNull() {
        XCTAssertEqual(trigger("properties.price = 10")?.conditionTree,
                       tree("{\"type\":\"event-property\",\"name\":\"price\",\"operator\":\"number_equals\",\"value\":10}"))
        XCTAssertEqual(trigger("properties.price != -1.5")?.conditionTree,
                       tree("{\"type\":\"event-property\",\"name\":\"price\",\"operator\":\"number_not_equals\",\"value\":-1.5}"))
        XCTAssertEqual(trigger("context.active = false")?.conditionTree,
                       tree("{\"type\":\"event-context\",\"name\":\"active\",\"operator\":\"is_false\"}"))
        XCTAssertEqual(trigger("userId = null")?.conditionTree,
                       tree("{\"type\":\"userId\",\"operator\":\"not_exists\"}"))
        XCTAssertEqual(trigger("event = null")?.conditionTree,
                       tree("{\"type\":\"event\",\"operator\":\"not_exists\"}"))
    }

    func testAndBindsTighterThanOr() {
        let t = trigger("type = \"a\" or type = \"b\" and event = \"c\"")
        XCTAssertEqual(t?.conditionTree, json("""
            {"type":"group","operator":"or","children":[
              {"type":"event-type","operator":"=","value":"a"},
              {"type":"group","operator":"and","children":[
                {"type":"event-type","operator":"=","value":"b"},
                {"type":"event","operator":"=","value":"c"}]}]}
            """))
    }

    func testNestedParenthesesKeepTheirGroups() {
        let t = trigger("((type = \"a\" and (event = \"b\" or event = \"c\")))")
        XCTAssertEqual(t?.conditionTree, json("""
            {"type":"group","operator":"and","children":[
              {"type":"event-type","operator":"=","value":"a"},
              {"type":"group","operator":"or","children":[
                {"type":"event","operator":"=","value":"b"},
                {"type":"event","operator":"=","value":"c"}]}]}
            """))
    }

    func testEscapedFieldPath() {
        let t = trigger(#"properties.product\ 1.price = "19.99""#)
        XCTAssertEqual(t?.conditionTree,
                       tree(#"{"type":"event-property","name":"product 1.price","operator":"=","value":"19.99"}"#))
    }

    func testMatchPatternsThatFitTheReference() {
        XCTAssertEqual(trigger("match(event, \"*\")")?.conditionTree,
                       tree("{\"type\":\"event\",\"operator\":\"starts_with\",\"value\":\"\"}"))
        XCTAssertEqual(trigger(#"match(event, "a\*b*")"#)?.conditionTree,
                       tree(#"{"type":"event","operator":"starts_with","value":"a*b"}"#))
        XCTAssertEqual(trigger("!match(properties.email, '*@example.com')")?.conditionTree,
                       tree("{\"type\":\"event-property\",\"name\":\"email\",\"operator\":\"not_ends_with\",\"value\":\"@example.com\"}"))
    }

    func testFullLanguageTriggersHaveNoTreeButAReason() {
        let cases: [(String, String)] = [
            ("type in ['track', 'identify']", "'in'"),
            ("length(userId) > 0", "length()"),
            ("match(event, 'a*b')", "match()"),
            ("!(type = 'track')", "negate"),
            ("context.library.version = '1.0' and receivedAt != null", "receivedAt"),
            ("type = properties.kind", "field 'properties.kind'"),
            ("properties.x < 'abc'", "number"),
            ("properties = null", "inside"),
        ]
        for (text, fragment) in cases {
            guard let t = trigger(text) else { continue }
            XCTAssertNil(t.conditionTree, text)
            XCTAssertTrue(t.referenceTreeError?.contains(fragment) == true, "\(text): \(t.referenceTreeError ?? "nil")")
        }
    }

    func testBareWordAfterEqualsIsTextLikeTheReference() {
        let t = trigger("type=track and event != Login")
        XCTAssertEqual(t?.conditionTree, json("""
            {"type":"group","operator":"and","children":[
              {"type":"event-type","operator":"=","value":"track"},
              {"type":"event","operator":"!=","value":"Login"}]}
            """))
        XCTAssertEqual(t?.matches(json(#"{"type":"track","event":"Signup"}"#)), true)
        // A longer path on the right stays a field.
        XCTAssertTrue(matches("properties.a = properties.b", #"{"properties":{"a":1,"b":1}}"#))
        // Outside the reference fields, a bare word is a field.
        XCTAssertTrue(matches("unitPrice = price", #"{"unitPrice":2,"price":2}"#))
    }

    func testOrderingWithNumericTextKeepsTheReferenceMeaning() {
        let t = trigger("properties.x < '10'")
        XCTAssertEqual(t?.conditionTree, tree(#"{"type":"event-property","name":"x","operator":"<","value":"10"}"#))
        XCTAssertEqual(t?.matches(json(#"{"properties":{"x":5}}"#)), true)
        XCTAssertEqual(t?.matches(json(#"{"properties":{"x":"5"}}"#)), false)
    }

    func testErrorColumns() {
        let cases: [(String, String, Int)] = [
            ("type = ", "expected a value after '='", 8),
            ("type", "value token is missing", 5),
            ("", "empty trigger", 1),
            ("type * \"x\"", "unexpected character '*'", 6),
            ("userId = oops\"", "unexpected quote after 'oops'", 14),
            ("userId = \"oops", "unterminated string", 10),
            ("type = \"a\" and", "expected a condition after 'and'", 15),
            ("(type = \"a\"", "expected ')' to close the '(' at column 1", 12),
            ("type = \"a\" event = \"b\"", "expected 'and', 'or' or the end", 12),
            ("foo(event)", "unknown function 'foo'", 1),
            ("contains(event)", "contains() takes 2 arguments, got 1", 1),
            ("length(userId)", "expected a condition, found a number", 1),
            ("type = \"a\" and \"b\"", "expected a condition, found a string", 16),
            ("match(event, 'a[b')", "malformed match() pattern", 14),
            ("properties.", "expected a field name after '.'", 12),
            ("type == 'a'", "'==' is not an operator", 6),
            ("type = 'a', event = 'b'", "use 'and' or 'or'", 11),
            ("type = 'a' AND event = 'b'", "keywords are lower-case: write 'and', not 'AND'", 12),
            ("event in 'abc'", "the right side of 'in' must be a list, found a string", 10),
            ("properties.x = 1.", "expected a digit after the decimal point", 18),
            ("event = 'é' and name ~ 'x'", "unexpected character '~'", 22),
        ]
        for (text, fragment, column) in cases {
            guard let e = compileError(text) else { continue }
            XCTAssertTrue(e.message.contains(fragment), "\(text): \(e.message)")
            XCTAssertEqual(e.column, column, "\(text): \(e)")
        }
    }

    func testErrorDescriptionNamesTheColumn() {
        XCTAssertEqual(compileError("type = ")?.description, "expected a value after '=' at column 8")
    }

    func testAnyTopLevelFieldAndBareFieldConditions() {
        XCTAssertTrue(matches("integrations.All = false", #"{"integrations":{"All":false}}"#))
        XCTAssertTrue(matches("receivedAt != null and properties.enabled", #"{"receivedAt":"x","properties":{"enabled":true}}"#))
        XCTAssertFalse(matches("receivedAt != null and properties.enabled", #"{"receivedAt":"x","properties":{"enabled":"yes"}}"#))
    }

    func testKeywordsAreCaseSensitiveAndFieldsMayLookLikeThem() {
        XCTAssertTrue(matches(#"properties.and = 1 and properties.null != null"#, #"{"properties":{"and":1,"null":0}}"#))
    }
}
