import XCTest
@testable import JSONValues

final class JSONValueTests: XCTestCase {
    func testObjectEqualityIgnoresOrder() {
        let a: JSON = ["x": 1, "y": 2]
        let b: JSON = ["y": 2, "x": 1.0]
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
    }

    func testObjectSetAndRemove() {
        var o: JSONObject = ["a": 1, "b": 2]
        o["a"] = "new"
        XCTAssertEqual(o.keys, ["a", "b"])
        o["a"] = nil
        XCTAssertEqual(o.keys, ["b"])
        XCTAssertNil(o.removeValue(forKey: "zzz"))
    }

    func testLargeObjectsUseAnIndex() {
        var o = JSONObject()
        for i in 0..<100 { o["k\(i)"] = .int(i) }
        XCTAssertEqual(o["k77"], .int(77))
        o["k10"] = nil
        XCTAssertNil(o["k10"])
        XCTAssertEqual(o["k99"], .int(99))
        XCTAssertEqual(o.count, 99)
    }

    func testAppendingPastTheIndexThresholdFindsEveryMember() {
        // The index is built when the object grows past the threshold, then kept up member
        // by member (out of line from `appendUnchecked`).
        var o = JSONObject(minimumCapacity: 4)
        let n = JSONObject.indexThreshold * 2 + 3
        for i in 0..<n {
            o.appendUnchecked("member-\(i)", .int(i))
            for j in [0, i / 2, i] { XCTAssertEqual(o["member-\(j)"], .int(j), "after \(i + 1) members") }
            XCTAssertNil(o["member-\(i + 1)"])
        }
        XCTAssertEqual(o.count, n)
    }

    func testAccessors() {
        let v: JSON = ["a": [1, "two", ["three": 3]]]
        XCTAssertEqual(v["a"]?[1]?.stringValue, "two")
        XCTAssertEqual(v["a"]?[2]?["three"]?.doubleValue, 3)
        XCTAssertNil(v["a"]?[9])
        XCTAssertNil(v["missing"])
        XCTAssertEqual(v["a"]?.kindName, "array")
    }

    func testNumberConversions() {
        XCTAssertEqual(JSONNumber(literal: "2.50")?.javaScriptText, "2.5")
        XCTAssertEqual(JSONNumber(literal: "1e3")?.javaScriptText, "1000")
        // Beyond 2^53 JavaScript prints the double's shortest digits, padded with zeros.
        XCTAssertEqual(JSONNumber(literal: "264220006206222000")?.javaScriptText, "264220006206222000")
        XCTAssertEqual(JSONNumber.javaScriptText(264220006206222000), "264220006206222000")
        XCTAssertEqual(JSONNumber(literal: "9007199254740993")?.javaScriptText, "9007199254740992")
        XCTAssertEqual(JSONNumber(literal: "12345678901234567890")?.javaScriptText, "12345678901234567000")
        XCTAssertEqual(JSONNumber(literal: "9007199254740991")?.javaScriptText, "9007199254740991")
        XCTAssertEqual(JSONNumber(literal: "1e3")?.int64Value, 1000)
        XCTAssertNil(JSONNumber(literal: "1.5")?.int64Value)
        XCTAssertNil(JSONNumber(literal: "01"))
        XCTAssertEqual(JSONNumber(3.0).jsonText, "3")
        XCTAssertTrue(JSONNumber(2) < JSONNumber(2.5))
    }

    func testPointerEscaping() {
        XCTAssertEqual(JSONPointer.appending("/a", "b/c~d"), "/a/b~1c~0d")
        XCTAssertEqual(JSONPointer.appending("", 3), "/3")
    }
}

final class JavaScriptNumberTests: XCTestCase {
    func testNumberOfText() {
        XCTAssertEqual(JSONNumber.javaScriptNumber(""), 0)
        XCTAssertEqual(JSONNumber.javaScriptNumber(" \t\u{A0}12.5\n"), 12.5)
        XCTAssertEqual(JSONNumber.javaScriptNumber("0x1F"), 31)
        XCTAssertEqual(JSONNumber.javaScriptNumber("0b101"), 5)
        XCTAssertEqual(JSONNumber.javaScriptNumber(".5"), 0.5)
        XCTAssertEqual(JSONNumber.javaScriptNumber("5."), 5)
        XCTAssertEqual(JSONNumber.javaScriptNumber("-Infinity"), -.infinity)
        XCTAssertEqual(JSONNumber.javaScriptNumber("1e3"), 1000)
        XCTAssertTrue(JSONNumber.javaScriptNumber("12px").isNaN)
        XCTAssertTrue(JSONNumber.javaScriptNumber("0x").isNaN)
        XCTAssertTrue(JSONNumber.javaScriptNumber("1e").isNaN)
        XCTAssertTrue(JSONNumber.javaScriptNumber("infinity").isNaN)
    }
}
