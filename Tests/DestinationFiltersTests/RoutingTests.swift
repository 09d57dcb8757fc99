import DestinationFilters
import JSONValues
import XCTest

/// Routing by the event's `integrations` object.
final class RoutingTests: XCTestCase {
    let topsort = IntegrationsRouting(names: ["Topsort"])

    func refusal(_ routing: IntegrationsRouting, _ integrations: String) -> String? {
        routing.refusal(for: json(#"{"type": "track", "integrations": \#(integrations)}"#))?.reason
    }

    func testAllFalseWithTheDestinationTrueSendsOnlyThere() {
        XCTAssertNil(refusal(topsort, #"{"All": false, "Topsort": true}"#))
        XCTAssertEqual(refusal(IntegrationsRouting(names: ["Antavo"]), #"{"All": false, "Topsort": true}"#),
                       "integrations: All is false and Antavo is not listed")
    }

    func testTheDestinationFalseKeepsItOut() {
        XCTAssertEqual(refusal(topsort, #"{"Topsort": false}"#), "integrations: Topsort is false")
        XCTAssertEqual(refusal(topsort, #"{"All": true, "Topsort": false}"#), "integrations: Topsort is false")
        XCTAssertNil(refusal(topsort, #"{"Antavo": false}"#))
    }

    func testAllDefaultsToTrueAndNamesAreCaseSensitive() {
        XCTAssertNil(refusal(topsort, "{}"))
        XCTAssertNil(refusal(topsort, #"{"topsort": false}"#))
        XCTAssertEqual(refusal(topsort, #"{"All": false, "topsort": true}"#), "integrations: All is false and Topsort is not listed")
        XCTAssertNil(refusal(topsort, #"{"all": false}"#))
        XCTAssertNil(topsort.refusal(for: json(#"{"type": "track"}"#)))
        XCTAssertNil(topsort.refusal(for: json(#"{"integrations": "none"}"#)))
    }

    func testOnlyFalseKeepsOutAndOptionsCountAsListed() {
        XCTAssertNil(refusal(topsort, #"{"All": false, "Topsort": {"region": "eu"}}"#))
        XCTAssertNil(refusal(topsort, #"{"Topsort": null}"#))
        XCTAssertNil(refusal(topsort, #"{"Topsort": 0}"#))
        XCTAssertNil(refusal(topsort, #"{"All": 0}"#))
    }

    func testAliasesAndFalseWinning() {
        let antavo = IntegrationsRouting(names: ["Antavo (Actions)", "Antavo", "Antavo"])
        XCTAssertEqual(antavo.names, ["Antavo (Actions)", "Antavo"])
        XCTAssertEqual(refusal(antavo, #"{"Antavo": false}"#), "integrations: Antavo is false")
        XCTAssertNil(refusal(antavo, #"{"All": false, "Antavo": true}"#))
        XCTAssertEqual(refusal(antavo, #"{"Antavo (Actions)": true, "Antavo": false}"#), "integrations: Antavo is false")
        XCTAssertEqual(refusal(antavo, #"{"All": false}"#), "integrations: All is false and none of Antavo (Actions), Antavo is listed")
    }
}
