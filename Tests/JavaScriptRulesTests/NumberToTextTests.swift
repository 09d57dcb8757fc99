@testable import JavaScriptRules
import XCTest

/// `String(n)` for a number: each case is what Node 20 prints (`node facts.js text`).
final class NumberToTextTests: XCTestCase {
    static let facts: [(Double, String)] = [
        (0, "0"),
        (-0.0, "0"),
        (1, "1"),
        (-1, "-1"),
        (0.1, "0.1"),
        (1.5, "1.5"),
        (123.456, "123.456"),
        (1e+21, "1e+21"),
        (100000000000000000000, "100000000000000000000"),
        (1.23e+22, "1.23e+22"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (2.5e-10, "2.5e-10"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (9007199254740992, "9007199254740992"),
        (9007199254740992, "9007199254740992"),
        (Double("264220006206222000")!, "264220006206222000"),
        (Double("12345678901234567000")!, "12345678901234567000"),
        (0.000001234, "0.000001234"),
        (100, "100"),
        (1e+300, "1e+300"),
        (-1.5e+300, "-1.5e+300"),
        (4.35, "4.35"),
        (0.30000000000000004, "0.30000000000000004"),
        (.nan, "NaN"),
        (.infinity, "Infinity"),
        (-.infinity, "-Infinity"),
    ]

    func testNodeFacts() {
        for (d, want) in Self.facts {
            XCTAssertEqual(NumberToText.text(d), want, "\(d)")
        }
    }

    /// `Number(String(d))` is `d` again for every finite double.
    func testReadsBack() {
        for (d, _) in Self.facts where d.isFinite {
            XCTAssertEqual(NumberFromText.number(NumberToText.text(d)), d)
        }
    }
}
