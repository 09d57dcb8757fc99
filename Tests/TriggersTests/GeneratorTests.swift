import JSONValues
import Triggers
import XCTest

final class GeneratorTests: XCTestCase {
    func roundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let t = trigger(text, file: file, line: line), let tree = t.conditionTree else {
            XCTFail("\(text) has no tree", file: file, line: line)
            return
        }
        do {
            let generated = try Trigger.generate(tree)
            let back = try Trigger(generated)
            XCTAssertEqual(back.conditionTree, tree, "\(text) -> \(generated)", file: file, line: line)
        } catch {
            XCTFail("\(text): \(error)", file: file, line: line)
        }
    }

    func testTextRoundTrips() {
        roundTrip("type = 'track' and (event = 'a' or event = 'b') and properties.x >= 1.5")
        roundTrip(#"properties.quote = "say \"hi\" \\ bye""#)
        roundTrip(#"match(properties.p, "a\*\?\[b\]\\c*")"#)
        roundTrip("!match(traits.email, '*@x.com') or !contains(context.ip, '10.')")
        roundTrip(#"properties.product\ 1.price\ \(usd\) < 100"#)
        roundTrip("userId != null and name = null and traits.vip = true and context.test = false")
        roundTrip("(type = 'a' or type = 'b') and (event = 'c' or event = 'd')")
        roundTrip("properties.n = 1e21 or properties.n = -0.000001")
    }

    func testTreeRoundTripsKeepMeaning() throws {
        // An "=" value that is a number is compared as text by the reference, so it is
        // written as a quoted string.
        let t = tree(#"{"type":"event-property","name":"v","operator":"=","value":123}"#)
        XCTAssertEqual(try Trigger.generate(t), #"properties.v = "123""#)
        let contains = tree(#"{"type":"event","operator":"contains","value":5}"#)
        XCTAssertEqual(try Trigger.generate(contains), #"contains(event, "5")"#)
    }

    func testOuterParenthesesAreDroppedLikeTheReference() throws {
        let t = json("""
            {"type":"group","operator":"and","children":[
              {"type":"group","operator":"or","children":[
                {"type":"event","operator":"=","value":"a"},{"type":"event","operator":"=","value":"b"}]}]}
            """)
        XCTAssertEqual(try Trigger.generate(t), #"event = "a" or event = "b""#)
    }

    func testGenerateRejectsBadTrees() {
        XCTAssertThrowsError(try Trigger.generate(json(#"{"error":"x"}"#)))
        XCTAssertThrowsError(try Trigger.generate(tree(#"{"type":"event-property","name":"v","operator":">","value":"abc"}"#)))
        XCTAssertThrowsError(try Trigger.generate(json(#"{"type":"group","operator":"and","children":[]}"#)))
    }

    func testTreeInitKeepsTreeAndSource() throws {
        let t = tree(#"{"type":"event","operator":"=","value":"x"}"#)
        let trig = try Trigger(conditionTree: t)
        XCTAssertEqual(trig.conditionTree, t)
        XCTAssertEqual(trig.source, #"event = "x""#)
    }
}

final class ExplainTests: XCTestCase {
    func testExplainsTheFailingCondition() {
        let t = trigger(#"type = "track" and event = "Order Completed""#)
        XCTAssertNil(t?.explain(json(#"{"type":"track","event":"Order Completed"}"#)))
        XCTAssertEqual(t?.explain(json(#"{"type":"track","event":"Product Viewed"}"#)),
                       #"event = "Order Completed" failed: event is "Product Viewed""#)
        let p = trigger("properties.price > 10")
        XCTAssertEqual(p?.explain(json(#"{"properties":{}}"#)), "properties.price > 10 failed: properties.price is missing")
    }

    func testExplainsFullLanguageAndNegation() {
        let t = trigger("!contains( context.library.name, 'js' )")
        XCTAssertEqual(t?.explain(json(#"{"context":{"library":{"name":"analytics.js"}}}"#)),
                       #"!contains( context.library.name, 'js' ) failed: context.library.name is "analytics.js""#)
        let l = trigger("length(userId) > 0")
        XCTAssertEqual(l?.explain(json(#"{"userId":null}"#)), "length(userId) > 0 failed: userId is null")
        let n = trigger("!(type in ['track'])")
        XCTAssertEqual(n?.explain(json(#"{"type":"track"}"#)), #"!(type in ['track']) failed: type is "track""#)
    }

    func testExplainsEveryAlternativeOfAnOr() {
        let t = trigger("event = 'a' or event = 'b'")
        XCTAssertEqual(t?.explain(json(#"{"event":"c"}"#)),
                       #"event = 'a' failed: event is "c"; event = 'b' failed: event is "c""#)
    }

    func testTreeTriggersExplainWithGeneratedText() throws {
        let t = try Trigger(conditionTree: tree(#"{"type":"event-trait","name":"plan","operator":"=","value":"pro"}"#))
        XCTAssertEqual(t.explain(json(#"{"traits":{"plan":"free"}}"#)), #"traits.plan = "pro" failed: traits.plan is "free""#)
    }
}

final class LimitTests: XCTestCase {
    func testLengthLimit() {
        let long = "event = '" + String(repeating: "x", count: Trigger.maximumLength) + "'"
        let e = compileError(long)
        XCTAssertTrue(e?.message.contains("limit is 5120 bytes") == true, e?.message ?? "")
        let justFits = "event = '" + String(repeating: "x", count: Trigger.maximumLength - 10) + "'"
        XCTAssertNotNil(trigger(justFits))
    }

    func testDepthLimit() {
        let deep = String(repeating: "(", count: 65) + "type = 'a'" + String(repeating: ")", count: 65)
        XCTAssertTrue(compileError(deep)?.message.contains("deeper than 64") == true)
        let ok = String(repeating: "(", count: 60) + "type = 'a'" + String(repeating: ")", count: 60)
        XCTAssertEqual(trigger(ok)?.matches(json(#"{"type":"a"}"#)), true)
        let bangs = String(repeating: "!", count: 100) + "properties.x"
        XCTAssertNotNil(compileError(bangs))
        var treeText = #"{"type":"event","operator":"=","value":"a"}"#
        for _ in 0..<70 { treeText = #"{"type":"group","operator":"and","children":["# + treeText + "]}" }
        XCTAssertThrowsError(try Trigger(conditionTree: json(treeText)))
    }

    func testGarbageNeverCrashes() {
        let inputs = ["(", ")", "!", "[", "]", ",", "'", "\"", "\\", "a.", ".a", "a..b", "-", "+x", "1e", "1.2.3",
                      "contains(", "contains(a,", "match(a, 'x'", "type in", "type in [", "type in ['a',", "((((", "!!!!",
                      "type = 'a' or", "and", "or or", "null", "true and", "x = = y", "é", "\u{0}", "properties.\\"]
        for input in inputs {
            if let t = try? Trigger(input) {
                _ = t.matches(json(#"{"type":"a"}"#))
                _ = t.explain(json("{}"))
            }
        }
    }

    func testLargeChainsStayIterative() {
        let chain = (0..<250).map { "event = 'e\($0)'" }.joined(separator: " or ")
        XCTAssertEqual(trigger(chain)?.matches(json(#"{"event":"e249"}"#)), true)
    }
}

/// A fuzz finding (FuzzTrigger): generating spells out what the source leaves implicit, so
/// a trigger near the length limit can generate text over it. Parsing that text fails with
/// the limit's own located error, never silently.
final class GeneratorLengthTests: XCTestCase {
    func testGeneratedTextOverTheLimitIsRefusedWithTheLimitsError() throws {
        let clauses = (Trigger.maximumLength - 20) / "traits.up or ".utf8.count
        let source = String(repeating: "traits.up or ", count: clauses) + "traits.up"
        XCTAssertLessThanOrEqual(source.utf8.count, Trigger.maximumLength)
        let tree = try XCTUnwrap(try Trigger(source).conditionTree)
        let text = try Trigger.generate(tree)
        XCTAssertGreaterThan(text.utf8.count, Trigger.maximumLength)
        XCTAssertThrowsError(try Trigger(text)) { error in
            XCTAssertTrue("\(error)".contains("the limit is \(Trigger.maximumLength) bytes"), "\(error)")
        }
    }
}
