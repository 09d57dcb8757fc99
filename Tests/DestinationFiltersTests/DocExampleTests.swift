import DestinationFilters
import JSONValues
import XCTest

/// The examples of docs/destination-filters.md, as written there.
final class DocExampleTests: XCTestCase {
    func apply(_ action: String, to input: String) throws -> JSON? {
        try filtering("[\(action)]").apply(to: json(input)).event
    }

    func testDropPropertiesExample() throws {
        XCTAssertEqual(try apply(
            #"{"type": "drop_properties", "fields": {"properties": ["email"], "context": ["ip"], "properties.products": ["price"], "": ["userId"]}}"#,
            to: #"""
            {"type": "track", "userId": "u1",
             "properties": {"email": "ann@shop.co", "total": 30, "products": [{"id": "p1", "price": 10}, {"id": "p2", "price": 20}]},
             "context": {"ip": "1.2.3.4", "locale": "en-GB"}}
            """#),
            json(#"""
            {"type": "track",
             "properties": {"total": 30, "products": [{"id": "p1"}, {"id": "p2"}]},
             "context": {"locale": "en-GB"}}
            """#))
    }

    func testAllowPropertiesExample() throws {
        XCTAssertEqual(try apply(
            #"{"type": "allow_properties", "fields": {"context": ["ip", "locale"], "properties.products": ["id"]}}"#,
            to: #"""
            {"type": "track", "properties": {"total": 30, "products": [{"id": "p1", "price": 10}]},
             "context": {"ip": "1.2.3.4", "locale": "en-GB", "userAgent": "Mozilla/5.0"}}
            """#),
            json(#"""
            {"type": "track", "properties": {"total": 30, "products": [{"id": "p1"}]},
             "context": {"ip": "1.2.3.4", "locale": "en-GB"}}
            """#))
    }

    func testMapPropertiesExample() throws {
        XCTAssertEqual(try apply(#"""
            {"type": "map_properties", "map": {
              "traits.plan":        {"copy": "properties.plan"},
              "properties.renamed": {"move": "properties.old"},
              "properties.source":  {"set": "web"},
              "properties.count":   {"to_string": true}
            }}
            """#, to: #"{"properties": {"plan": "pro", "old": "x", "count": 3}, "traits": {}}"#),
            json(#"{"properties": {"plan": "pro", "count": "3", "renamed": "x", "source": "web"}, "traits": {"plan": "pro"}}"#))
    }

    func testSampleTable() throws {
        let user1 = #"{"userId": "user-1", "type": "track"}"#
        XCTAssertNotNil(try apply(#"{"type": "sample", "percent": 0.8, "path": "userId"}"#, to: user1))
        XCTAssertNil(try apply(#"{"type": "sample", "percent": 0.5, "path": "userId"}"#, to: user1))
        XCTAssertNil(try apply(#"{"type": "sample", "percent": 0}"#, to: user1))
        XCTAssertNotNil(try apply(#"{"type": "sample", "percent": 1}"#, to: user1))
        XCTAssertEqual(ConsistentSampler.draw(for: "user-28"), 0.924981, accuracy: 5e-7)
    }

    func testIntegrationsTable() {
        let topsort = IntegrationsRouting(names: ["Topsort"])
        let rows: [(String?, String?)] = [
            (nil, nil),
            ("{}", nil),
            (#"{"All": false, "Topsort": true}"#, nil),
            (#"{"All": false}"#, "integrations: All is false and Topsort is not listed"),
            (#"{"Topsort": false}"#, "integrations: Topsort is false"),
            (#"{"Antavo": false}"#, nil),
            (#"{"topsort": false}"#, nil),
            (#"{"All": false, "Topsort": {"region": "eu"}}"#, nil),
        ]
        for (integrations, reason) in rows {
            let event = json(integrations.map { #"{"type": "track", "integrations": \#($0)}"# } ?? #"{"type": "track"}"#)
            XCTAssertEqual(topsort.refusal(for: event)?.reason, reason, integrations ?? "absent")
        }
    }
}
