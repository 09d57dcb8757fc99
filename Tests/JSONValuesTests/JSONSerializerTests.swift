import XCTest
@testable import JSONValues

final class JSONSerializerTests: XCTestCase {
    func testCompactByDefault() {
        let v: JSON = ["a": [1, 2.5, true, nil], "b": "x"]
        XCTAssertEqual(v.serialized(), #"{"a":[1,2.5,true,null],"b":"x"}"#)
    }

    func testPretty() {
        let v: JSON = ["a": [1], "b": [:], "c": []]
        XCTAssertEqual(v.serialized(pretty: true), "{\n  \"a\": [\n    1\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    func testSortedKeys() {
        let v: JSON = ["b": 1, "a": 2]
        XCTAssertEqual(v.serialized(sortedKeys: true), #"{"a":2,"b":1}"#)
    }

    func testStringEscaping() {
        let v = JSON.string("q\"b\\n\nt\tc\u{1}é😀/")
        XCTAssertEqual(v.serialized(), "\"q\\\"b\\\\n\\nt\\tc\\u0001é😀/\"")
    }

    func testComputedNumbersPrintLikeJavaScript() {
        XCTAssertEqual(JSON.double(1.0).serialized(), "1")
        XCTAssertEqual(JSON.double(0.1 + 0.2).serialized(), "0.30000000000000004")
        XCTAssertEqual(JSON.double(1e21).serialized(), "1e+21")
        XCTAssertEqual(JSON.double(1.5e-7).serialized(), "1.5e-7")
        XCTAssertEqual(JSON.double(123456.789).serialized(), "123456.789")
        XCTAssertEqual(JSON.double(-0.000001).serialized(), "-0.000001")
        XCTAssertEqual(JSON.double(.nan).serialized(), "null")
        XCTAssertEqual(JSON.int(Int.min).serialized(), "-9223372036854775808")
    }

    /// `stringified` is what JavaScript's `JSON.stringify` writes for the parsed value.
    func testStringifiedWritesWhatJavaScriptWrites() throws {
        let parsed = try JSON(parsing: #"{"b":1.0,"10":2,"a":[1E2,-0.50,12345678901234567890],"2":"x\u0001","c":{"1":true,"0":null}}"#)
        XCTAssertEqual(parsed.stringified, #"{"2":"x\u0001","10":2,"b":1,"a":[100,-0.5,12345678901234567000],"c":{"0":null,"1":true}}"#)
        XCTAssertEqual(JSON.string("user-1").stringified, #""user-1""#)
        XCTAssertEqual(JSON.double(.infinity).stringified, "null")
        // Keys that are not array indexes keep their order; "01" and 2^32 - 1 are not indexes.
        XCTAssertEqual(try JSON(parsing: #"{"z":1,"01":2,"4294967295":3,"4294967294":4}"#).stringified,
                       #"{"4294967294":4,"z":1,"01":2,"4294967295":3}"#)
    }

    func testRoundTripPreservesText() throws {
        let text = #"{"id":12345678901234567890,"price":19.990,"ok":true,"tags":["a","b"],"n":null,"u":"é"}"#
        XCTAssertEqual(try JSON(parsing: text).serialized(), text)
    }

    func testRoundTripOfRandomValues() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let v = randomValue(depth: 0, rng: &rng)
            let again = try JSON(parsing: v.serialized())
            XCTAssertEqual(again, v)
            XCTAssertEqual(try JSON(parsing: v.serialized(pretty: true)), v)
        }
    }

    private func randomValue(depth: Int, rng: inout SystemRandomNumberGenerator) -> JSON {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &rng))
        case 3: return .double(Double.random(in: -1e6...1e6, using: &rng))
        case 4:
            let scalars = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in
                Unicode.Scalar(UInt32.random(in: 1...0xD7FF, using: &rng)).map(Character.init) ?? "x"
            }
            return .string(String(scalars))
        case 5: return .array((0..<Int.random(in: 0..<4, using: &rng)).map { _ in randomValue(depth: depth + 1, rng: &rng) })
        default:
            var o = JSONObject()
            for k in 0..<Int.random(in: 0..<4, using: &rng) { o["k\(k)"] = randomValue(depth: depth + 1, rng: &rng) }
            return .object(o)
        }
    }
}

final class JSONStringScanningTests: XCTestCase {
    /// Every special byte at every position of a word, so the eight-bytes-at-a-time scans
    /// in the parser and the writer are exercised at each offset.
    func testSpecialBytesAtEveryOffset() throws {
        let specials: [String] = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "😀", "\u{7F}", " ", "~"]
        for special in specials {
            for offset in 0..<19 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                let value = JSON.string(text)
                let written = value.serialized()
                XCTAssertEqual(try JSON(parsing: written), value, "offset \(offset), \(special.debugDescription)")
            }
        }
    }

    func testControlCharactersInsideLongStringsAreRejected() {
        for offset in 0..<17 {
            let bytes: [UInt8] = [0x22] + Array(repeating: 0x61, count: offset) + [0x0A] + Array(repeating: 0x61, count: 16) + [0x22]
            XCTAssertThrowsError(try JSON(parsing: bytes), "control byte at \(offset)")
        }
    }
}
