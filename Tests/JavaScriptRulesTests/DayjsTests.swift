@testable import JavaScriptRules
import XCTest

/// `dayjs(text)` in UTC, in Unix seconds (`dayjs(text).unix()`; `nil` is an invalid date).
/// The facts are the mapping kit's (`MappingKitTests/DateDayjsReadingTests.swift`),
/// computed with dayjs's `parseDate` rules and V8's `Date` in UTC.
final class DayjsTests: XCTestCase {
    static let facts: [(String, Int?)] = [
        ("1704067200", -8374924800),
        ("20240101", 1704067200),
        ("2024/01/02 10:00", 1704189600),
        ("2024-13-45", 1739491200),
        ("2024-01-02T10:00:00.123456", 1704189600),
        ("2024", 1704067200),
        ("2024-01-02T10:00:00+02:00", 1704182400),
        ("2024-01-02T03:04:05Z", 1704164645),
        ("Mon, 01 Jan 2024 10:00:00 GMT", 1704103200),
        ("January 7, 2021", 1609977600),
        ("Jan 7 2021 10:00:00 +0200", 1610006400),
        ("1/2/2024 10:00 PM", 1704232800),
        ("Jan 07 2021 10:00:00 GMT+0100 (Central European Standard Time)", 1610010000),
        ("Jan 7", 978825600),
        ("Jan 2024", 1704067200),
        ("01.01.2024 10:00", 1704103200),
        ("2024-01-01 00:00:00 +0000", 1704067200),
        ("2024-01-01 12:00 PM", 1704110400),
        ("Dec 25 2023 11:59:59 PM EST", 1703566799),
        ("Tue 16 Sep 2024 5:46 pm +05:30", 1726488960),
        ("1999/11/23 1:12 AM -0500", 943337520),
        ("10:00:00 2024-01-02", 1704189600),
        ("12", 1007164800),
        ("99", 915148800),
        ("2024-01-02T24:00:00Z", 1704240000),
        ("+002024-01-02T00:00:00Z", 1704153600),
        ("-000001-01-01T00:00:00Z", -62198755200),
        ("yesterday", nil),
        ("Jan 32 2024", nil),
        ("-000000-01-01T00:00:00Z", nil),
        ("13/45/2024", nil),
        ("01/32/2024", nil),
        ("25/12/2023", nil),
        ("1/1/2000 13:00 PM", nil),
        ("2024-01-02T10:00:00 GMT", nil),
        ("Jan 1st 2024", nil),
        ("31", nil),
    ]

    func testFacts() {
        for (text, want) in Self.facts {
            XCTAssertEqual(Dayjs.millis(parsing: text).map { CivilCalendar.floorDiv($0, 1000) }, want, text.debugDescription)
        }
    }

    /// dayjs's loose pattern splits digit runs as JavaScript's backtracking regex does.
    func testLoosePattern() {
        XCTAssertEqual(Dayjs.looseMillis("1704067200"), -8_374_924_800_000)
        XCTAssertNil(Dayjs.looseMillis("2024-01-01T00:00:00Z"))
        XCTAssertNil(Dayjs.looseMillis(String(repeating: "1:", count: 100)))
    }
}
