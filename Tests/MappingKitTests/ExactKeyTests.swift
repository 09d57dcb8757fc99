import JSONValues
import MappingKit
import XCTest

/// Directives read and match keys byte for byte, never through Unicode equivalence.
final class MappingExactKeyTests: XCTestCase {
    /// Properties with the Kelvin sign as a key, after `filler` other members.
    func event(filler: Int) -> String {
        let members = (0..<filler).map { "\"f\($0)\": 0" } + ["\"\u{212A}\": \"kelvin\""]
        return #"{"properties": {"# + members.joined(separator: ", ") + "}}"
    }

    func testAPathNeverReadsALookAlikeKey() {
        for filler in [0, 30] {
            assertAbsent(#"{"@path": "$.properties.K"}"#, event(filler: filler))
            assertMaps("{\"@path\": \"$.properties.\u{212A}\"}", event(filler: filler), to: #""kelvin""#)
        }
    }

    func testOmitDropsOnlyTheKeyItNames() {
        assertMaps(#"{"@omit": {"value": {"@path": "$.properties"}, "keys": ["K"]}}"#, event(filler: 0), to: "{\"\u{212A}\": \"kelvin\"}")
    }

    func testLookupMatchesTableKeysByteForByte() {
        let table = "{\"\u{212A}\": \"kelvin\", \"\u{1E0A}\": \"precomposed\"}"
        assertMaps(#"{"@lookup": {"value": "K", "table": "# + table + #", "default": "none"}}"#, to: #""none""#)
        assertMaps(#"{"@lookup": {"value": "D\u0307", "table": "# + table + #", "default": "none"}}"#, to: #""none""#)
        assertMaps(#"{"@lookup": {"value": "\u1E0A", "table": "# + table + #", "default": "none"}}"#, to: #""precomposed""#)
    }
}
