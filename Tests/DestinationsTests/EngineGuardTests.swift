import JSONValues
import TestSupport
import DestinationFilters
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
        #"type = "page" or type = "screen""#,               // guard on type, two strings
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

    // MARK: - Deciding on the line, before building the event

    /// An engine whose every trigger has a guard (it can decide on lines).
    func guardedEngine(filters: FilterSet = .none) throws -> DestinationEngine {
        let subs = [
            Subscription(name: "orders", action: "send", trigger: #"type = "track" and event = "Order Completed""#),
            Subscription(name: "pages", action: "send", trigger: #"type = "page" or type = "screen""#),
            Subscription(name: "signups", action: "send", trigger: #"event = "Signed Up" and properties.plan != null"#),
        ]
        return try DestinationEngine(definition: DestinationDefinition(json: exampleDefinition), settings: ["apiKey": "k"],
                                     subscriptions: subs, filters: filters)
    }

    func cannotMatch(_ engine: DestinationEngine, _ line: String) -> Bool {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBytes { engine.cannotMatch(UnsafeRawBufferPointer($0), parser: JSONDocumentParser()) }
    }

    func testDecidesOnlyWhatProcessingWouldDecide() throws {
        let engine = try guardedEngine()
        let unmatched = [
            #"{"type":"identify","traits":{"a":[1,2,{"b":"\u00e9"}]}}"#,
            #"{"type":"track","event":"Order Completed ","properties":{}}"#,
            #"{"event":"x","event":"Refund"}"#,                          // the last of a repeated key counts
            #"{"type":"track","event":["Order Completed"]}"#,
            "\u{FEFF} {} ",
        ]
        for line in unmatched {
            XCTAssertTrue(cannotMatch(engine, line), line)
            let r = engine.process(event: try JSON(parsing: line))
            XCTAssertEqual(r.outcome, .discarded, line)
            XCTAssertEqual(r.matched, 0, line)
        }
        let process = [
            #"{"type":"track","event":"Order Completed"}"#,
            #"{"event":"Refund","event":"Order Completed"}"#,
            #"{"ev\u0065nt":"Order Completed","type":"track"}"#,        // an escaped key
            #"{"type":"scr\u0065en"}"#,                                 // an escaped value
            #"{"event":"Signed Up"}"#,                                   // a guard admits; the trigger does not
            #"{"type":"identify","integrations":{"All":false}}"#,        // routing is for process(event:)
            #"{"type":"identify",}"#,                                    // malformed: reported by parsing
            #"{"type":"identify","n":01}"#,
            #"{"type":"identify"} x"#,
            "{\"type\":\"identify\",\"s\":\"\u{1}\"}",
            #"["type","identify"]"#,
            "",
            "   ",
        ]
        for line in process { XCTAssertFalse(cannotMatch(engine, line), line) }
    }

    func testNeedsAGuardOnEveryTriggerAndNoFilters() throws {
        let line = #"{"type":"identify"}"#
        XCTAssertTrue(cannotMatch(try guardedEngine(), line))
        XCTAssertFalse(cannotMatch(try engine(), line), "a trigger without a guard")
        let filters = try FilterSet(parsing: Array(#"[{"if": "all", "actions": [{"type": "map_properties", "map": {"type": {"set": "page"}}}]}]"#.utf8))
        XCTAssertFalse(cannotMatch(try guardedEngine(filters: filters), line), "destination filters")
    }

    /// On random lines: whenever the engine decides on a line, parsing and processing it
    /// give a discard no trigger matched; and every well-formed object without an
    /// `integrations` member that no subscription matches is decided on.
    func testAgreesWithProcessingOnRandomLines() throws {
        let engine = try guardedEngine()
        let guards = engine.subscriptions.compactMap { try? Trigger($0.trigger ?? "").guardCondition }
        XCTAssertEqual(guards.count, 3)
        let types = [#""track""#, #""page""#, #""screen""#, #""identify""#, #""scr\u0065en""#, "null", "1", #"["page"]"#]
        let events = [#""Order Completed""#, #""Signed Up""#, #""Order Completed ""#, #""x""#, "{}"]
        let extras = [#""properties":{"plan":"pro","a":[1,2]}"#, #""integrations":{"Example":false}"#, #""context":{"ip":"1"}"#,
                      #""event":"Order Completed""#, #""n":-1.5e3"#, #""s":"\u00e9\n""#]
        let noise = [",", "}", "{", "\"", "01", " ", "\\", "]", "\u{80}"]
        var rng = SplitMix64(seed: 5)
        var decided = 0
        for _ in 0..<3_000 {
            var members: [String] = []
            if Bool.random(using: &rng) { members.append(#""type":"# + types.randomElement(using: &rng)!) }
            if Bool.random(using: &rng) { members.append(#""event":"# + events.randomElement(using: &rng)!) }
            for _ in 0..<Int.random(in: 0...2, using: &rng) { members.insert(extras.randomElement(using: &rng)!, at: Int.random(in: 0...members.count, using: &rng)) }
            var line = "{" + members.joined(separator: ",") + "}"
            if Int.random(in: 0..<4, using: &rng) == 0 {
                var scalars = Array(line.unicodeScalars)
                scalars.insert(contentsOf: noise.randomElement(using: &rng)!.unicodeScalars, at: Int.random(in: 0...scalars.count, using: &rng))
                line = String(String.UnicodeScalarView(scalars))
            }
            let decides = cannotMatch(engine, line)
            guard let event = try? JSON(parsing: line), case .object(let o) = event else {
                XCTAssertFalse(decides, line)
                continue
            }
            let r = engine.process(event: event)
            let unmatched = r.outcome == .discarded && r.matched == 0 && r.filterDiscard == nil
            if decides {
                decided += 1
                XCTAssertTrue(unmatched, line)
            } else if unmatched, o["integrations"] == nil, !guards.contains(where: { $0.admits(o[$0.key]) }),
                      line.components(separatedBy: #""event":"#).count <= 2, line.components(separatedBy: #""type":"#).count <= 2 {
                // No guard admits the event (and no key repeats, whose earlier value a
                // guard might admit): the line is decided on.
                XCTFail("not decided: \(line)")
            }
        }
        XCTAssertGreaterThan(decided, 300)
    }
}
