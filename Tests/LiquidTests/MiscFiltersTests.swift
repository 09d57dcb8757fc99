import XCTest
@testable import Liquid

/// MiscFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class MiscFiltersTests: XCTestCase {
    func testDefault() {
        assertRenders("{{ missing | default: 'd' }} {{ properties.empty | default: 'd' }} {{ properties.no | default: 'd' }} {{ properties.no | default: 'd', allow_false: true }} {{ 0 | default: 'd' }}", sampleData, "d d d false 0")
    }

    func testJson() {
        assertRenders("{{ properties.products[1] | json }} {{ properties.tags | json: 2 }} {{ properties.name | jsonify }}", sampleData, "{\"name\":\"Shoe\",\"price\":25.5,\"on_sale\":true} [\n  \"a\",\n  \"b\",\n  \"c\"\n] \"SpongeBob\"")
    }

    func testToInteger() {
        assertRenders("{{ '3.7' | to_integer }} {{ 'x' | to_integer }}", sampleData, "3.7 NaN")
    }

    func testUnknownFilterPassesThrough() {
        assertRenders("{{ properties.name | no_such_filter: 1 }}", sampleData, "SpongeBob")
    }
}
