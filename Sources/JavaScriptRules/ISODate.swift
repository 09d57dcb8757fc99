/// Date-time text in ISO 8601's extended format, read two ways:
///
/// - strict (the mapping kit's `@date` with `"parse": "iso"`): RFC 3339's shapes, a day
///   that exists in its month, and `,` as well as `.` before the fraction;
/// - lenient (JavaScript's `Date` on its date time string format): also expanded years
///   (`+002024-01-02T00:00:00Z`, `-000001-…`), `24:00` (the end of the day), and a day
///   checked only against 31 and rolled over (2024-02-30 is 1 March).
///
/// Text without an offset is UTC. The result is milliseconds since 1970, or `nil`.
package enum ISODate {
    /// Parses `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), optionally followed by `T`/`t`/space and `HH:MM[:SS[.fff…]]`,
    /// optionally followed by `Z`, `±HH:MM`, `±HHMM` or `±HH`. No offset means UTC.
    ///
    /// `lenient` also takes what JavaScript's `Date` takes beyond that: expanded years
    /// (`+002024-01-02T00:00:00Z`, `-000001-…`) and `24:00` (the end of the day).
    package static func millis(_ text: String, lenient: Bool = false) -> Int? {
        var text = text
        return text.withUTF8 { millis(utf8: $0, lenient: lenient) }
    }

    package static func millis(utf8 b: UnsafeBufferPointer<UInt8>, lenient: Bool) -> Int? {
        var i = 0
        // YYYY, YYYY-MM or YYYY-MM-DD (strict: the shorter forms only without a time;
        // JavaScript's Date also takes `2024T10:00` and `2024-01T10:00`).
        let year: Int
        if lenient, let sign = b.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            i = 1
            guard let y = digits(b, &i, 6), !(sign == UInt8(ascii: "-") && y == 0) else { return nil }
            year = sign == UInt8(ascii: "-") ? -y : y
        } else {
            guard let y = digits(b, &i, 4) else { return nil }
            year = y
        }
        var month: Int = 1, day: Int = 1
        if take(b, &i, UInt8(ascii: "-")) {
            guard let m = digits(b, &i, 2) else { return nil }
            month = m
            if take(b, &i, UInt8(ascii: "-")) {
                guard let d = digits(b, &i, 2) else { return nil }
                day = d
            } else if i < b.count, !(lenient && isTimeDesignator(b[i])) {
                return nil
            }
        } else if i < b.count, !(lenient && isTimeDesignator(b[i])) {
            return nil
        }
        // JavaScript's Date checks a day only against 31 and rolls over (2024-02-30 is 1 March).
        guard (1...12).contains(month), day >= 1, day <= (lenient ? 31 : CivilCalendar.daysIn(year: year, month: month)) else { return nil }
        var hour: Int = 0, minute: Int = 0, second: Int = 0, fraction: Int = 0
        var offsetMinutes: Int = 0
        if i < b.count {
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let h = digits(b, &i, 2), take(b, &i, UInt8(ascii: ":")), let m = digits(b, &i, 2) else { return nil }
            hour = h; minute = m
            if take(b, &i, UInt8(ascii: ":")) {
                guard let s = digits(b, &i, 2) else { return nil }
                second = s
                if take(b, &i, UInt8(ascii: ".")) || (!lenient && take(b, &i, UInt8(ascii: ","))) {
                    var count = 0
                    while i < b.count, b[i] >= 48, b[i] <= 57 {
                        if count < 3 { fraction = fraction * 10 + Int(b[i] - 48) }
                        count += 1
                        i += 1
                    }
                    guard count > 0 else { return nil }
                    var scale = count
                    while scale < 3 { fraction *= 10; scale += 1 }
                }
            }
            let endOfDay = lenient && hour == 24 && minute == 0 && second == 0 && fraction == 0
            guard hour <= 23 || endOfDay, minute <= 59, second <= 59 else { return nil }
            if i < b.count {
                if take(b, &i, UInt8(ascii: "Z")) || take(b, &i, UInt8(ascii: "z")) {
                    // UTC
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    let negative = b[i] == UInt8(ascii: "-")
                    i += 1
                    guard let oh = digits(b, &i, 2) else { return nil }
                    var om: Int = 0
                    if take(b, &i, UInt8(ascii: ":")) {
                        guard let m = digits(b, &i, 2) else { return nil }
                        om = m
                    } else if i < b.count {
                        guard let m = digits(b, &i, 2) else { return nil }
                        om = m
                    } else if lenient {
                        return nil  // JavaScript's Date wants the minutes too
                    }
                    guard oh <= 23, om <= 59 else { return nil }
                    offsetMinutes = (oh * 60 + om) * (negative ? -1 : 1)
                } else {
                    return nil
                }
            }
            guard i == b.count else { return nil }
        }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let ms = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + fraction
        return abs(ms) <= CivilCalendar.maxMillis ? ms : nil
    }

    /// The number written by the `count` digits at `i` (moving past them), or `nil`.
    /// (Helpers with the position passed `inout`, not local functions capturing it: a
    /// captured variable's accesses are checked at run time.)
    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ count: Int) -> Int? {
        guard i + count <= b.count else { return nil }
        var n: Int = 0
        for k in 0..<count {
            let c = b[i + k]
            guard c >= 48 && c <= 57 else { return nil }
            n = n * 10 + Int(c - 48)
        }
        i += count
        return n
    }

    /// Whether the byte at `i` is `c` (moving past it if so).
    @inline(__always)
    private static func take(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ c: UInt8) -> Bool {
        if i < b.count, b[i] == c { i += 1; return true }
        return false
    }

    @inline(__always)
    private static func isTimeDesignator(_ b: UInt8) -> Bool { b == UInt8(ascii: "T") || b == UInt8(ascii: "t") }
}
