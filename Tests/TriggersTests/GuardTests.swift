import JSONValues
import Triggers
import XCTest

/// ``Trigger/guardCondition``: what it finds, and that it is only ever a condition the
/// trigger requires (an event the trigger matches always meets it).
final class GuardTests: XCTestCase {
    func guardOf(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TriggerGuard? {
        trigger(text, file: file, line: line)?.guardCondition
    }

    func testFoundInATriggerAndItsTopLevelAnd() {
        XCTAssertEqual(guardOf(#"type = "track" and event = "Order Completed""#), TriggerGuard(key: "event", values: ["Order Completed"]))
        XCTAssertEqual(guardOf(#"type = "identify""#), TriggerGuard(key: "type", values: ["identify"]))
        XCTAssertEqual(guardOf(#"userId = "u1" and type = "track""#), TriggerGuard(key: "userId", values: ["u1"]))
        XCTAssertEqual(guardOf(#"name = "Home""#), TriggerGuard(key: "name", values: ["Home"]))
        // Nested `and` groups count; `event` wins over the first written.
        XCTAssertEqual(guardOf(#"type = "track" and (properties.a > 1 and event = "E")"#), TriggerGuard(key: "event", values: ["E"]))
        // Full-language forms: any one-segment field, either side of `=`.
        XCTAssertEqual(guardOf(#"messageId = "m1" and length(properties) > 0"#), TriggerGuard(key: "messageId", values: ["m1"]))
        XCTAssertEqual(guardOf(#""Signed Up" = event and "x" in properties.list"#), TriggerGuard(key: "event", values: ["Signed Up"]))
        // Otherwise the fewest strings.
        XCTAssertEqual(guardOf(#"(type = "a" or type = "b") and userId = "u""#), TriggerGuard(key: "userId", values: ["u"]))
    }

    func testAnOrOfGuardsOnOneMemberJoinsTheirStrings() {
        XCTAssertEqual(guardOf(#"type = "page" or type = "screen""#), TriggerGuard(key: "type", values: ["page", "screen"]))
        XCTAssertEqual(guardOf(#"event = "A" or (event = "B" and type = "track") or event = "A""#), TriggerGuard(key: "event", values: ["A", "B"]))
        XCTAssertEqual(guardOf(#"type = "track" and (event = "A" or event = "B")"#), TriggerGuard(key: "event", values: ["A", "B"]))
    }

    func testNoGuardWhereTheTriggerDoesNotRequireOneString() {
        for text in [
            #"event = "A" or type = "B""#,
            #"event = "A" or properties.a = "B""#,
            #"!(event = "A")"#,
            #"event != "A""#,
            #"properties.a = "x""#,
            #"context.page.path = "/""#,
            #"event = 5 or type = "track""#,
            #"contains(event, "A")"#,
            #"match(event, "A*")"#,
            #"event in ["A", "B"]"#,
            #"messageId = null"#,
            "true",
        ] {
            XCTAssertNil(guardOf(text), text)
        }
    }

    func testAdmitsOnlyTheExactString() {
        let g = TriggerGuard(key: "event", values: ["Order Completed", "Order Refunded"])
        XCTAssertTrue(g.admits(.string("Order Refunded")))
        XCTAssertTrue(g.admits(.string("Order Completed")))
        XCTAssertFalse(g.admits(.string("order completed")))
        XCTAssertFalse(g.admits(.string("Order Completed ")))
        XCTAssertFalse(g.admits(nil))
        XCTAssertFalse(g.admits(.null))
        XCTAssertFalse(g.admits(.array([.string("Order Completed")])))
        // Byte for byte: a canonically equivalent spelling is a different event name.
        XCTAssertFalse(TriggerGuard(key: "event", values: ["caf\u{E9}"]).admits(.string("cafe\u{301}")))
    }

    /// The guard is necessary: whenever a random trigger matches an event, the event's
    /// member meets the trigger's guard.
    func testAGuardNeverRejectsAnEventTheTriggerMatches() {
        let events: [JSON] = [
            json(#"{"type":"track","event":"x","name":"y z","userId":"track","properties":{"a":"x"}}"#),
            json(#"{"type":"y z","event":"track","userId":1,"properties":{"a":1}}"#),
            json(#"{"type":"track","event":["x"],"name":null}"#),
            json(#"{"type":"x","event":"x","receivedAt":"x"}"#),
            json("{}"),
            json("[]"),
        ]
        let fields = ["type", "event", "name", "userId", "receivedAt", "properties.a"]
        let values = ["'x'", "\"y z\"", "'track'", "1", "null", "true"]
        var rng = SplitMix64(seed: 7)
        func condition(_ depth: Int) -> String {
            let f = fields.randomElement(using: &rng)!
            let v = values.randomElement(using: &rng)!
            switch Int.random(in: 0..<(depth > 2 ? 3 : 7), using: &rng) {
            case 0: return "\(f) = \(v)"
            case 1: return "\(v) = \(f)"
            case 2: return "\(f) != \(v)"
            case 3: return "!(" + condition(depth + 1) + ")"
            case 4: return "(" + condition(depth + 1) + " or " + condition(depth + 1) + ")"
            default: return condition(depth + 1) + " and " + condition(depth + 1)
            }
        }
        var guarded = 0, admitted = 0
        for _ in 0..<5_000 {
            let text = condition(0)
            guard let t = try? Trigger(text), let g = t.guardCondition else { continue }
            guarded += 1
            for e in events where t.matches(e) {
                admitted += 1
                XCTAssertTrue(g.admits(e[g.key]), "\(text): guard \(g.key) in \(g.values) rejects \(e.serialized())")
            }
        }
        // The property is only worth something if it was tested often.
        XCTAssertGreaterThan(guarded, 1_000)
        XCTAssertGreaterThan(admitted, 200)
    }
}
