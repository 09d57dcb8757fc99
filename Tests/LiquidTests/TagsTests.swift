import XCTest
@testable import Liquid

/// Tags: expectations are LiquidJS 10.27's output for the same template and data.
final class TagsTests: XCTestCase {
    func testIfElse() {
        assertRenders("{% if properties.qty > 2 %}many{% elsif properties.qty == 1 %}one{% else %}few{% endif %}", sampleData, "many")
    }

    func testUnless() {
        assertRenders("{% unless properties.no %}shown{% else %}hidden{% endunless %}", sampleData, "shown")
    }

    func testAndOrRightAssociative() {
        assertRenders("{% if false or true and false %}T{% else %}F{% endif %}{% if true and false or true %}T{% else %}F{% endif %}", sampleData, "FT")
    }

    func testTruthiness() {
        assertRenders("{% if properties.empty %}e{% endif %}{% if 0 %}z{% endif %}{% if properties.nothing %}n{% endif %}{% if properties.no %}f{% endif %}{% if properties.missing %}m{% endif %}", sampleData, "ez")
    }

    func testComparisons() {
        assertRenders("{{ 1 == 1.0 }} {{ '1' == 1 }} {{ 'b' > 'a' }} {{ 10 > 9 }} {{ '10' < '9' }} {{ properties.tags contains 'b' }} {{ properties.name contains 'Bob' }}", sampleData, "true false true true true true true")
    }

    func testEmptyAndBlank() {
        assertRenders("{% if properties.empty == empty %}1{% endif %}{% if properties.nothing == blank %}2{% endif %}{% if '  ' == blank %}3{% endif %}{% if properties.tags == empty %}4{% endif %}", sampleData, "123")
    }

    func testAssignWithFilters() {
        assertRenders("{% assign n = properties.name | downcase | append: '!' %}{{ n }}", sampleData, "spongebob!")
    }

    func testCapture() {
        assertRenders("{% capture greeting %}Hi {{ properties.name }}{% endcapture %}{{ greeting | upcase }}", sampleData, "HI SPONGEBOB")
    }

    func testComment() {
        assertRenders("a{% comment %}{{ anything }}{% for %}{% endcomment %}b{% # inline %}c", sampleData, "abc")
    }

    func testRaw() {
        assertRenders("{% raw %}{{ properties.name }} {% if %}{% endraw %}", sampleData, "{{ properties.name }} {% if %}")
    }

    func testEcho() {
        assertRenders("{% echo properties.name | upcase %}", sampleData, "SPONGEBOB")
    }

    func testLiquidTag() {
        assertRenders("{% liquid\nassign total = properties.price | times: properties.qty\nif total > 50\necho 'big'\nelse\necho 'small'\nendif\n%}", sampleData, "big")
    }

    func testIncrementDecrement() {
        assertRenders("{% increment c %}{% increment c %}{% increment c %} {% decrement d %}{% decrement d %} {{ c }}", sampleData, "012 -1-2 3")
    }

    func testCycle() {
        assertRenders("{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}", sampleData, "aba")
    }

    func testCycleKeyedByCount() {
        assertRenders("{% cycle 'a', 'b' %}{% cycle 'x', 'y' %}", sampleData, "ay")
    }

    func testBreakStopsRendering() {
        assertRenders("a{% if true %}b{% break %}c{% endif %}d", sampleData, "ab")
    }

    func testWhitespaceControl() {
        assertRenders("a  {{- properties.name -}}  b\n{%- if true -%}\n  c\n{%- endif -%}\n", sampleData, "aSpongeBobbc")
    }

    func testPropertyAccess() {
        assertRenders("{{ properties.products[1].name }} {{ properties.tags[-1] }} {{ properties['world'] }} {{ properties.tags.size }} {{ properties.tags.first }} {{ properties.tags.last }} {{ properties.name.size }}", sampleData, "Shoe c Earth 3 a c 9")
    }

    func testRanges() {
        assertRenders("{{ (1..4) | join: ',' }} {{ (1..properties.qty) | join: '' }}", sampleData, "1,2,3,4 123")
    }

    func testUndefinedIsEmpty() {
        assertRenders("[{{ properties.missing.deeper }}][{{ nothing }}]", sampleData, "[][]")
    }

    func testLiterals() {
        assertRenders("{{ 3.0 }} {{ -2 }} {{ 0.5 }} {{ 'it''s' }} {{ \"a\\tb\" }} {{ true }} {{ nil }}|", sampleData, "3 -2 0.5 it a\tb true |")
    }

    func testObjectsPrint() {
        assertRenders("{{ properties.tags }} {{ properties.products[0] }}", sampleData, "abc [object Object]")
    }
}
