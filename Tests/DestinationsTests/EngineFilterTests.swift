import DestinationFilters
import JSONValues
import XCTest
@testable import Destinations

/// The engine's gate: the `integrations` object and the destination filters run before
/// the triggers, and the filtered event is what the triggers and mappings see.
final class EngineFilterTests: XCTestCase {
    func engine(filters: String = "[]", aliases: [String] = []) throws -> DestinationEngine {
        let set = try FilterSet(parsing: Array(filters.utf8))
        return try DestinationEngine(definition: DestinationDefinition(json: exampleDefinition), settings: ["apiKey": "k1"],
                                     filters: set, aliases: aliases)
    }

    func testMappingsSeeTheFilteredEvent() throws {
        let e = try engine(filters: #"[{"title": "No codes", "if": "type = 'page'", "actions": [{"type": "drop_properties", "fields": {"properties": ["code"]}}]}]"#)
        let r = e.process(event: ["type": "page", "name": "Home", "properties": ["code": "a"]])
        XCTAssertEqual(r.outcome, .sent)
        XCTAssertEqual(r.requests.first?.url, "https://eu.example.com/Home")
        XCTAssertEqual(r.filterChanges.map(\.description), [#"destination filter "No codes" (#1): drop_properties properties.code"#])
        XCTAssertEqual(r.filteredEvent?["properties"], .object(JSONObject()))
        // Without the filter the mapping reads the code.
        let unfiltered = try engine().process(event: ["type": "page", "name": "Home", "properties": ["code": "zz"]])
        XCTAssertEqual(unfiltered.outcome, .failed, "'zz' is not one of the field's choices")
    }

    func testTriggersSeeTheFilteredEvent() throws {
        // A filter that renames the event type makes the Tracks trigger miss.
        let e = try engine(filters: #"[{"if": "all", "actions": [{"type": "map_properties", "map": {"type": {"set": "screen"}}}]}]"#)
        let r = e.process(event: ["type": "track", "event": "Signed Up"])
        XCTAssertEqual(r.outcome, .discarded)
        XCTAssertEqual(r.discardReason, "no matching mapping")
        XCTAssertNil(r.filterDiscard)
        XCTAssertEqual(e.explainDiscard(event: r.filteredEvent!).first?.contains(#"type is "screen""#), true)
    }

    func testAFilteredEventIsADiscardWithTheFilterNamed() throws {
        let e = try engine(filters: #"[{"title": "Drop test traffic", "if": "contains(userId, 'test')", "actions": [{"type": "drop"}]}]"#)
        let r = e.process(event: ["type": "track", "event": "Signed Up", "userId": "test-1"])
        XCTAssertEqual(r.outcome, .discarded)
        XCTAssertTrue(r.requests.isEmpty && r.failures.isEmpty && r.matched == 0)
        XCTAssertEqual(r.discardReason, #"destination filter "Drop test traffic" (#1): drop"#)
        XCTAssertEqual(r.filterDiscard?.filter?.action, .drop)
        XCTAssertEqual(e.process(event: ["type": "track", "event": "Signed Up", "userId": "u"]).outcome, .sent)
    }

    func testIntegrationsRouteByTheDefinitionsNameAndAliases() throws {
        let plain = try engine()
        let event: (JSON) -> JSON = { ["type": "track", "event": "Signed Up", "integrations": $0] }
        XCTAssertEqual(plain.process(event: event(["All": false, "Example": true])).outcome, .sent)
        XCTAssertEqual(plain.process(event: event(["Example": false])).discardReason, "integrations: Example is false")
        XCTAssertEqual(plain.process(event: event(["All": false])).discardReason, "integrations: All is false and Example is not listed")
        XCTAssertEqual(plain.process(event: event(["Other": false])).outcome, .sent)
        let aliased = try engine(aliases: ["Example (Actions)"])
        XCTAssertEqual(aliased.process(event: event(["Example (Actions)": false])).discardReason, "integrations: Example (Actions) is false")
        XCTAssertEqual(aliased.process(event: event(["All": false, "Example (Actions)": true])).outcome, .sent)
    }

    func testRoutingComesBeforeFilters() throws {
        let e = try engine(filters: #"[{"title": "Drop all", "if": "all", "actions": [{"type": "drop"}]}]"#)
        let r = e.process(event: ["type": "track", "integrations": ["Example": false]])
        XCTAssertEqual(r.discardReason, "integrations: Example is false")
        XCTAssertNil(r.filterDiscard?.filter)
    }

    /// Every event is exactly one of sent, discarded, failed, whatever the filters do.
    func testEachEventHasOneOutcome() throws {
        let e = try engine(filters: #"""
        [{"title": "Sample", "if": "type = 'track'", "actions": [{"type": "sample", "percent": 0.5, "path": "userId"}]},
         {"title": "Codes", "if": "type = 'page'", "actions": [{"type": "allow_properties", "fields": {"properties": []}}]}]
        """#)
        var counts = [EventResult.Outcome: Int]()
        for i in 0..<200 {
            let events: [JSON] = [
                ["type": "track", "event": "Signed Up", "userId": .string("user-\(i)")],
                ["type": "page", "name": "Home", "properties": ["code": "zz"]],
                ["type": "page", "properties": [:]],
                ["type": "identify", "integrations": ["All": false]],
            ]
            for ev in events {
                let r = e.process(event: ev)
                counts[r.outcome, default: 0] += 1
                XCTAssertEqual(r.outcome == .discarded, r.discardReason != nil)
                if r.filterDiscard != nil { XCTAssertTrue(r.requests.isEmpty && r.failures.isEmpty) }
            }
        }
        XCTAssertEqual(counts.values.reduce(0, +), 800)
        XCTAssertGreaterThan(counts[.sent] ?? 0, 200, "half the tracks and every coded page")
    }

    func testNoFiltersAndNoIntegrationsLeaveTheEventUntouched() throws {
        let r = try engine().process(event: ["type": "track", "event": "Signed Up"])
        XCTAssertEqual(r.outcome, .sent)
        XCTAssertNil(r.filterDiscard)
        XCTAssertNil(r.filteredEvent)
        XCTAssertTrue(r.filterChanges.isEmpty)
    }
}
