import JSONValues
@testable import Triggers
import XCTest

/// Triggers built to make matching slow.
final class HostileInputTests: XCTestCase {
    private func event(_ s: String) -> JSON {
        .object(JSONObject([("type", .string("track")), ("event", .string(s))]))
    }

    /// `match(event, "*aaaa…ab*")` (a 4,000-character run between stars) against a
    /// 200,000-character run of `a`s: the backtracking matcher compared the run again
    /// at every position (8 × 10^8 steps here; hours on a 100 MB field).
    func testLongRunBetweenStarsAgainstLongTextFinishes() throws {
        let text = String(repeating: "a", count: 200_000)
        let run = String(repeating: "a", count: 4_000)
        for pattern in ["*\(run)b*", "*\(run)b", "*\(String(repeating: "?", count: 4_000))b*", "*[a]\(run)*b"] {
            let t = try Trigger("match(event, \"\(pattern)\")")
            XCTAssertFalse(t.matches(event(text)), pattern.prefix(10) + "…")
            XCTAssertTrue(t.matches(event(text + "b")), pattern.prefix(10) + "…")
        }
    }

    /// The linear matcher agrees with the backtracking one on random patterns and texts.
    func testLinearMatcherAgreesWithBacktracking() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let patternPieces = ["a", "b", "é", "*", "*", "?", "[ab]", "[!a]", "[a-é]", "ab", "\\*", "日"]
        let textPieces = ["a", "b", "é", "*", "c", "日", "ab"]
        for _ in 0..<20_000 {
            let pattern = (0..<next(7)).map { _ in patternPieces[next(patternPieces.count)] }.joined()
            let text = (0..<next(9)).map { _ in textPieces[next(textPieces.count)] }.joined()
            let glob = try Glob(pattern)
            let fast = ExactText.withBytes(text) { glob.matches(bytes: $0) }
            let slow = ExactText.withBytes(text) { glob.backtrackingMatches(bytes: $0) }
            XCTAssertEqual(fast, slow, "pattern \(pattern) text \(text)")
        }
    }

    /// `contains(event, "aaaa…ab")` (a 4,000-character needle) against a long run of `a`s
    /// compared the needle again at every position (over 30 s on a 100 MB field).
    func testLongNeedleAgainstLongTextFinishes() throws {
        let text = String(repeating: "a", count: 200_000)
        let needle = String(repeating: "a", count: 4_000) + "b"
        let t = try Trigger("contains(event, \"\(needle)\")")
        XCTAssertFalse(t.matches(event(text)))
        XCTAssertTrue(t.matches(event(text + "b")))
        XCTAssertTrue(t.matches(event("x" + needle + "y")))
        // The buffers are used inside their closures only (AddressSanitizer caught an
        // earlier version of this line reading an array's storage after it was freed).
        let hay = Array("abababcab".utf8), needle5 = Array("ababc".utf8)
        XCTAssertTrue(hay.withUnsafeBufferPointer { h in needle5.withUnsafeBufferPointer { TextOps.kmpContains(h, $0) } })
    }

    /// KMP and the memchr search agree (needles longer than 16 bytes take KMP).
    func testLongAndShortNeedleSearchesAgree() {
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<3_000 {
            let text = String((0..<next(80)).map { _ in "ab"[next(2) == 0 ? "ab".startIndex : "ab".index(after: "ab".startIndex)] })
            let needle = String((0..<(17 + next(6))).map { _ in next(3) == 0 ? Character("b") : Character("a") })
            XCTAssertEqual(TextOps.contains(text, needle), text.contains(needle), "\(needle) in \(text)")
        }
    }

    /// A pattern taken from the event, longer than a trigger may be, does not match (both
    /// the text and the pattern would otherwise be the event's to choose).
    func testPatternFromTheEventIsBounded() throws {
        let t = try Trigger("match(event, properties.p)")
        let long = "*" + String(repeating: "a", count: 100_000) + "b*"
        let e = JSON.object(JSONObject([("event", .string(String(repeating: "a", count: 100_000))),
                                        ("properties", .object(JSONObject([("p", .string(long))])))]))
        XCTAssertFalse(t.matches(e))
        let short = JSON.object(JSONObject([("event", .string("abc")), ("properties", .object(JSONObject([("p", .string("a*c"))])))]))
        XCTAssertTrue(t.matches(short))
    }

    /// Explaining a failed condition on a huge value wrote the whole value as JSON before
    /// cutting it to 80 characters, for every subscription (10,000 subscriptions on an
    /// event with a 10 MB field: 100 GB of text per discarded event).
    func testExplanationsWriteOnlyTheStartOfLargeValues() throws {
        let t = try Trigger(#"event = "Order Completed""#)
        let huge = String(repeating: "é", count: 10_000_000)
        for _ in 0..<200 {
            let why = try XCTUnwrap(t.explain(event(huge)))
            XCTAssertTrue(why.hasSuffix("..."), why)
            XCTAssertLessThan(why.count, 200)
        }
        // Short values are shown whole, as before.
        XCTAssertEqual(t.explain(event("Order Updated")), #"event = "Order Completed" failed: event is "Order Updated""#)
        let nested = JSON.object(JSONObject([("event", .array(Array(repeating: .array([.string("x")]), count: 1_000_000)))]))
        let shown = try XCTUnwrap(t.explain(nested))
        XCTAssertTrue(shown.hasPrefix(#"event = "Order Completed" failed: event is [["x"],["x"],"#), shown)
        XCTAssertTrue(shown.hasSuffix("..."), shown)
    }
}
