import DestinationFilters
import JSONValues
import XCTest

/// Each action, input → filter → output, as docs/destination-filters.md shows them.
final class ActionTests: XCTestCase {
    let order = #"{"type": "track", "userId": "u1", "event": "Order Completed", "properties": {"email": "a@b.co", "total": 30, "products": [{"id": "p1", "price": 10, "name": "Shoe"}, {"id": "p2", "price": 20}]}, "context": {"ip": "1.2.3.4", "locale": "en-GB", "userAgent": "x"}}"#

    func testDropKeepsTheEventOut() throws {
        let outcome = try filtering(#"[{"type": "drop"}]"#).apply(to: json(order))
        XCTAssertNil(outcome.event)
        XCTAssertEqual(outcome.discard?.reason, #"destination filter "t" (#1): drop"#)
        XCTAssertEqual(outcome.discard?.filter?.action, .drop)
    }

    func testDropPropertiesRemovesKeysAtEachPath() throws {
        let outcome = try filtering(#"[{"type": "drop_properties", "fields": {"properties": ["email"], "context": ["ip", "absent"]}}]"#).apply(to: json(order))
        XCTAssertEqual(outcome.event?["properties"]?["email"], nil)
        XCTAssertEqual(outcome.event?["properties"]?["total"], 30)
        XCTAssertEqual(outcome.event?["context"], json(#"{"locale": "en-GB", "userAgent": "x"}"#))
        XCTAssertEqual(outcome.changes.map(\.description), [#"destination filter "t" (#1): drop_properties properties.email, context.ip, context.absent"#])
    }

    func testDropPropertiesActsOnEveryObjectOfAnArray() throws {
        let outcome = try filtering(#"[{"type": "drop_properties", "fields": {"properties.products": ["price"]}}]"#).apply(to: json(order))
        XCTAssertEqual(outcome.event?["properties"]?["products"], json(#"[{"id": "p1", "name": "Shoe"}, {"id": "p2"}]"#))
    }

    func testDropPropertiesOnTheEventItselfAndDeepInside() throws {
        let outcome = try filtering(#"[{"type": "drop_properties", "fields": {"": ["userId"], "a.b.c": ["d"]}}]"#)
            .apply(to: json(#"{"type": "track", "userId": "u", "a": {"b": {"c": {"d": 1, "e": 2}}}}"#))
        XCTAssertEqual(outcome.event, json(#"{"type": "track", "a": {"b": {"c": {"e": 2}}}}"#))
    }

    func testListedKeysAreLiteralNotPaths() throws {
        let event = json(#"{"properties": {"address.city": "x", "address": {"city": "Paris"}}}"#)
        let outcome = try filtering(#"[{"type": "drop_properties", "fields": {"properties": ["address.city"]}}]"#).apply(to: event)
        XCTAssertEqual(outcome.event, json(#"{"properties": {"address": {"city": "Paris"}}}"#))
    }

    func testAllowPropertiesKeepsOnlyTheListedKeys() throws {
        let outcome = try filtering(#"[{"type": "allow_properties", "fields": {"context": ["ip", "locale"], "properties.products": ["id"]}}]"#).apply(to: json(order))
        XCTAssertEqual(outcome.event?["context"], json(#"{"ip": "1.2.3.4", "locale": "en-GB"}"#))
        XCTAssertEqual(outcome.event?["properties"]?["products"], json(#"[{"id": "p1"}, {"id": "p2"}]"#))
        XCTAssertEqual(outcome.event?["properties"]?["email"], "a@b.co", "only the named objects are filtered")
        XCTAssertEqual(outcome.event?["userId"], "u1")
    }

    func testPropertyActionsLeaveMissingPathsAndNonObjectsAlone() throws {
        let event = json(#"{"properties": "text", "traits": [1, {"a": 1, "b": 2}]}"#)
        let outcome = try filtering(#"[{"type": "allow_properties", "fields": {"properties": ["a"], "traits": ["a"], "context.x": ["a"]}}]"#).apply(to: event)
        XCTAssertEqual(outcome.event, json(#"{"properties": "text", "traits": [1, {"a": 1}]}"#))
    }

    func testAnUnchangedEventReportsNoChange() throws {
        let outcome = try filtering(#"[{"type": "drop_properties", "fields": {"properties": ["nothing"]}}]"#).apply(to: json(order))
        XCTAssertEqual(outcome.event, json(order))
        XCTAssertTrue(outcome.changes.isEmpty)
    }

    func testSampleAtTheEdges() throws {
        let event = json(order)
        XCTAssertNil(try filtering(#"[{"type": "sample", "percent": 0}]"#).apply(to: event).event)
        XCTAssertEqual(try filtering(#"[{"type": "sample", "percent": 1}]"#).apply(to: event).event, event)
        XCTAssertEqual(try filtering(#"[{"type": "sample", "percent": 0, "path": "userId"}]"#).apply(to: event).discard?.reason,
                       #"sampled out by destination filter "t" (#1): sample 0 % by userId"#)
    }

    func testRandomSampleKeepsAboutTheShare() throws {
        let set = try filtering(#"[{"type": "sample", "percent": 0.3}]"#)
        let event = json(#"{"type": "track"}"#)
        var kept = 0
        for _ in 0..<100_000 where set.apply(to: event).event != nil { kept += 1 }
        // One point is about seven standard deviations here.
        XCTAssertEqual(Double(kept) / 100_000, 0.3, accuracy: 0.01)
    }

    func testRandomSampleDrawsFromTheGeneratorGiven() throws {
        let set = try filtering(#"[{"type": "sample", "percent": 0.3}]"#)
        var low = FixedRandom(bits: 0), high = FixedRandom(bits: .max)
        XCTAssertNotNil(set.apply(to: json("{}"), using: &low).event)
        XCTAssertNil(set.apply(to: json("{}"), using: &high).event)
    }

    func testSampleByPathDecidesByTheValue() throws {
        // "user-1" draws 0.717011: kept at 80 %, not at 50 %.
        let event = json(#"{"type": "track", "userId": "user-1"}"#)
        XCTAssertNotNil(try filtering(#"[{"type": "sample", "percent": 0.8, "path": "userId"}]"#).apply(to: event).event)
        let out = try filtering(#"[{"type": "sample", "percent": 0.5, "path": "userId"}]"#).apply(to: event)
        XCTAssertEqual(out.discard?.reason, #"sampled out by destination filter "t" (#1): sample 50 % by userId"#)
    }

    func testMapPropertiesSetCopyMoveAndToString() throws {
        let event = json(#"{"type": "track", "properties": {"plan": "pro", "old": "x", "count": 3, "ok": false}, "traits": {}}"#)
        let set = try filtering(#"""
        [{"type": "map_properties", "map": {
            "traits.plan": {"copy": "properties.plan"},
            "properties.renamed": {"move": "properties.old"},
            "properties.source": {"set": "web"},
            "properties.count": {"to_string": true},
            "properties.ok": {"to_string": true},
            "properties.missing": {"to_string": true}
        }}]
        """#)
        XCTAssertEqual(set.apply(to: event).event, json(#"""
        {"type": "track", "properties": {"plan": "pro", "count": "3", "ok": "false", "renamed": "x", "source": "web", "missing": "undefined"}, "traits": {"plan": "pro"}}
        """#))
    }

    func testMapPropertiesReadsTheEventAsItWasAndSkipsMissingParents() throws {
        let event = json(#"{"a": {"b": 1}}"#)
        let set = try filtering(#"[{"type": "map_properties", "map": {"a.b": {"set": 2}, "a.c": {"copy": "a.b"}, "nowhere.x": {"set": 1}}}]"#)
        XCTAssertEqual(set.apply(to: event).event, json(#"{"a": {"b": 2, "c": 1}}"#))
    }

    func testMapPropertiesMovesFalsyValuesAndFillsANullParent() throws {
        // tsub-js leaves a falsy origin (0, false, "", null) in place; a move removes it here.
        let event = json(#"{"properties": {"zero": 0}, "traits": {}, "context": null}"#)
        let set = try filtering(#"[{"type": "map_properties", "map": {"traits.zero": {"move": "properties.zero"}, "context.source": {"set": "web"}, "traits.list.0": {"set": 1}}}]"#)
        XCTAssertEqual(set.apply(to: event).event, json(#"{"properties": {}, "traits": {"zero": 0}, "context": {"source": "web"}}"#),
                       "traits.list does not exist, so traits.list.0 is skipped")
    }

    /// tsub's transformer shape, applied in the order given (tsub-js's `transform`).
    func testTsubTransformersRunInTheOrderGiven() throws {
        let actions = try [
            #"{"type": "allow_properties", "config": {"allow": {"properties": ["a", "b"]}}}"#,
            #"{"type": "drop_properties", "config": {"drop": {"properties": ["a"]}}}"#,
            #"{"type": "hash_properties", "config": {}}"#,
        ].map { try FilterAction(transformer: json($0)) }
        XCTAssertEqual(FilterAction.transform(json(#"{"properties": {"a": 1, "b": 2, "c": 3}}"#), with: actions), json(#"{"properties": {"b": 2}}"#))
        XCTAssertNil(FilterAction.transform(json("{}"), with: [try FilterAction(transformer: json(#"{"type": "drop"}"#))]))
    }
}

/// Listed keys are matched byte for byte, as tsub-js matches property names.
final class ExactKeyActionTests: XCTestCase {
    func testDropAndAllowPropertiesNeverTouchALookAlikeKey() throws {
        let event = json("{\"type\": \"track\", \"properties\": {\"K\": 1, \"\u{212A}\": 2}}")
        let dropped = try filtering(#"[{"type": "drop_properties", "fields": {"properties": ["K"]}}]"#).apply(to: event)
        XCTAssertEqual(dropped.event?["properties"], json("{\"\u{212A}\": 2}"))
        let allowed = try filtering(#"[{"type": "allow_properties", "fields": {"properties": ["K"]}}]"#).apply(to: event)
        XCTAssertEqual(allowed.event?["properties"], json(#"{"K": 1}"#))
    }
}
