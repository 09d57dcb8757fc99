import DestinationFilters
import JSONValues
import XCTest

/// Parses JSON text written in a test (fails the test on a typo).
func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSON {
    do { return try JSONParser.parse(text) } catch {
        XCTFail("test JSON does not parse: \(error)", file: file, line: line)
        return .null
    }
}

/// A filter set from a filters file's text.
func filterSet(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> FilterSet {
    try FilterSet(parsing: Array(text.utf8))
}

/// One filter applying `actions` (Public API shape) to every event, as a set.
func filtering(_ actions: String, if condition: String = #""all""#) throws -> FilterSet {
    try filterSet(#"[{"title": "t", "if": \#(condition), "actions": \#(actions)}]"#)
}

extension FilterOutcome {
    /// The event as the filters left it, or `nil` when they kept it out.
    var event: JSON? {
        if case .kept(let e, _) = self { return e }
        return nil
    }

    /// Why the event was kept out, or `nil` when it went on.
    var discard: FilterDiscard? {
        if case .discarded(let d) = self { return d }
        return nil
    }

    var changes: [FilterEffect] {
        if case .kept(_, let c) = self { return c }
        return []
    }
}

/// A seeded generator (SplitMix64), so tests of random sampling are repeatable.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
