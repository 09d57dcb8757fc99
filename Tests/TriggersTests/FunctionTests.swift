import JSONValues
import Triggers
import XCTest

final class FunctionTests: XCTestCase {
    let event = #"""
        {"type":"track","event":"Button Clicked","userId":null,
         "properties":{"title":"Hello big World","n":null,"count":3,"tags":["a","b"],"kana":"ア",
                       "flag":"true","num":"42","obj":{"k":1}}}
        """#

    func check(_ text: String, _ expected: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(matches(text, event, file: file, line: line), expected, text, file: file, line: line)
    }

    func testContains() {
        check("contains(event, 'Click')")
        check("contains(event, 'click')", false)
        check("contains(userId, '')", false)
        check("contains(properties.count, '3')", false)
    }

    func testLength() {
        check("length(properties.title) = 15")
        check("length(properties.kana) = 3")
        check("length(properties.tags) = 2")
        check("length(userId) = 0")
        check("length(properties.missing) = 0")
        check("length(properties.count) = 0")
    }

    func testCaseFunctions() {
        check("lowercase(event) = 'button clicked'")
        check("uppercase(event) = 'BUTTON CLICKED'")
        check("snakecase(properties.title) = 'Hello_big_World'")
        check("kebabcase(properties.title) = 'Hello-big-World'")
        check("titlecase(properties.title) = 'Hello Big World'")
        check("lowercase(userId) = null")
        check("uppercase(properties.count) = null")
    }

    func testTypeof() {
        check("typeof(event) = 'string'")
        check("typeof(properties.count) = 'number'")
        check("typeof(properties.tags) = 'list'")
        check("typeof(userId) = 'null'")
        check("typeof(properties.missing) = 'null'")
        check("typeof(properties.flag = 'true') = 'bool'")
        check("typeof(properties.obj) = 'object'")
    }

    func testConversions() {
        check("bool(properties.flag)")
        check("bool(properties.count)")
        check("bool(properties.tags)")
        check("bool(userId)", false)
        check("bool(properties.title)", false)
        check("string(properties.count) = '3'")
        check("string(userId) = ''")
        check("string(properties.tags) = '[\"a\",\"b\"]'")
        check("number(properties.num) = 42")
        check("number(properties.title) = null")
        check("number(userId) = null")
    }

    func testFunctionsNest() {
        check("length(lowercase(string(properties.count))) = 1")
        check("contains(lowercase(event), 'button')")
        check("match(lowercase(event), 'button *')")
    }

    func testMatchWithAFieldAsPattern() {
        XCTAssertTrue(matches("match(properties.s, properties.p)", #"{"properties":{"s":"abc","p":"a?c"}}"#))
        XCTAssertFalse(matches("match(properties.s, properties.p)", #"{"properties":{"s":"abc","p":"[a"}}"#))
    }
}
