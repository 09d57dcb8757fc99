@testable import JavaScriptRules
import XCTest

/// Strings as UTF-16 code units, as Node 20 measures, slices, searches, splits and
/// compares them (`node facts.js utf16`). A lone surrogate, which a Swift string cannot
/// hold, is U+FFFD here.
final class UTF16TextTests: XCTestCase {
    static let s = "a\u{1F600}b\u{20AC}c"

    /// (begin, end, `s.slice(begin, end)`, `s.substring(begin, end)`)
    static let slices: [(Int, Int?, String, String)] = [
        (0, nil, "a\u{1F600}b\u{20AC}c", "a\u{1F600}b\u{20AC}c"),
        (1, 3, "\u{1F600}", "\u{1F600}"),
        (-2, nil, "\u{20AC}c", "a\u{1F600}b\u{20AC}c"),
        (2, 100, "\u{FFFD}b\u{20AC}c", "\u{FFFD}b\u{20AC}c"),
        (-100, 2, "a\u{FFFD}", "a\u{FFFD}"),
        (3, 1, "", "\u{1F600}"),
        (1, 2, "\u{FFFD}", "\u{FFFD}"),
    ]

    /// (needle, from, `s.indexOf(needle, from)`)
    static let indexes: [(String, Int, Int)] = [
        ("b", 0, 3),
        ("\u{1F600}", 0, 1),
        ("c", 5, 5),
        ("", 3, 3),
        ("x", 0, -1),
        ("b", 5, -1),
        ("", 99, 6),
    ]

    /// (needle, `"abcab".lastIndexOf(needle)`)
    static let lastIndexes: [(String, Int)] = [
        ("a", 3),
        ("b", 4),
        ("", 5),
        ("x", -1),
        ("ab", 3),
    ]

    /// (text, separator, `text.split(separator)`)
    static let splits: [(String, String, [String])] = [
        ("a,b,,c", ",", ["a", "b", "", "c"]),
        ("a, b", ", ", ["a", "b"]),
        ("abc", "abc", ["", ""]),
        ("", ",", [""]),
        ("aaa", "aa", ["", "a"]),
    ]

    /// (text, `text.split(/\s+/)`)
    static let whitespaceSplits: [(String, [String])] = [
        (" a  b\u{A0}c ", ["", "a", "b", "c", ""]),
        ("a", ["a"]),
        ("", [""]),
        ("a\u{85}b", ["a\u{85}b"]),
    ]

    /// (a, b, -1 when `a < b`, 1 when `a > b`, else 0)
    static let comparisons: [(String, String, Int)] = [
        ("a", "b", -1),
        ("\u{1F600}", "\u{FFFF}", -1),
        ("ab", "a", 1),
        ("\u{E9}", "e\u{301}", 1),
        ("x", "x", 0),
    ]

    func testLength() {
        XCTAssertEqual(JSText.length(Self.s), 6)
        XCTAssertEqual(JSText.unit(Self.s, at: 3), "b")
        XCTAssertEqual(JSText.unit(Self.s, at: 1), "\u{FFFD}")
        XCTAssertNil(JSText.unit(Self.s, at: 6))
    }

    func testSliceAndSubstring() {
        let u = JSText.units(Self.s)
        for (b, e, slice, substring) in Self.slices {
            XCTAssertEqual(JSText.slice(u, b, e), slice, "slice(\(b), \(String(describing: e)))")
            XCTAssertEqual(JSText.substring(u, b, e), substring, "substring(\(b), \(String(describing: e)))")
        }
    }

    func testIndexOf() {
        let u = JSText.units(Self.s)
        for (needle, from, want) in Self.indexes {
            XCTAssertEqual(JSText.indexOf(u, JSText.units(needle), from: from) ?? -1, want, "indexOf(\(needle.debugDescription), \(from))")
        }
        for (needle, want) in Self.lastIndexes {
            XCTAssertEqual(JSText.lastIndexOf(JSText.units("abcab"), JSText.units(needle)) ?? -1, want, needle.debugDescription)
        }
    }

    func testSplit() {
        for (text, separator, want) in Self.splits {
            XCTAssertEqual(JSText.split(JSText.units(text), JSText.units(separator)), want, "\(text.debugDescription).split(\(separator.debugDescription))")
        }
        for (text, want) in Self.whitespaceSplits {
            XCTAssertEqual(JSText.splitWhitespace(JSText.units(text)), want, text.debugDescription)
        }
    }

    func testCompare() {
        for (a, b, want) in Self.comparisons {
            XCTAssertEqual(JSText.compareUTF16(a, b), want, "\(a.debugDescription) < \(b.debugDescription)")
        }
    }

    func testToInteger() {
        XCTAssertEqual(JSText.toInteger(.nan), 0)
        XCTAssertEqual(JSText.toInteger(-2.7), -2)
        XCTAssertEqual(JSText.toInteger(.infinity), 9_000_000_000_000_000)
    }
}

/// `replacingAll` is `split(sep).join(replacement)` in one pass.
final class ReplacingAllTests: XCTestCase {
    func testItIsSplitThenJoin() {
        let texts = ["", "a", "abc", "aaaa", "abab", "a\u{1F600}b\u{20AC}c", "\u{1F600}\u{1F600}", "xyxyx"]
        let separators = ["", "a", "ab", "aa", "\u{1F600}", "x", "zz"]
        let replacements = ["", "-", "<>", "\u{20AC}"]
        for t in texts {
            for sep in separators {
                for r in replacements {
                    let expected = JSText.split(JSText.units(t), JSText.units(sep)).joined(separator: r)
                    XCTAssertEqual(JSText.replacingAll(JSText.units(t), JSText.units(sep), with: JSText.units(r)), expected, "\(t) / \(sep) / \(r)")
                }
            }
        }
    }
}
