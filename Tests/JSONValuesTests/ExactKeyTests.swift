import XCTest
@testable import JSONValues

/// Keys and strings are compared by their bytes, as JavaScript compares them, never by
/// Swift's canonical equivalence.
final class ExactKeyTests: XCTestCase {
    /// Pairs that Swift's `String ==` takes for equal and JavaScript does not.
    static let lookAlikes: [(String, String)] = [
        ("\u{1E0A}", "D\u{0307}"),  // precomposed Ḋ and D + combining dot above: same UTF-8 length
        ("K", "\u{212A}"),  // Kelvin sign
        (";", "\u{037E}"),  // Greek question mark
        ("`", "\u{1FEF}"),  // Greek varia
    ]

    /// `count` filler members first, so that past 24 members the hash index is used.
    func objectText(_ members: [(String, Int)], filler count: Int) -> String {
        let filler = (0..<count).map { "\"f\($0)\": 0" }
        let listed = members.map { "\"\($0.0)\": \($0.1)" }
        return "{" + (filler + listed).joined(separator: ", ") + "}"
    }

    func testTheParserKeepsBothLookAlikeKeysInSmallAndIndexedObjects() throws {
        for (a, b) in Self.lookAlikes {
            XCTAssertEqual(a, b, "the premise: Swift's String == merges \(a.unicodeScalars.map(\.value))")
            for filler in [0, 30] {
                let o = try XCTUnwrap(JSONParser.parse(objectText([(a, 1), (b, 2)], filler: filler)).objectValue)
                XCTAssertEqual(o.count, filler + 2, "\(a) / \(b) with \(filler) other members")
                XCTAssertEqual(o[a], .int(1))
                XCTAssertEqual(o[b], .int(2))
            }
        }
    }

    func testARepeatedKeyStillKeepsItsLastValue() throws {
        for filler in [0, 30] {
            let o = try XCTUnwrap(JSONParser.parse(objectText([("K", 1), ("\u{212A}", 2), ("K", 3)], filler: filler)).objectValue)
            XCTAssertEqual(o.count, filler + 2)
            XCTAssertEqual(o["K"], .int(3))
            XCTAssertEqual(o["\u{212A}"], .int(2))
        }
    }

    func testALookupNeverReadsTheLookAlikeKeysValue() throws {
        for (a, b) in Self.lookAlikes {
            for filler in [0, 30] {
                let o = try XCTUnwrap(JSONParser.parse(objectText([(b, 2)], filler: filler)).objectValue)
                XCTAssertNil(o[a], "\(filler) other members")
                XCTAssertEqual(o[b], .int(2))
            }
        }
    }

    func testSettingRemovingAndMergingKeepLookAlikesApart() {
        for filler in [0, 30] {
            var o = JSONObject()
            for i in 0..<filler { o["f\(i)"] = 0 }
            o["\u{1E0A}"] = 1
            o["D\u{0307}"] = 2
            XCTAssertEqual(o.count, filler + 2)
            XCTAssertEqual(o["\u{1E0A}"], 1)
            o.removeValue(forKey: "D\u{0307}")
            XCTAssertEqual(o["\u{1E0A}"], 1)
            XCTAssertNil(o["D\u{0307}"])
            var p = JSONObject()
            p["\u{212A}"] = "kelvin"
            o.merge(["K": "k"])
            o.merge(p)
            XCTAssertEqual(o["K"], "k")
            XCTAssertEqual(o["\u{212A}"], "kelvin")
        }
    }

    func testStringValuesAndObjectsAreEqualOnlyByteForByte() {
        for (a, b) in Self.lookAlikes {
            XCTAssertNotEqual(JSON.string(a), JSON.string(b))
            XCTAssertNotEqual(JSON.object([a: 1]), JSON.object([b: 1]))
            XCTAssertEqual(JSON.string(a), JSON.string(String(decoding: Array(a.utf8), as: UTF8.self)))
        }
        let values: Set<JSON> = [.string("\u{1E0A}"), .string("D\u{0307}")]
        XCTAssertEqual(values.count, 2)
    }

    func testExactKeyHashesAndComparesBytes() {
        XCTAssertNotEqual(ExactKey("K"), ExactKey("\u{212A}"))
        XCTAssertEqual(ExactKey("caf\u{E9}"), ExactKey("caf\u{E9}"))
        let keys: Set<ExactKey> = [ExactKey("K"), ExactKey("\u{212A}")]
        XCTAssertEqual(keys.count, 2)
        XCTAssertTrue(keys.contains(exactly: "\u{212A}"))
        XCTAssertFalse(keys.contains(exactly: "k"))
    }
}

/// The premise of `ExactText.equal`'s fast path: small strings with the same bytes have
/// the same two words however they were made, and a small string is flagged as such.
final class ExactTextLayoutTests: XCTestCase {
    func testSmallStringsWithTheSameBytesHaveTheSameWords() {
        let texts = ["", "a", "id", "product_id", "123456789012345", "\u{1E0A}", "D\u{0307}", "caf\u{E9}", "\u{212A}"]
        for t in texts {
            var appended = ""
            for c in t { appended.append(c) }
            let made = [t, String(decoding: Array(t.utf8), as: UTF8.self), appended, String(t.unicodeScalars), String(Substring(t))]
            for m in made {
                XCTAssertTrue(ExactText.equal(t, m), t)
                XCTAssertEqual(ExactText.equal(t, m), ExactText.bytesEqual(t, m))
            }
        }
    }

    func testNoSmallStringHoldsMoreThanItsCapacity() {
        // `equal` decides a small string against a longer text without comparing bytes.
        for n in 0...40 {
            let t = String(repeating: "y", count: n)
            let isSmall = unsafeBitCast(t, to: (UInt64, UInt64).self).1 & ExactText.smallFlag != 0
            if isSmall { XCTAssertLessThanOrEqual(t.utf8.count, ExactText.smallCapacity) }
            if n <= ExactText.smallCapacity { XCTAssertTrue(isSmall, "\(n) bytes") }
        }
    }

    func testCompactMakesShortHeapStringsSmall() {
        for n in 0...20 {
            var made = ""
            made.reserveCapacity(64)
            made += String(repeating: "\u{E9}", count: n / 2) + String(repeating: "k", count: n % 2)
            let compacted = ExactText.compact(made)
            XCTAssertEqual(Array(compacted.utf8), Array(made.utf8))
            let isSmall = unsafeBitCast(compacted, to: (UInt64, UInt64).self).1 & ExactText.smallFlag != 0
            XCTAssertEqual(isSmall, made.utf8.count <= ExactText.smallCapacity, "\(made.utf8.count) bytes")
        }
    }

    func testTheFastPathAgreesWithTheByteComparison() {
        var big = ""
        big.reserveCapacity(64)
        big += "abc"  // three bytes in large (heap) storage
        let texts = ["", "a", "b", "ab", "abc", big, "abd", "product_id", "product_ie", "123456789012345", "1234567890123456",
                     "1234567890123457", String(repeating: "x", count: 40), "\u{1E0A}", "D\u{0307}", "K", "\u{212A}"]
        for a in texts {
            for b in texts {
                XCTAssertEqual(ExactText.equal(a, b), Array(a.utf8) == Array(b.utf8), "\(a) / \(b)")
            }
        }
    }
}
