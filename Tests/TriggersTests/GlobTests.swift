import JSONValues
import Triggers
import XCTest

final class GlobTests: XCTestCase {
    func glob(_ s: String, _ pattern: String) -> Bool {
        let quoted = pattern.replacingBackslashesAndQuotes
        let event = JSON.object(JSONObject([("properties", .object(JSONObject([("s", .string(s))])))]))
        guard let t = trigger("match(properties.s, '\(quoted)')") else { return false }
        return t.matches(event)
    }

    func testDocumentedExamples() {
        XCTAssertTrue(glob("abcd", "a*d"))
        XCTAssertTrue(glob("", "*"))
        XCTAssertFalse(glob("abc", "ab"))
        XCTAssertTrue(glob("abcd", "a??d"))
        XCTAssertTrue(glob("abcd", "*d"))
        XCTAssertTrue(glob("ab*d", #"ab\*d"#))
        XCTAssertFalse(glob("abxd", #"ab\*d"#))
        XCTAssertTrue(glob("abCd", "ab[cC]d"))
        XCTAssertTrue(glob("abcd", "ab[a-z]d"))
        XCTAssertFalse(glob("abcd", "ab[A-Z]d"))
    }

    func testMoreShapes() {
        XCTAssertTrue(glob("abc", "abc"))
        XCTAssertFalse(glob("abc", "abcd"))
        XCTAssertTrue(glob("a", "?"))
        XCTAssertFalse(glob("", "?"))
        XCTAssertTrue(glob("ア", "?"))
        XCTAssertTrue(glob("xアy", "x[ア-ン]y"))
        XCTAssertTrue(glob("abc", "*b*"))
        XCTAssertTrue(glob("a]b", #"a\]b"#))
        XCTAssertTrue(glob("a]b", #"a[\]]b"#))
        XCTAssertTrue(glob("a-b", "a[-x]b"))
        XCTAssertTrue(glob("axb", "a[!y]b"))
        XCTAssertFalse(glob("ayb", "a[^y]b"))
        XCTAssertTrue(glob("mississippi", "m*iss*ppi"))
        XCTAssertFalse(glob("mississippi", "m*iss*ppx"))
        XCTAssertTrue(glob("a?b", #"a\?b"#))
        XCTAssertTrue(glob("Button Clicked", "Button *"))
    }

    func testNoBacktrackingBlowUp() {
        let text = String(repeating: "a", count: 4000)
        let pattern = String(repeating: "a*", count: 200) + "b"
        let start = ContinuousClock.now
        XCTAssertFalse(glob(text, pattern))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(5))
    }

    /// Segment's glob (Go's `path.Match` rules), which tsub's intermediate representation
    /// uses: the set syntax the trigger language reads leniently is malformed there.
    func testSegmentSetRules() throws {
        func segment(_ s: String, _ pattern: String) -> Bool? {
            guard let g = try? Glob(pattern, sets: .segment) else { return nil }
            return g.matches(s)
        }
        XCTAssertEqual(segment("]", #"[\]a]"#), true)
        XCTAssertEqual(segment("-", #"[\-]"#), true)
        XCTAssertEqual(segment("x", #"[x\-]"#), true)
        XCTAssertEqual(segment("z", #"[x\-]"#), false)
        XCTAssertEqual(segment("abc", "ab[^c]"), false)
        XCTAssertEqual(segment("abc", "ab[^e-g]"), true)
        XCTAssertEqual(segment("!", "[!a]"), true, "only ^ negates")
        XCTAssertEqual(segment("a", "[z-a]"), false, "a backward range matches nothing")
        XCTAssertEqual(segment("a", "[^z-a]"), true)
        XCTAssertEqual(segment("α", "[a-ζ]*"), true)
        for malformed in ["[]a]", "[-]", "[x-]", "[-x]", "[a-b-c]", "[", "[^", "[^bc", "a[", "\\"] {
            XCTAssertNil(segment("a", malformed), malformed)
        }
        // The trigger language keeps its lenient reading of the same patterns.
        XCTAssertTrue(try Glob("[-x]").matches("-"))
        XCTAssertTrue(try Glob("[!a]").matches("b"))
    }

    func testMalformedPatternsAreCompileErrors() {
        XCTAssertNotNil(compileError("match(event, 'a[')"))
        XCTAssertNotNil(compileError("match(event, '[]')"))
        XCTAssertNotNil(compileError("match(event, '[z-a]')"))
    }
}

extension String {
    /// The text as it must be written inside a single-quoted trigger string.
    var replacingBackslashesAndQuotes: String {
        var out = ""
        for ch in self {
            if ch == "\\" || ch == "'" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
