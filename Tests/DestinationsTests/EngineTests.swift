import XCTest
import JSONValues
@testable import Destinations

/// A small destination used by the engine tests.
let exampleDefinition: JSON = [
    "name": "Example",
    "slug": "actions-example",
    "settings": [
        "apiKey": ["label": "API Key", "type": "password", "required": true],
        "region": ["label": "Region", "type": "string", "default": "eu"],
    ],
    "request": [
        "method": "POST",
        "headers": ["Authorization": ["@template": "Bearer {{settings.apiKey}}"]],
    ],
    "presets": [
        ["name": "Tracks", "trigger": "type = \"track\"", "action": "send"],
        ["name": "Pages", "trigger": "type = \"page\"", "action": "send",
         "mapping": ["name": ["@path": "$.name"], "code": ["@path": "$.properties.code"]]],
    ],
    "actions": [
        "send": [
            "title": "Send",
            "defaultTrigger": "type = \"track\"",
            "fields": [
                "name": ["label": "Name", "type": "string", "required": true, "default": ["@path": "$.event"]],
                "code": ["label": "Code", "type": "string", "choices": ["a", "b"], "default": ["@path": "$.properties.code"]],
            ],
            "request": [
                "url": ["@template": "https://{{settings.region}}.example.com/{{payload.name}}"],
                "json": ["n": ["@path": "$.payload.name"]],
            ],
        ],
    ],
]

final class EngineTests: XCTestCase {
    func definition() throws -> DestinationDefinition { try DestinationDefinition(json: exampleDefinition) }

    func testPresetsProduceRequestsInOrderWithSettingsResolved() throws {
        let engine = try DestinationEngine(definition: definition(), settings: ["apiKey": "k1"])
        let r = engine.process(event: ["type": "track", "event": "Signed Up"])
        XCTAssertEqual(r.outcome, .sent)
        XCTAssertEqual(r.requests.count, 1)
        let req = try XCTUnwrap(r.requests.first)
        XCTAssertEqual(req.subscription, "Tracks")
        XCTAssertEqual(req.method, "POST")
        XCTAssertEqual(req.url, "https://eu.example.com/Signed Up")
        XCTAssertEqual(req.headers["Authorization"], "Bearer k1")
        XCTAssertEqual(req.headers["Content-Type"], "application/json")
        XCTAssertEqual(req.json, ["n": "Signed Up"])
    }

    /// The reference fails a mapping that resolves to nothing; it is not sent as `{}`.
    func testAMappingThatResolvesToNothingFailsAtTheRoot() throws {
        let subs = [Subscription(name: "nothing", action: "send", trigger: "type = \"track\"", mapping: ["@path": "$.properties.missing"])]
        let engine = try DestinationEngine(definition: definition(), settings: ["apiKey": "k1"], subscriptions: subs)
        let r = engine.process(event: ["type": "track", "event": "E", "properties": [:]])
        XCTAssertEqual(r.outcome, .failed)
        XCTAssertTrue(r.requests.isEmpty)
        XCTAssertEqual(r.failures.first?.field, "")
        XCTAssertEqual(r.failures.first?.message, "The root value must be an object but it was undefined.")
    }

    func testNoMatchIsADiscardWithSegmentsReason() throws {
        let engine = try DestinationEngine(definition: definition(), settings: ["apiKey": "k1"])
        let r = engine.process(event: ["type": "identify"])
        XCTAssertEqual(r.outcome, .discarded)
        XCTAssertEqual(r.discardReason, "no matching mapping")
        XCTAssertEqual(engine.explainDiscard(event: ["type": "identify"]).count, 2)
    }

    func testOneFailingSubscriptionDoesNotStopTheOthers() throws {
        let subs = [
            Subscription(name: "bad", action: "send", trigger: "type = \"track\"", mapping: ["code": "z"]),
            Subscription(name: "good", action: "send", trigger: "type = \"track\""),
        ]
        let engine = try DestinationEngine(definition: definition(), settings: ["apiKey": "k1"], subscriptions: subs)
        let r = engine.process(event: ["type": "track", "event": "E"])
        XCTAssertEqual(r.outcome, .failed)
        XCTAssertEqual(r.requests.map(\.subscription), ["good"])
        XCTAssertEqual(r.failures.map(\.subscription), ["bad"])
        XCTAssertEqual(r.failures.first?.field, "/name")
        XCTAssertEqual(r.failures.first?.message, "The root value is missing the required field 'name'. Code must be one of: \"a\" or \"b\".")
    }

