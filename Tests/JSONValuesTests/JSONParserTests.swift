import XCTest
@testable import JSONValues

final class JSONParserTests: XCTestCase {
    func testScalars() throws {
        XCTAssertEqual(try JSON(parsing: "null"), .null)
        XCTAssertEqual(try JSON(parsing: "true"), .bool(true))
        XCTAssertEqual(try JSON(parsing: " false "), .bool(false))
        XCTAssertEqual(try JSON(parsing: "\"hi\""), .string("hi"))
        XCTAssertEqual(try JSON(parsing: "-12"), .int(-12))
        XCTAssertEqual(try JSON(parsing: "0"), .int(0))
    }

    func testObjectKeepsKeyOrder() throws {
        let v = try JSON(parsing: #"{"b": 1, "a": 2, "c": {"z": 0, "y": 1}}"#)
        XCTAssertEqual(v.objectValue?.keys, ["b", "a", "c"])
        XCTAssertEqual(v["c"]?.objectValue?.keys, ["z", "y"])
        XCTAssertEqual(v.serialized(), #"{"b":1,"a":2,"c":{"z":0,"y":1}}"#)
    }

    func testDuplicateKeyLastWins() throws {
        let v = try JSON(parsing: #"{"a": 1, "b": 2, "a": 3}"#)
        XCTAssertEqual(v["a"], .int(3))
        XCTAssertEqual(v.objectValue?.keys, ["a", "b"])
    }

    func testNumbersKeepTheirLiteral() throws {
        let v = try JSON(parsing: "[1, 1.0, 1.50, 1e3, -0.0, 12345678901234567890, 9007199254740993]")
        XCTAssertEqual(v.serialized(), "[1,1.0,1.50,1e3,-0.0,12345678901234567890,9007199254740993]")
        // Integers beyond 2^53 are exact.
        XCTAssertEqual(v[6]?.numberValue?.int64Value, 9_007_199_254_740_993)
    }

    func testOneOnePointZeroAndTrueAreDistinctKinds() throws {
        let v = try JSON(parsing: "[1, 1.0, true]")
        XCTAssertEqual(v[0]?.kindName, "number")
        XCTAssertEqual(v[1]?.kindName, "number")
        XCTAssertEqual(v[2]?.kindName, "boolean")
        // Numeric equality: 1 == 1.0, but neither equals true.
        XCTAssertEqual(v[0], v[1])
        XCTAssertNotEqual(v[0], v[2])
    }

    func testStringEscapes() throws {
        let v = try JSON(parsing: #""a\"b\\c\/d\b\f\n\r\t\u00e9\u20ac""#)
        XCTAssertEqual(v, .string("a\"b\\c/d\u{8}\u{c}\n\r\té€"))
    }

    func testSurrogatePairs() throws {
        XCTAssertEqual(try JSON(parsing: #""\ud83d\ude00""#), .string("😀"))
    }

    /// Lone surrogate escapes (a JavaScript string cut inside an emoji) become U+FFFD, as
    /// JavaScript's JSON.parse and Go's encoding/json accept them; the rest of the string
    /// is kept.
    func testLoneSurrogateEscapesBecomeReplacementCharacters() throws {
        XCTAssertEqual(try JSON(parsing: #""\ud83d""#), .string("\u{FFFD}"))
        XCTAssertEqual(try JSON(parsing: #""\ude00""#), .string("\u{FFFD}"))
        XCTAssertEqual(try JSON(parsing: #""a\ud83d\u0041b""#), .string("a\u{FFFD}Ab"))
        XCTAssertEqual(try JSON(parsing: #""\ud83d\ud83d\ude00""#), .string("\u{FFFD}😀"))
        XCTAssertEqual(try JSON(parsing: #""\ude00\ud83d""#), .string("\u{FFFD}\u{FFFD}"))
        XCTAssertEqual(try JSON(parsing: #"{"k\udc00":1}"#), .object(["k\u{FFFD}": 1]))
        // An invalid escape after a high half is still an error.
        XCTAssertThrowsError(try JSON(parsing: #""\ud83d\uZZZZ""#))
    }

    func testRawUTF8IsValidated() throws {
        XCTAssertEqual(try JSON(parsing: [0x22, 0xC3, 0xA9, 0x22]), .string("é"))
        XCTAssertThrowsError(try JSON(parsing: [0x22, 0xC3, 0x22]))  // truncated
        XCTAssertThrowsError(try JSON(parsing: [0x22, 0xFF, 0x22]))  // never valid
        XCTAssertThrowsError(try JSON(parsing: [0x22, 0xED, 0xA0, 0x80, 0x22]))  // encoded surrogate
        XCTAssertThrowsError(try JSON(parsing: [0x22, 0xC0, 0xAF, 0x22]))  // overlong
    }

    func testStrictGrammar() {
        for bad in ["", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "1e", "tru", "nul", "'a'",
                    "{a:1}", "[1 2]", "\"\t\"", "NaN", "Infinity", "1 2", "[", "\"abc", "{\"a\" 1}", "\"\\x\""] {
            XCTAssertThrowsError(try JSON(parsing: bad), "should reject \(bad.debugDescription)")
        }
    }

    func testErrorsNameLineAndColumn() {
        XCTAssertThrowsError(try JSON(parsing: "{\n  \"a\": 1,\n  \"b\" 2\n}")) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.line, 3)
            XCTAssertEqual(e.column, 7)
            XCTAssertTrue(e.message.contains("expected ':'"), e.message)
            XCTAssertEqual(e.description, "line 3, column 7: \(e.message)")
        }
        XCTAssertThrowsError(try JSON(parsing: "[1, 2")) { error in
            XCTAssertTrue((error as! JSONParseError).message.contains("input ended"))
        }
    }

    func testDepthLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSON(parsing: deep)) { error in
            XCTAssertTrue((error as! JSONParseError).message.contains("deeper than the limit of 512"))
        }
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        XCTAssertNoThrow(try JSON(parsing: ok))
        XCTAssertThrowsError(try JSON(parsing: "[[[]]]", maxDepth: 2))
    }

    func testByteOrderMarkIsIgnored() throws {
        XCTAssertEqual(try JSON(parsing: [0xEF, 0xBB, 0xBF, 0x31]), .int(1))
    }
}

final class JSONParserLimitsTests: XCTestCase {
    /// A huge object with a duplicate at the end parses in linear time and keeps the last value.
    func testHugeObjectParsesInLinearTime() throws {
        var text = "{"
        for i in 0..<200_000 { text += "\"k\(i)\":\(i)," }
        text += "\"k5\":\"last\"}"
        let v = try JSON(parsing: text)
        XCTAssertEqual(v.objectValue?.count, 200_000)
        XCTAssertEqual(v["k5"], "last")
        XCTAssertEqual(v["k199999"], .int(199_999))
    }

    func testHugeArrayAndLongStringParse() throws {
        let array = "[" + Array(repeating: "1", count: 500_000).joined(separator: ",") + "]"
        XCTAssertEqual(try JSON(parsing: array).arrayValue?.count, 500_000)
        let long = "\"" + String(repeating: "é", count: 1_000_000) + "\""
        XCTAssertEqual(try JSON(parsing: long).stringValue?.count, 1_000_000)
    }
}
