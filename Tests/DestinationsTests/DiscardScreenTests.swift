import JSONValues
import XCTest
@testable import Destinations

/// `DiscardScreen`: tries `cannotMatch` while it pays, rests while it does not, and only
/// ever skips lines the engine would discard unmatched.
final class DiscardScreenTests: XCTestCase {
    let matched = Array(#"{"type":"track","event":"Order Completed"}"#.utf8)
    let unmatched = Array(#"{"type":"identify","traits":{"plan":"pro"}}"#.utf8)

    func engine() throws -> DestinationEngine {
        try DestinationEngine(
            definition: DestinationDefinition(json: exampleDefinition), settings: ["apiKey": "k"],
            subscriptions: [Subscription(name: "orders", action: "send", trigger: #"type = "track" and event = "Order Completed""#)])
    }

    func skips(_ screen: inout DiscardScreen, _ line: [UInt8], _ parser: JSONDocumentParser) -> Bool {
        line.withUnsafeBytes { screen.skips($0, parser: parser) }
    }

    func testSkipsUnmatchedLinesWhileThatPays() throws {
        var screen = try XCTUnwrap(DiscardScreen(engine: engine()))
        let parser = JSONDocumentParser()
        for i in 0..<(3 * DiscardScreen.window) {
            // Half of the lines are decided: above the minimum share, so trying goes on.
            if i % 2 == 0 {
                XCTAssertTrue(skips(&screen, unmatched, parser), "line \(i)")
            } else {
                XCTAssertFalse(skips(&screen, matched, parser), "line \(i)")
            }
        }
    }

    func testRestsAfterAWindowWhereFewLinesWereSkippedThenTriesAgain() throws {
        var screen = try XCTUnwrap(DiscardScreen(engine: engine()))
        let parser = JSONDocumentParser()
        for _ in 0..<DiscardScreen.window { XCTAssertFalse(skips(&screen, matched, parser)) }
        // Resting: lines it could skip are left to be parsed.
        for i in 0..<DiscardScreen.rest { XCTAssertFalse(skips(&screen, unmatched, parser), "line \(i) while resting") }
        XCTAssertTrue(skips(&screen, unmatched, parser), "tries again after resting")
    }

    func testNoScreenWhereTheEngineCannotDecideOnLines() throws {
        let unguarded = try DestinationEngine(definition: DestinationDefinition(json: exampleDefinition), settings: ["apiKey": "k"],
                                              subscriptions: [Subscription(action: "send", trigger: "properties.total > 10")])
        XCTAssertNil(DiscardScreen(engine: unguarded))
    }
}
