import XCTest
@testable import Liquid

/// ArrayFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class ArrayFiltersTests: XCTestCase {
    func testJoin() {
        assertRenders("{{ properties.tags | join: ', ' }} {{ properties.tags | join }}", sampleData, "a, b, c a b c")
    }

    func testFirstLastSize() {
        assertRenders("{{ properties.tags | first }} {{ properties.tags | last }} {{ properties.tags | size }} {{ 'abc' | size }}", sampleData, "a c 3 3")
    }

    func testCompactPushPop() {
        assertRenders("{{ properties.tags | push: 'd' | join: '' }} {{ properties.tags | pop | join: '' }} {{ properties.tags | shift | join: '' }} {{ properties.tags | unshift: 'z' | join: '' }}", sampleData, "abcd ab bc zabc")
    }

    func testWhere() {
        assertRenders("{{ properties.products | where: 'on_sale' | size }} {{ properties.products | where: 'name', 'Sock' | first | json }}", sampleData, "1 {\"name\":\"Sock\",\"price\":2,\"on_sale\":false}")
    }

    func testSum() {
        assertRenders("{{ properties.products | sum: 'price' }} {{ (1..4) | sum }}", sampleData, "37.5 10")
    }

    func testSliceArray() {
        assertRenders("{{ properties.tags | slice: 1, 2 | join: '' }} {{ properties.tags | slice: -1 | join: '' }}", sampleData, "bc c")
    }
}
