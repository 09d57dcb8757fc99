/// The proleptic Gregorian calendar of JavaScript's `Date`, on day numbers (days since
/// 1970-01-01, UTC) and time values (milliseconds since then), with Howard Hinnant's
/// algorithms. Liquid's and the mapping kit's dates and delivery's timestamps all use it.
package enum CivilCalendar {
    /// JavaScript's limit on time values: ±100,000,000 days, in milliseconds.
    package static let maxMillis = 8_640_000_000_000_000

    /// The day number of a date (month 1–12, day 1–31).
    package static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number.
    package static func civil(fromDays z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// `Date.UTC(year, month - 1, day, hour, minute, second, ms)` as an integer: every
    /// field may overflow into the next (month 13 is January of the next year, day 0 the
    /// last day of the month before), as `new Date(y, m, d, …)` allows.
    package static func millis(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) -> Int {
        let month0 = month - 1
        let y = year + floorDiv(month0, 12)
        let m = month0 - floorDiv(month0, 12) * 12
        let d = days(year: y, month: m + 1, day: 1) + day - 1
        return d * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond
    }

    /// Whether `year` has a 29 February.
    package static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month (1–12) of `year`.
    package static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `a / b` rounded towards negative infinity (`b` > 0).
    @inlinable
    package static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// `new Date(ms).toISOString()`: `2024-01-02T03:04:05.000Z`, with a signed six-digit
    /// year outside 0–9999 (`+275760-09-13T00:00:00.000Z`).
    package static func isoText(millis ms: Int) -> String {
        let days = floorDiv(ms, 86_400_000)
        var rest = ms - days * 86_400_000
        let (y, mo, d) = civil(fromDays: days)
        let h = rest / 3_600_000; rest %= 3_600_000
        let mi = rest / 60_000; rest %= 60_000
        let s = rest / 1000
        let f = rest % 1000
        func pad(_ n: Int, _ width: Int) -> String {
            let t = String(n)
            return t.count >= width ? t : String(repeating: "0", count: width - t.count) + t
        }
        let year = (0...9999).contains(y) ? pad(y, 4) : (y < 0 ? "-" : "+") + pad(abs(y), 6)
        return "\(year)-\(pad(mo, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }
}
