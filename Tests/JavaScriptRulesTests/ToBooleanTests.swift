@testable import JavaScriptRules
import XCTest

/// `Boolean(x)` for numbers and strings, as Node 20 gives it (`node facts.js bool`).
final class ToBooleanTests: XCTestCase {
    static let numbers: [(Double, Bool)] = [
        (0, false),
        (-0.0, false),
        (.nan, false),
        (1, true),
        (-1, true),
        (0.5, true),
        (.infinity, true),
    ]

    static let strings: [(String, Bool)] = [
        ("", false),
        (" ", true),
        ("0", true),
        ("false", true),
        ("a", true),
    ]

    func testNodeFacts() {
        for (d, want) in Self.numbers { XCTAssertEqual(ToBoolean.of(d), want, "\(d)") }
        for (s, want) in Self.strings { XCTAssertEqual(ToBoolean.of(s), want, s.debugDescription) }
    }
}
