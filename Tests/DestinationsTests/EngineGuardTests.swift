import JSONValues
import Triggers
import XCTest
@testable import Destinations

/// The engine checks each subscription's trigger guard (see `TriggerGuard`) before the
/// trigger: which subscriptions match must not change.
final class EngineGuardTests: XCTestCase {
    let triggers = [
        #"type = "track" and event = "Order Completed""#,   // guard on event
        #"type = "identify""#,                              // guard on type
        #"messageId = "m1" and properties.n > 1"#,          // full language, guard on messageId
        #"event = "A" or type = "page""#,                   // no guard
        #"type = "track" and event = "Order Completed""#,   // the same guard again
        #"event = "Order Completed " and type = "track""#,  // differs by a space
    ]

    func engine() throws -> DestinationEngine {
        let subs = triggers.enumerated().map { Subscription(name: "s\($0.offset)", action: "send", trigger: $0.element) }
        return try DestinationEngine(definition: DestinationDefinition(json: exampleDefinition), settings: ["apiKey": "k"], subscriptions: subs)
    }

    func testGuardKeysAreSharedBetweenSubscriptions() throws {
        XCTAssertEqual(try engine().guardKeys, ["event", "type", "messageId"])
    }

    func testTheSameSubscriptionsMatchAsWhenEveryTriggerIsEvaluated() throws {
        let engine = try engine()
        let compiled = try triggers.map { try Trigger($0) }
        let events: [JSON] = [
            ["type": "track", "event": "Order Completed"],
            ["type": "track", "event": "Order Completed "],
            ["type": "track", "event": ["Order Completed"]],
            ["type": "track"],
            ["type": "identify", "event": "Order Completed"],
            ["type": "page", "messageId": "m1", "properties": ["n": 2]],
            ["type": "track", "event": "A", "messageId": "m1", "properties": ["n": 1]],
            ["type": .null, "event": .null],
            [:],
        ]
        for event in events {
            let want = compiled.indices.filter { compiled[$0].matches(event) }
            let r = engine.process(event: event)
            let got = (r.requests.map(\.subscriptionIndex) + r.failures.map(\.subscriptionIndex) + r.skipped.map(\.subscriptionIndex)).sorted()
            XCTAssertEqual(got, want, event.serialized())
            XCTAssertEqual(r.matched, want.count, event.serialized())
        }
    }
}
