import XCTest
@testable import Liquid

/// DateFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class DateFiltersTests: XCTestCase {
    func testStrftime() {
        assertRenders("{{ properties.ts | date: '%Y-%m-%d %H:%M:%S.%L %z' }}", sampleData, "2024-01-15 10:30:45.123 +0000")
    }

    func testNames() {
        assertRenders("{{ properties.ts | date: '%a %A %b %B %p %j' }}", sampleData, "Mon Monday Jan January AM 015")
    }

    func testPadding() {
        assertRenders("{{ '2024-03-05T07:08:09Z' | date: '%d %e %-d %H %k %I %l %-m %_m %^b' }}", sampleData, "05  5 5 07  7 07  7 3  3 MAR")
    }

    func testDefaultFormat() {
        assertRenders("{{ properties.ts | date }}", sampleData, "Monday, January 15, 2024 at 10:30 am +0000")
    }

    func testEpochSeconds() {
        assertRenders("{{ 1705314645 | date: '%Y-%m-%dT%H:%M:%S' }} {{ '1705314645' | date: '%s' }}", sampleData, "2024-01-15T10:30:45 1705314645")
    }

    func testTimezoneOffsetMinutes() {
        assertRenders("{{ properties.ts | date: '%Y-%m-%d %H:%M %z', 360 }}", sampleData, "2024-01-15 04:30 -0600")
    }

    func testTimezoneName() {
        assertRenders("{{ '2024-07-15T10:00:00Z' | date: '%H:%M %Z %z', 'America/New_York' }}", sampleData, "06:00 America/New_York -0400")
    }

    func testDateOnlyIsUTC() {
        assertRenders("{{ '2024-03-05' | date: '%Y-%m-%d %H:%M' }}", sampleData, "2024-03-05 00:00")
    }

    func testLegacyFormats() {
        assertRenders("{{ 'Mon, 15 Jan 2024 10:30:00 GMT' | date: '%F %H:%M' }} {{ 'January 15, 2024' | date: '%Y-%m-%d' }}", sampleData, "%F 10:30 2024-01-15")
    }

    /// Fixed by the merge of the two `Date.parse` readings into JavaScriptRules (facts
    /// from Node 20 with TZ=UTC, as LiquidJS's `new Date(text)` reads them): Liquid's own
    /// reader trimmed white space before the ISO form, took `,` before a fraction and a
    /// bare `+02` offset, and missed `15-Jan-2024`, RFC 850 dates and nested comments.
    func testDateTextAsV8ReadsIt() {
        assertRenders("{{ '15-Jan-2024' | date: '%Y-%m-%d' }}", "2024-01-15")
        assertRenders("{{ 'Sunday, 06-Nov-94 08:49:37 GMT' | date: '%Y-%m-%d %H:%M' }}", "1994-11-06 08:49")
        assertRenders("{{ 'Jan 15 2024 (a (b)) 10:00' | date: '%H:%M' }}", "10:00")
        assertRenders("{{ ' 2024-01-15T10:30:00Z' | date: '%Y' }}", " 2024-01-15T10:30:00Z")
        assertRenders("{{ '2024-01-15T10:30:00,5Z' | date: '%Y' }}", "2024-01-15T10:30:00,5Z")
        assertRenders("{{ '2024-01-15T10:30:00+02' | date: '%Y' }}", "2024-01-15T10:30:00+02")
    }

    func testNotADate() {
        assertRenders("{{ 'not a date' | date: '%Y' }}", sampleData, "not a date")
    }

    func testHelpers() {
        assertRenders("{{ properties.ts | date_to_xmlschema }} | {{ properties.ts | date_to_rfc822 }} | {{ properties.ts | date_to_string }} | {{ properties.ts | date_to_long_string: 'ordinal', 'US' }}", sampleData, "2024-01-15T10:30:45+00:00 | Mon, 15 Jan 2024 10:30:45 +0000 | 15 Jan 2024 | January 15th, 2024")
    }
}
