import XCTest
@testable import Liquid

/// MathFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class MathFiltersTests: XCTestCase {
    func testPlusMinusTimes() {
        assertRenders("{{ 1 | plus: 2 }} {{ 5 | minus: 7 }} {{ 3 | times: 1.5 }} {{ '2' | plus: '3' }}", sampleData, "3 -2 4.5 5")
    }

    func testDividedBy() {
        assertRenders("{{ 10 | divided_by: 4 }} {{ 10 | divided_by: 4, true }} {{ 10 | divided_by: 0 }} {{ 9 | divided_by: 3 }}", sampleData, "2.5 2 Infinity 3")
    }

    func testModulo() {
        assertRenders("{{ 7 | modulo: 3 }} {{ -7 | modulo: 3 }} {{ 7.5 | modulo: 2 }}", sampleData, "1 2 1.5")
    }

    func testRounding() {
        assertRenders("{{ 4.5 | round }} {{ 4.567 | round: 2 }} {{ 4.1 | ceil }} {{ 4.9 | floor }} {{ -3 | abs }}", sampleData, "5 4.57 5 4 3")
    }

    func testClamps() {
        assertRenders("{{ 5 | at_least: 7 }} {{ 5 | at_most: 3 }}", sampleData, "7 3")
    }

    func testJsNumberFormatting() {
        assertRenders("{{ 0.1 | plus: 0.2 }} {{ 1e21 | plus: 0 }} {{ 3.0 | times: 1 }} {{ 1 | divided_by: 3 }}", sampleData, "0.30000000000000004 0 3 0.3333333333333333")
    }

    func testMissingArgumentIsNaN() {
        assertRenders("{{ 5 | plus }} {{ 'x' | plus: 1 }}", sampleData, "NaN 1")
    }

    func testPriceTimesQty() {
        assertRenders("{{ properties.price | times: properties.qty | round: 2 }}", sampleData, "59.97")
    }
}
