@testable import JavaScriptRules
import XCTest

/// `Number(text)`: each case is what Node 20 gives (`TZ=UTC node facts.js number`); `nil`
/// stands for NaN.
final class NumberFromTextTests: XCTestCase {
    /// U+00A0 (NO-BREAK SPACE) is JavaScript white space: `Number("\u00a012\u00a0")` is 12.
    func testNonBreakingSpacesAroundANumberAreIgnored() {
        XCTAssertEqual(NumberFromText.number("\u{A0}12\u{A0}"), 12)
        XCTAssertEqual(NumberFromText.number("\u{A0}"), 0)
    }

    static let facts: [(String, Double?)] = [
        ("", 0),
        (" ", 0),
        ("\u{A0}12\u{A0}", 12),
        ("\u{A0}", 0),
        (" \t\u{A0}12.5\n", 12.5),
        ("\u{FEFF}7", 7),
        ("\u{2028}1\u{2029}", 1),
        ("\u{3000}3\u{3000}", 3),
        ("\u{85}1", nil),
        ("1\u{85}", nil),
        ("\u{200B}1", nil),
        ("12", 12),
        (" 12 ", 12),
        ("0x1F", 31),
        ("0X1f", 31),
        ("0b101", 5),
        ("0o17", 15),
        ("0x", nil),
        ("0b2", nil),
        ("0o8", nil),
        ("-0x10", nil),
        ("+0x10", nil),
        (".5", 0.5),
        ("5.", 5),
        ("-.5", -0.5),
        ("+.5", 0.5),
        ("-5.", -5),
        ("1.e3", 1000),
        ("1e3", 1000),
        ("1E-3", 0.001),
        ("1e", nil),
        ("1e+", nil),
        ("+-1", nil),
        ("-2.5", -2.5),
        ("Infinity", .infinity),
        ("+Infinity", .infinity),
        ("-Infinity", -.infinity),
        ("infinity", nil),
        ("INFINITY", nil),
        ("NaN", nil),
        ("abc", nil),
        ("1,5", nil),
        ("12px", nil),
        ("1_000", nil),
        ("00012", 12),
        ("-0", -0.0),
        ("1e400", .infinity),
        ("-1e400", -.infinity),
        ("1e-400", 0),
        ("9007199254740993", 9007199254740992),
        ("0.1", 0.1),
        ("123456789012345678901234567890", 1.2345678901234568e+29),
        (". ", nil),
        (".", nil),
        ("e5", nil),
        ("+", nil),
        ("-", nil),
        ("0x1F ", 31),
        (" 0b11 ", 3),
        ("\u{661}\u{662}", nil),
    ]

    func testNodeFacts() {
        for (text, want) in Self.facts {
            let got = NumberFromText.number(text)
            if let want {
                XCTAssertEqual(got, want, text.debugDescription)
                XCTAssertEqual(got.sign, want.sign, "sign of \(text.debugDescription)")
            } else {
                XCTAssertTrue(got.isNaN, "\(text.debugDescription) gave \(got)")
            }
        }
    }

    func testDigitValues() {
        XCTAssertEqual(NumberFromText.digitValue(UInt8(ascii: "7")), 7)
        XCTAssertEqual(NumberFromText.digitValue(UInt16(UInt8(ascii: "f"))), 15)
        XCTAssertEqual(NumberFromText.digitValue(UInt8(ascii: "Z")), 35)
        XCTAssertNil(NumberFromText.digitValue(UInt8(ascii: "-")))
    }
}
