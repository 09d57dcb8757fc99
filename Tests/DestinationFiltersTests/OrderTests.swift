import DestinationFilters
import JSONValues
import XCTest

/// Several filters on one destination: Segment's order (sample, drop, drop properties,
/// allow properties), conditions tested on the event as it arrived.
final class OrderTests: XCTestCase {
    func testSampleRunsBeforeDropWhateverTheFileOrder() throws {
        let set = try filterSet(#"""
        [{"title": "Drop all", "if": "all", "actions": [{"type": "drop"}]},
         {"title": "Sample none", "if": "all", "actions": [{"type": "sample", "percent": 0}]}]
        """#)
        XCTAssertEqual(set.apply(to: json(#"{"type": "track"}"#)).discard?.reason,
                       #"sampled out by destination filter "Sample none" (#2): sample 0 % at random"#)
    }

    func testDropIsDecidedOnTheArrivingEventBeforePropertiesAreRemoved() throws {
        // Listed first, the PII filter removes the email the test-traffic filter looks at;
        // the drop still applies, because drops run first and conditions read the event
        // as it arrived.
        let set = try filterSet(#"""
        [{"title": "PII", "if": "all", "actions": [{"type": "drop_properties", "fields": {"properties": ["email"]}}]},
         {"title": "Test traffic", "if": "contains(properties.email, '@example.com')", "actions": [{"type": "drop"}]}]
        """#)
        XCTAssertEqual(set.apply(to: json(#"{"properties": {"email": "qa@example.com"}}"#)).discard?.filter?.filterTitle, "Test traffic")
        XCTAssertEqual(set.apply(to: json(#"{"properties": {"email": "ann@shop.co", "n": 1}}"#)).event, json(#"{"properties": {"n": 1}}"#))
    }

    func testConditionsReadTheArrivingEventEvenAfterAnEarlierFilterChangedIt() throws {
        let set = try filterSet(#"""
        [{"title": "Strip", "if": "all", "actions": [{"type": "drop_properties", "fields": {"properties": ["plan"]}}]},
         {"title": "Pro only", "if": "properties.plan = 'pro'", "actions": [{"type": "allow_properties", "fields": {"properties": ["total"]}}]}]
        """#)
        let out = set.apply(to: json(#"{"properties": {"plan": "pro", "total": 3, "note": "x"}}"#))
        XCTAssertEqual(out.event, json(#"{"properties": {"total": 3}}"#))
        XCTAssertEqual(out.changes.map(\.filterTitle), ["Strip", "Pro only"])
    }

    func testDropPropertiesRunBeforeAllowPropertiesAndAllowListsIntersect() throws {
        let set = try filterSet(#"""
        [{"if": "all", "actions": [{"type": "allow_properties", "fields": {"properties": ["a", "b", "c"]}}]},
         {"if": "all", "actions": [{"type": "allow_properties", "fields": {"properties": ["b", "c", "d"]}},
                                   {"type": "drop_properties", "fields": {"properties": ["c"]}}]}]
        """#)
        let out = set.apply(to: json(#"{"properties": {"a": 1, "b": 2, "c": 3, "d": 4}}"#))
        XCTAssertEqual(out.event, json(#"{"properties": {"b": 2}}"#))
        XCTAssertEqual(out.changes.map(\.description), [
            "destination filter #2: drop_properties properties.c",
            "destination filter #1: allow_properties properties.a, properties.b, properties.c",
            "destination filter #2: allow_properties properties.b, properties.c, properties.d",
        ])
    }

    func testMapPropertiesRunLastSoTheyCannotBringBackWhatWasDropped() throws {
        let set = try filterSet(#"""
        [{"if": "all", "actions": [{"type": "map_properties", "map": {"traits.email": {"copy": "properties.email"}}}]},
         {"if": "all", "actions": [{"type": "drop_properties", "fields": {"properties": ["email"]}}]}]
        """#)
        XCTAssertEqual(set.apply(to: json(#"{"properties": {"email": "a@b.co"}, "traits": {}}"#)).event, json(#"{"properties": {}, "traits": {}}"#))
    }

    func testDisabledAndNonMatchingFiltersDoNothingButKeepTheirNumbers() throws {
        let set = try filterSet(#"""
        [{"title": "off", "enabled": false, "if": "all", "actions": [{"type": "drop"}]},
         {"title": "pages", "if": "type = 'page'", "actions": [{"type": "drop"}]},
         {"if": "type = 'track'", "actions": [{"type": "DROP"}]}]
        """#)
        XCTAssertEqual(set.apply(to: json(#"{"type": "identify"}"#)).event, json(#"{"type": "identify"}"#))
        XCTAssertEqual(set.apply(to: json(#"{"type": "track"}"#)).discard?.reason, "destination filter #3: drop")
        XCTAssertEqual(set.filters.count, 3)
        XCTAssertFalse(set.isEmpty)
        XCTAssertTrue(try filterSet(#"[{"enabled": false, "if": "all", "actions": [{"type": "drop"}]}]"#).isEmpty)
    }

    func testNoFiltersLeaveTheEventAsItIs() {
        let event = json(#"{"type": "track", "integrations": {"All": false}}"#)
        XCTAssertTrue(FilterSet.none.isEmpty)
        XCTAssertEqual(FilterSet.none.apply(to: event).event, event)
    }
}
