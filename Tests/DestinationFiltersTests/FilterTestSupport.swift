import DestinationFilters
import JSONValues
import XCTest
@_exported import TestSupport

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

/// A generator that always gives the same bits: all zeros draw 0, all ones draw just
/// under 1 (so a random sample keeps or drops every event).
struct FixedRandom: RandomNumberGenerator {
    let bits: UInt64
    mutating func next() -> UInt64 { bits }
}
