import XCTest
@testable import Liquid

/// StringFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class StringFiltersTests: XCTestCase {
    func testAppendPrepend() {
        assertRenders("{{ 'b' | append: 'c' | prepend: 'a' }}", sampleData, "abc")
    }

    func testCase() {
        assertRenders("{{ 'MiXed' | downcase }} {{ 'MiXed' | upcase }} {{ 'hello WORLD' | capitalize }}", sampleData, "mixed MIXED Hello world")
    }

    func testStrip() {
        assertRenders("[{{ '  x  ' | strip }}][{{ '  x  ' | lstrip }}][{{ '  x  ' | rstrip }}][{{ 'xxaxx' | strip: 'x' }}]", sampleData, "[x][x  ][  x][a]")
    }

    func testStripHtmlNewlines() {
        assertRenders("{{ properties.html | strip_html }}|{{ 'a\nb\r\nc' | strip_newlines }}", sampleData, "Hi & bye|abc")
    }

    func testReplace() {
        assertRenders("{{ 'a.b.c' | replace: '.', '-' }} {{ 'a.b.c' | replace_first: '.', '-' }} {{ 'a.b.c' | replace_last: '.', '-' }}", sampleData, "a-b-c a-b.c a.b-c")
    }

    func testRemove() {
        assertRenders("{{ 'a.b.c' | remove: '.' }} {{ 'a.b.c' | remove_first: '.' }} {{ 'a.b.c' | remove_last: '.' }}", sampleData, "abc ab.c a.bc")
    }

    func testSplit() {
        assertRenders("{{ 'a,b,,c,,' | split: ',' | size }} {{ 'abc' | split: '' | join: '-' }}", sampleData, "4 a-b-c")
    }

    func testTruncate() {
        assertRenders("{{ 'The quick brown fox' | truncate: 10 }} {{ 'The quick brown fox' | truncate: 10, '' }} {{ 'short' | truncate: 10 }}", sampleData, "The qui... The quick  short")
    }

    func testTruncatewords() {
        assertRenders("{{ 'The quick brown fox' | truncatewords: 2 }} {{ 'a b c' | truncatewords: 3 }} {{ 'a b c' | truncatewords: 2, '--' }}", sampleData, "The quick... a b c... a b--")
    }

    func testSlice() {
        assertRenders("{{ 'abcdef' | slice: 2 }} {{ 'abcdef' | slice: 2, 3 }} {{ 'abcdef' | slice: -3, 2 }}", sampleData, "c cde de")
    }

    func testNormalizeAndCount() {
        assertRenders("{{ ' a  b\nc ' | normalize_whitespace }}|{{ 'one two  three' | number_of_words }}", sampleData, " a b c |3")
    }

    func testNilInput() {
        assertRenders("[{{ nil | upcase }}][{{ missing | append: 'x' }}]", sampleData, "[][x]")
    }
}
