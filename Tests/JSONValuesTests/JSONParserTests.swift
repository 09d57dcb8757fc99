import XCTest
@testable import JSONValues

final class JSONParserTests: XCTestCase {
    func testParsesObject() throws {
        let v = try JSON(parsing: "{\"a\": [1, 2.50, true, null, \"x\"]}")
        XCTAssertEqual(v["a"]?[1]?.numberValue?.jsonText, "2.50")
    }
}
