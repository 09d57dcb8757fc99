/// The text dates V8's legacy parser reads (what JavaScript's `Date` falls back to when
/// text is not in its ISO format), the common forms.
package enum LegacyDate {
    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// The North American zone names V8 knows (minutes east of UTC).
    private static let namedZones: [String: Int] = [
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    /// RFC 2822-style and other text dates as JavaScript's `Date` reads them (V8's legacy
    /// parser, the common forms): `Mon, 01 Jan 2024 10:00:00 GMT`, `January 7, 2021`,
    /// `Jan 7 2021 10:00:00 +0200`, `1/2/2024 10:00 PM`, `01.01.2024`,
    /// `2024-01-01 00:00:00 +0000`. As V8 does: words it does not know (weekday names
    /// among them), stray signs and `)` are ignored before the first number and make the
    /// text invalid after it; zone names count only after a number, AM/PM only after a
    /// time, a sign is an offset only after a time or a UTC zone name; a later month name
    /// replaces an earlier one. Numbers without a month name are month/day/year (or
    /// year/month/day when the first is not a day); a month name takes the day and year
    /// from the first two numbers (the year first when the first number is not a day);
    /// two-digit years are 19xx/20xx; no zone means UTC. `nil` for anything else, and for
    /// text over 256 bytes.
    package static func millis(_ text: String) -> Int? {
        let b = Array(text.utf8)
        guard b.count <= 256 else { return nil }
        var i = 0
        var numbers: [Int] = []
        var month: Int?
        var time: [Int] = []      // hour, minute, second
        var fraction: Int = 0
        var pm: Bool?
        var offset: Int?          // minutes east of UTC
        var depth = 0
        // Whether a number (or an offset) has been read: words V8 does not know, and stray
        // signs and `)`, are ignored before that and make the text invalid after it.
        var numberRead = false
        func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
        // V8 reads every run of bytes from `A` up (letters, `[\]^_`{|}~` and non-ASCII) as one word.
        func isWordByte(_ c: UInt8) -> Bool { c >= 65 }
        func number() -> (Int, Int)? {
            var v: Int = 0, n = 0
            while i < b.count, isDigit(b[i]), n < 12 { v = v * 10 + Int(b[i] - 48); i += 1; n += 1 }
            if i < b.count, isDigit(b[i]) { return nil }
            return n > 0 ? (v, n) : nil
        }
        /// Skips one `-` (V8 skips it after a date number and a month name).
        func skipDash() { if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 } }
        while i < b.count {
            let c = b[i]
            if depth > 0 {
                if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth -= 1 }
                i += 1
                continue
            }
            if c == UInt8(ascii: "(") { depth += 1; i += 1; continue }
            if isWordByte(c) {
                var w = ""
                while i < b.count, isWordByte(b[i]) { w.append(Character(Unicode.Scalar(b[i] | 0x20))); i += 1 }
                let p3 = String(w.prefix(3))
                if w.count >= 3, let m = monthNames.firstIndex(of: p3) {
                    // A later month name replaces an earlier one.
                    month = m + 1
                    skipDash()
                } else if (w == "am" || w == "pm") && !time.isEmpty {
                    pm = w == "pm"
                } else if (w == "ut" || w == "utc" || w == "gmt" || w == "z") && numberRead {
                    // The last zone named wins: `… +0100 UTC` is UTC.
                    offset = 0
                } else if let zone = namedZones[w], numberRead {
                    offset = zone
                } else {
                    // Other words (weekday names too, and a lone `T`: V8 reads ISO-style text
                    // with `T` only as ISO) are ignored before the first number, unless a
                    // digit follows at once, and are fatal after it.
                    if numberRead { return nil }
                    if i < b.count, isDigit(b[i]) { return nil }
                }
                continue
            }
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                if offset == 0 || !time.isEmpty {
                    // A UTC offset (only after a time or a UTC zone name): `±h`, `±hh`,
                    // `±hhmm`, `±hh:mm`.
                    i += 1
                    guard let (v, n) = number() else { return nil }
                    numberRead = true
                    var minutes: Int
                    if i < b.count, b[i] == UInt8(ascii: ":") {
                        i += 1
                        guard let (m, _) = number(), v <= 23, m <= 59 else { return nil }
                        minutes = v * 60 + m
                    } else if n <= 2 {
                        minutes = v * 60
                    } else {
                        minutes = (v / 100) * 60 + v % 100
                    }
                    if c == UInt8(ascii: "-") { minutes = -minutes }
                    offset = minutes
                    continue
                }
                // Any other sign is ignored before the first number and fatal after it.
                if numberRead { return nil }
                i += 1
                continue
            }
            if isDigit(c) {
                guard let (v, _) = number() else { return nil }
                numberRead = true
                if i < b.count, b[i] == UInt8(ascii: ":"), time.isEmpty {
                    time = [v]
                    while i < b.count, b[i] == UInt8(ascii: ":"), time.count < 3 {
                        i += 1
                        guard let (t, _) = number() else { return nil }
                        time.append(t)
                    }
                    if time.count == 3, i < b.count, b[i] == UInt8(ascii: "."), i + 1 < b.count, isDigit(b[i + 1]) {
                        i += 1
                        var n = 0
                        while i < b.count, isDigit(b[i]) {
                            if n < 3 { fraction = fraction * 10 + Int(b[i] - 48) }
                            n += 1
                            i += 1
                        }
                        while n < 3 { fraction *= 10; n += 1 }
                    }
                    // A point after the time that starts no fraction makes the text invalid.
                    if i < b.count, b[i] == UInt8(ascii: "."), !(i + 1 < b.count && isDigit(b[i + 1])) { return nil }
                } else {
                    guard numbers.count < 3 else { return nil }
                    numbers.append(v)
                    // One `-` or `.` right after a date number separates it from the next.
                    if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: ".") { i += 1 }
                }
                continue
            }
            // A closing parenthesis without an opening one is ignored only before the first
            // number; other characters (white space, `,`, `/`, `;`, `@`, …) are ignored.
            if c == UInt8(ascii: ")"), numberRead { return nil }
            i += 1
        }
        func isDay(_ x: Int) -> Bool { x >= 1 && x <= 31 }
        var year: Int, mon: Int, day: Int
        if let month {
            mon = month
            switch numbers.count {
            case 1:
                // V8: a lone day takes the year 2001; a lone number that is not a day is the year.
                if isDay(numbers[0]) { day = numbers[0]; year = 2001 } else { year = numbers[0]; day = 1 }
            case 2, 3:
                // A third number is ignored (`Dec 25 12 2024` is 25 December 2012).
                if !isDay(numbers[0]) { year = numbers[0]; day = numbers[1] } else { day = numbers[0]; year = numbers[1] }
            default: return nil
            }
        } else {
            // V8's day composer without a month name: Y-M-D when the first number is not a
            // day, else M/D/Y; two numbers are Y-M or M/D (year 2001); one is a year.
            switch numbers.count {
            case 3:
                if !isDay(numbers[0]) { year = numbers[0]; mon = numbers[1]; day = numbers[2] } else { mon = numbers[0]; day = numbers[1]; year = numbers[2] }
            case 2:
                if !isDay(numbers[0]) { year = numbers[0]; mon = numbers[1]; day = 1 } else { mon = numbers[0]; day = numbers[1]; year = 2001 }
            case 1:
                // A lone number that could be a day is the month (of 2001), else the year.
                guard numbers[0] <= 9999 else { return nil }
                if isDay(numbers[0]) { mon = numbers[0]; day = 1; year = 2001 } else { year = numbers[0]; mon = 1; day = 1 }
            default:
                return nil
            }
        }
        if year >= 0, year <= 49 { year += 2000 } else if year >= 50, year <= 99 { year += 1900 }
        // (Years beyond JavaScript's range are invalid; the bound also keeps the arithmetic
        // below far from overflow.)
        guard mon >= 1, mon <= 12, isDay(day), year <= 300_000 else { return nil }
        var hour = time.count > 0 ? time[0] : 0
        let minute = time.count > 1 ? time[1] : 0
        let second = time.count > 2 ? time[2] : 0
        if let pm {
            guard hour <= 12 else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        guard hour <= 24, minute <= 59, second <= 59, hour < 24 || (minute == 0 && second == 0 && fraction == 0) else { return nil }
        let t = CivilCalendar.millis(year: year, month: mon, day: day, hour: hour, minute: minute - (offset ?? 0), second: second, millisecond: fraction)
        return abs(t) <= CivilCalendar.maxMillis ? t : nil
    }
}
