import JSONValues
import Triggers
import XCTest

/// A trigger reads the key it names, byte for byte, and compares strings the same way.
final class TriggerExactKeyTests: XCTestCase {
    func testAFieldNeverReadsALookAlikeKey() throws {
        for filler in [0, 30] {
            let members = (0..<filler).map { "\"f\($0)\": 0" } + ["\"\u{212A}\": \"x\""]
            let event = json(#"{"type": "track", "properties": {"# + members.joined(separator: ", ") + "}}")
            let t = try XCTUnwrap(trigger(#"properties.K = "x""#))
            XCTAssertFalse(t.matches(event), "\(filler) other members")
            XCTAssertTrue(try XCTUnwrap(trigger("properties.\\\u{212A} = \"x\"")).matches(event), "the escaped Kelvin sign reads its own key")
        }
    }

    func testStringsAreEqualOnlyByteForByte() throws {
        let event = json(#"{"type": "track", "event": "D\u0307"}"#)
        XCTAssertFalse(try XCTUnwrap(trigger("event = \"\u{1E0A}\"")).matches(event))
        XCTAssertTrue(try XCTUnwrap(trigger("event = \"D\u{0307}\"")).matches(event))
        XCTAssertTrue(try XCTUnwrap(trigger("event != \"\u{1E0A}\"")).matches(event))
    }
}
