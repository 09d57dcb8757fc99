@testable import JavaScriptRules
import XCTest

/// The calendar: each case is what Node 20's `Date` gives (`node facts.js cal`).
final class CivilCalendarTests: XCTestCase {
    /// (year, month 1-based, day, hour, minute, second, ms, `Date.UTC`-style time value
    /// from `setUTCFullYear(y, m - 1, d)` and `setUTCHours(h, mi, s, ms)`), fields rolling over.
    static let times: [(Int, Int, Int, Int, Int, Int, Int, Int)] = [
        (1970, 1, 1, 0, 0, 0, 0, 0),
        (2024, 2, 29, 12, 0, 0, 0, 1709208000000),
        (2024, 13, 45, 0, 0, 0, 0, 1739491200000),
        (2024, 0, 0, 0, 0, 0, 0, 1701302400000),
        (2000, 3, 1, 25, 61, 61, 1001, 951962522001),
        (1600, 2, 29, 0, 0, 0, 0, -11670998400000),
        (-1, 1, 1, 0, 0, 0, 0, -62198755200000),
        (275760, 9, 13, 0, 0, 0, 0, 8640000000000000),
        (-271821, 4, 20, 0, 0, 0, 0, -8640000000000000),
        (1900, 2, 29, 0, 0, 0, 0, -2203891200000),
    ]

    /// (time value, `new Date(t).toISOString()`)
    static let isoTexts: [(Int, String)] = [
        (0, "1970-01-01T00:00:00.000Z"),
        (1704164645123, "2024-01-02T03:04:05.123Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
        (-62198755200000, "-000001-01-01T00:00:00.000Z"),
        (8640000000000000, "+275760-09-13T00:00:00.000Z"),
        (-8640000000000000, "-271821-04-20T00:00:00.000Z"),
        (253402300800000, "+010000-01-01T00:00:00.000Z"),
        (-62167219200001, "-000001-12-31T23:59:59.999Z"),
    ]

    func testTimeValues() {
        for (y, m, d, h, mi, s, ms, want) in Self.times {
            XCTAssertEqual(CivilCalendar.millis(year: y, month: m, day: d, hour: h, minute: mi, second: s, millisecond: ms), want, "\(y)-\(m)-\(d) \(h):\(mi):\(s).\(ms)")
        }
    }

    func testISOText() {
        for (t, want) in Self.isoTexts {
            XCTAssertEqual(CivilCalendar.isoText(millis: t), want, "\(t)")
        }
    }

    func testDaysRoundTrip() {
        for z in stride(from: -1_000_000, through: 1_000_000, by: 997) {
            let c = CivilCalendar.civil(fromDays: z)
            XCTAssertEqual(CivilCalendar.days(year: c.year, month: c.month, day: c.day), z)
        }
    }

    func testMonthLengthsAndDivision() {
        XCTAssertEqual(CivilCalendar.daysIn(year: 2024, month: 2), 29)
        XCTAssertEqual(CivilCalendar.daysIn(year: 1900, month: 2), 28)
        XCTAssertEqual(CivilCalendar.daysIn(year: 2000, month: 2), 29)
        XCTAssertEqual(CivilCalendar.daysIn(year: 2023, month: 4), 30)
        XCTAssertEqual(CivilCalendar.floorDiv(-1, 1000), -1)
        XCTAssertEqual(CivilCalendar.floorDiv(1999, 1000), 1)
    }
}
