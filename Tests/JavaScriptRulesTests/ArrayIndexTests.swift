@testable import JavaScriptRules
import XCTest

/// Array-index keys: a key is an index when `a[key] = 1` makes an empty array longer in
/// Node 20 (`node facts.js idx`).
final class ArrayIndexTests: XCTestCase {
    static let facts: [(String, UInt32?)] = [
        ("0", 0),
        ("1", 1),
        ("12", 12),
        ("01", nil),
        ("-1", nil),
        ("1.0", nil),
        ("+1", nil),
        (" 1", nil),
        ("1 ", nil),
        ("4294967294", 4294967294),
        ("4294967295", nil),
        ("4294967296", nil),
        ("99999999999", nil),
        ("", nil),
        ("a", nil),
        ("1e3", nil),
        ("0x1", nil),
        ("\u{661}", nil),
    ]

    func testNodeFacts() {
        for (key, want) in Self.facts {
            XCTAssertEqual(ArrayIndex.of(key), want, key.debugDescription)
            XCTAssertEqual(ArrayIndex.offset(key), want.map(Int.init), key.debugDescription)
        }
    }
}
