import JSONValues
import MappingKit
import XCTest

/// `@date` with `"parse": "dayjs"`: text read as `dayjs(text)` reads it (expected values
/// computed with dayjs's parseDate rules and V8's `Date` in UTC).
final class DateDayjsReadingTests: XCTestCase {
    func date(_ value: String) -> String {
        #"{"@date": {"value": \#(value), "format": "unix", "parse": "dayjs"}}"#
    }

    func testLoosePatternWithRollOver() {
        // dayjs's REGEX_PARSE splits the digits 1704|06|72|00: 11 Aug 1704.
        assertMaps(date(#""1704067200""#), to: "-8374924800")
        assertMaps(date(#""20240101""#), to: "1704067200")
        assertMaps(date(#""2024/01/02 10:00""#), to: "1704189600")
        assertMaps(date(#""2024-13-45""#), to: "1739491200")
        assertMaps(date(#""2024-01-02T10:00:00.123456""#), to: "1704189600")
        assertMaps(date(#""2024""#), to: "1704067200")
    }

    func testISOAndNumbersAsBefore() {
        assertMaps(date(#""2024-01-02T10:00:00+02:00""#), to: "1704182400")
        assertMaps(date(#""2024-01-02T03:04:05Z""#), to: "1704164645")
        assertMaps(date("1704067200"), to: "1704067")
    }

    func testTextDates() {
        assertMaps(date(#""Mon, 01 Jan 2024 10:00:00 GMT""#), to: "1704103200")
        assertMaps(date(#""January 7, 2021""#), to: "1609977600")
        assertMaps(date(#""Jan 7 2021 10:00:00 +0200""#), to: "1610006400")
        assertMaps(date(#""1/2/2024 10:00 PM""#), to: "1704232800")
        assertMaps(date(#""Jan 07 2021 10:00:00 GMT+0100 (Central European Standard Time)""#), to: "1610010000")
        assertAbsent(date(#""yesterday""#))
        // V8: a lone day takes the year 2001; a lone number that is not a day is the year.
        assertMaps(date(#""Jan 7""#), to: "978825600")
        assertMaps(date(#""Jan 2024""#), to: "1704067200")
        assertAbsent(date(#""Jan 32 2024""#))
    }

    func testTextDatesWithoutMonthNames() {
        // V8: three numbers are M/D/Y unless the first cannot be a day (then Y-M-D).
        assertMaps(date(#""01.01.2024 10:00""#), to: "1704103200")
        assertMaps(date(#""2024-01-01 00:00:00 +0000""#), to: "1704067200")
        assertMaps(date(#""2024-01-01 12:00 PM""#), to: "1704110400")
        assertMaps(date(#""Dec 25 2023 11:59:59 PM EST""#), to: "1703566799")
        // An offset may follow AM/PM.
        assertMaps(date(#""Tue 16 Sep 2024 5:46 pm +05:30""#), to: "1726488960")
        assertMaps(date(#""1999/11/23 1:12 AM -0500""#), to: "943337520")
        // A sign after a date number is a separator, not an offset.
        assertMaps(date(#""10:00:00 2024-01-02""#), to: "1704189600")
        // Lone numbers: a possible day is a month of 2001, else a year.
        assertMaps(date(#""12""#), to: "1007164800")
        assertMaps(date(#""99""#), to: "915148800")
        for bad in [#""13/45/2024""#, #""01/32/2024""#, #""25/12/2023""#, #""1/1/2000 13:00 PM""#, #""2024-01-02T10:00:00 GMT""#, #""Jan 1st 2024""#, #""31""#] {
            assertAbsent(date(bad))
        }
    }

    /// Fixed by the merge of the two `Date.parse` readings into JavaScriptRules (facts
    /// from Node 20 with TZ=UTC): words before the first number are ignored, a zone name
    /// after an offset wins, a month name takes the first two of three numbers.
    func testLegacyTextAsV8ReadsIt() {
        assertMaps(date(#""foo 1/2/2024""#), to: "1704153600")
        assertMaps(date(#""2024-01-15 10:30:00 +02:00 GMT""#), to: "1705314600")
        assertMaps(date(#""Dec 25 12 2024""#), to: "1356393600")
        assertMaps(date(#""Jan 15, 2024; 10:30""#), to: "1705314600")
        assertAbsent(date(#""Jan 15 2024 10:30:00.""#))
    }

    func testExpandedYearsAndEndOfDay() {
        assertMaps(date(#""2024-01-02T24:00:00Z""#), to: "1704240000")
        assertMaps(date(#""+002024-01-02T00:00:00Z""#), to: "1704153600")
        assertMaps(date(#""-000001-01-01T00:00:00Z""#), to: "-62198755200")
        assertAbsent(date(#""-000000-01-01T00:00:00Z""#))
    }

    func testUnknownReadingIsAValidationError() {
        XCTAssertEqual(
            validationErrors(#"{"@date": {"value": 1, "format": "unix", "parse": "moment"}}"#),
            [#"/@date/parse should be one of iso, dayjs but it is "moment"."#]
        )
    }
}
