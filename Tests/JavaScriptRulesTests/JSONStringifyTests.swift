import JSONValues
import XCTest

/// `JSON.stringify`, which `JSONValues` writes (``JSON/stringified``) with the key order
/// of `JavaScriptRules`' `ArrayIndex` and the number text of its `NumberToText`. The
/// expected text is Node 20's (`node facts.js idx`, last line).
final class JSONStringifyTests: XCTestCase {
    func testKeyOrderAndQuoting() throws {
        let parsed = try JSON(parsing: #"{"b":1,"10":2,"a":3,"2":4,"01":5,"4294967295":6,"4294967294":7}"#)
        XCTAssertEqual(parsed.stringified, #"{"2":4,"10":2,"4294967294":7,"b":1,"a":3,"01":5,"4294967295":6}"#)
        XCTAssertEqual(JSON.string("a\"\\\u{1}\n\u{7F}\u{2028}").stringified, #""a\"\\\u0001\n"# + "\u{7F}\u{2028}\"")
        XCTAssertEqual(try JSON(parsing: "[1.0, 1E2, -0.0, 1e21]").stringified, "[1,100,0,1e+21]")
    }
}
