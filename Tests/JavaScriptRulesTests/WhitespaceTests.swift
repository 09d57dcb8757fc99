@testable import JavaScriptRules
import XCTest

/// JavaScript white space and `trim`: the code points are every BMP code point whose
/// `String.fromCharCode(c).trim()` is empty in Node 20 (`node facts.js ws`); the trims are
/// `s.trim()`, `s.trimStart()`, `s.trimEnd()`.
final class WhitespaceTests: XCTestCase {
    static let whitespace: Set<UInt32> = [
        0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF,
    ]

    static let trims: [(String, String, String, String)] = [
        (" a ", "a", "a ", " a"),
        ("\u{A0}a\u{A0}", "a", "a\u{A0}", "\u{A0}a"),
        ("\u{85}a\u{85}", "\u{85}a\u{85}", "\u{85}a\u{85}", "\u{85}a\u{85}"),
        ("\u{FEFF}a", "a", "a", "\u{FEFF}a"),
        ("\t\n\u{B}\u{C}\r a b \u{2028}", "a b", "a b \u{2028}", "\t\n\u{B}\u{C}\r a b"),
        ("\u{3000}", "", "", ""),
        ("a\u{200B}b ", "a\u{200B}b", "a\u{200B}b ", "a\u{200B}b"),
        ("\u{180E}a", "\u{180E}a", "\u{180E}a", "\u{180E}a"),
    ]

    func testExactlyJavaScriptsWhiteSpace() {
        for c in UInt32(0)...0xFFFF where !(0xD800...0xDFFF).contains(c) {
            XCTAssertEqual(JSWhitespace.contains(c), Self.whitespace.contains(c), "U+\(String(c, radix: 16))")
        }
    }

    func testTrim() {
        for (s, trimmed, start, end) in Self.trims {
            XCTAssertEqual(JSWhitespace.trim(s), trimmed, s.debugDescription)
            XCTAssertEqual(JSText.trim(JSText.units(s)), trimmed, s.debugDescription)
            XCTAssertEqual(JSText.trimStart(JSText.units(s)), start, s.debugDescription)
            XCTAssertEqual(JSText.trimEnd(JSText.units(s)), end, s.debugDescription)
        }
    }

    /// U+0085 (NEXT LINE) is Unicode white space but not JavaScript's.
    func testNextLineIsNotTrimmed() {
        XCTAssertEqual(JSWhitespace.trim("\u{85}name\u{85}"), "\u{85}name\u{85}")
    }
}