    func testSubscriptionLimit() throws {
        let subs = (0..<51).map { Subscription(name: "s\($0)", action: "send") }
        XCTAssertThrowsError(try DestinationEngine(definition: definition(), settings: ["apiKey": "k"], subscriptions: subs)) { e in
            XCTAssertTrue("\(e)".contains("more than the limit of 50"), "\(e)")
        }
        XCTAssertNoThrow(try DestinationEngine(definition: definition(), settings: ["apiKey": "k"], subscriptions: subs, subscriptionLimit: 60))
    }

    func testSettingsAreValidatedWithDefaultsAndNoSecretsInProblems() throws {
        XCTAssertThrowsError(try DestinationEngine(definition: definition(), settings: ["region": "us"])) { e in
            let problems = (e as? LoadError)?.problems ?? []
            XCTAssertEqual(problems, [Problem(.settings, "/apiKey", "The root value is missing the required field 'apiKey'.")])
        }
        let engine = try DestinationEngine(definition: definition(), settings: ["apiKey": "k", "unknown": 1])
        XCTAssertEqual(engine.settings, ["apiKey": "k", "region": "eu"])
    }

    func testSecretsAreRedactedFromFailures() throws {
        // A choice list that happens to quote the key: the message must not.
        var def = exampleDefinition
        if case .object(var o) = def, case .object(var actions)? = o["actions"], case .object(var send)? = actions["send"],
           case .object(var fields)? = send["fields"] {
            fields["code"] = ["label": "Code", "type": "string", "choices": ["sk_live_123"], "default": ["@path": "$.properties.code"]]
            send["fields"] = .object(fields); actions["send"] = .object(send); o["actions"] = .object(actions); def = .object(o)
        }
        let engine = try DestinationEngine(definition: DestinationDefinition(json: def), settings: ["apiKey": "sk_live_123"])
        let r = engine.process(event: ["type": "track", "event": "E", "properties": ["code": "nope"]])
        let message = try XCTUnwrap(r.failures.first?.message)
        XCTAssertFalse(message.contains("sk_live_123"), message)
        XCTAssertTrue(message.contains(Redactor.mask), message)
    }

    func testRedactorMasksEveryOccurrenceLongestFirst() {
        let r = Redactor(secrets: ["abc", "abcdef", ""])
        XCTAssertEqual(r.redact("x abcdef y abc"), "x [redacted] y [redacted]")
        XCTAssertEqual(r.redact("nothing"), "nothing")
    }

    func testActionsWithoutPresetsUseDefaultTriggers() throws {
        var def = exampleDefinition
        if case .object(var o) = def { o["presets"] = nil; def = .object(o) }
        let d = try DestinationDefinition(json: def)
        XCTAssertEqual(DestinationEngine.defaultSubscriptions(of: d).map(\.action), ["send"])
    }
}

/// Action keys are distinct byte for byte: two actions whose names Unicode calls
/// equivalent keep their own requests (the request cache once merged them).
final class ExactActionKeyTests: XCTestCase {
    func testLookAlikeActionKeysKeepTheirOwnRequests() throws {
        func action(_ url: String) -> JSON {
            ["title": "A", "fields": ["name": ["label": "Name", "type": "string", "default": ["@path": "$.event"]]],
             "request": ["method": "POST", "url": .string(url), "json": ["n": ["@path": "$.payload.name"]]]]
        }
        let json: JSON = ["name": "Look-alikes", "slug": "look-alikes",
                          "actions": .object(["\u{1E0A}": action("https://a.example.com/precomposed"),
                                              "D\u{0307}": action("https://a.example.com/decomposed")])]
        let definition = try DestinationDefinition(json: json)
        XCTAssertEqual(definition.actions.count, 2)
        let subs = [
            Subscription(name: "one", action: "\u{1E0A}", trigger: "type = \"track\""),
            Subscription(name: "two", action: "D\u{0307}", trigger: "type = \"track\""),
        ]
        let engine = try DestinationEngine(definition: definition, settings: [:], subscriptions: subs)
        let r = engine.process(event: ["type": "track", "event": "E"])
        XCTAssertEqual(r.requests.map(\.url), ["https://a.example.com/precomposed", "https://a.example.com/decomposed"])
    }
}
