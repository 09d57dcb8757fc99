import JavaScriptRules
import JSONValues
/// Parses date text as JavaScript's `new Date(string)` does for the forms events carry:
/// ISO 8601 (`2024-01-15`, `2024-01-15T10:30:00.000Z`, `2024-01-15 10:30:00+02:00`) and the
/// common legacy forms (`Mon, 15 Jan 2024 10:30:00 GMT`, `January 15, 2024 10:30`,
/// `2024/01/15`, `01/15/2024`). Times without an offset are UTC (the engine's zone).
enum DateParser {
    /// Milliseconds since the epoch, or nil when the text is not a date.
    static func parse(_ text: String) -> Double? {
        let s = Array(JSText.trim(JSText.units(text)).utf8)
        if s.isEmpty { return nil }
        if let t = iso(s) { return t }
        // V8 commits to the ISO grammar once it has seen `YYYY-MM-DDT`.
        if s.count > 10, s[4] == 45, s[7] == 45, s[10] == 84 || s[10] == 116,
           s[0..<4].allSatisfy(isDigit), s[5..<7].allSatisfy(isDigit), s[8..<10].allSatisfy(isDigit) {
            return nil
        }
        return legacy(s)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    private static func digits(_ s: [UInt8], _ i: inout Int, min: Int, max: Int) -> Int? {
        var v = 0, n = 0
        while i < s.count, n < max, s[i] >= 48, s[i] <= 57 {
            v = v * 10 + Int(s[i] - 48)
            i += 1
            n += 1
        }
        return n >= min ? v : nil
    }

    /// `YYYY[-MM[-DD]][(T| )HH:mm[:ss[.fff]]][Z|±HH[:]mm]`, and `±YYYYYY` years.
    static func iso(_ s: [UInt8]) -> Double? {
        var i = 0
        var sign = 1
        var year: Int
        if s[0] == 43 || s[0] == 45 {
            sign = s[0] == 45 ? -1 : 1
            i = 1
            guard let y = digits(s, &i, min: 6, max: 6) else { return nil }
            year = sign * y
        } else {
            guard let y = digits(s, &i, min: 4, max: 4) else { return nil }
            year = y
        }
        var month = 1, day = 1
        if i < s.count, s[i] == 45 {
            i += 1
            guard let m = digits(s, &i, min: 2, max: 2), (1...12).contains(m) else { return nil }
            month = m
            if i < s.count, s[i] == 45 {
                i += 1
                guard let d = digits(s, &i, min: 2, max: 2), (1...31).contains(d) else { return nil }
                day = d
            }
        }
        if i == s.count { return DateMath.utc(year, month, day) }
        guard s[i] == 84 || s[i] == 116 || s[i] == 32 else { return nil }
        i += 1
        guard let h = digits(s, &i, min: 2, max: 2), i < s.count, s[i] == 58 else { return nil }
        i += 1
        guard let mi = digits(s, &i, min: 2, max: 2) else { return nil }
        var sec = 0, ms = 0
        if i < s.count, s[i] == 58 {
            i += 1
            guard let ss = digits(s, &i, min: 2, max: 2) else { return nil }
            sec = ss
            if i < s.count, s[i] == 46 || s[i] == 44 {
                i += 1
                let start = i
                guard digits(s, &i, min: 1, max: 64) != nil else { return nil }
                var frac = Array(s[start..<i].prefix(3))
                while frac.count < 3 { frac.append(48) }
                ms = Int(String(decoding: frac, as: UTF8.self)) ?? 0
            }
        }
        guard h <= 24, mi <= 59, sec <= 59, h < 24 || (mi == 0 && sec == 0 && ms == 0) else { return nil }
        var offset = 0
        if i < s.count {
            if s[i] == 90 || s[i] == 122 {
                i += 1
            } else if s[i] == 43 || s[i] == 45 {
                let neg = s[i] == 45
                i += 1
                guard let oh = digits(s, &i, min: 2, max: 2) else { return nil }
                var om = 0
                if i < s.count, s[i] == 58 { i += 1 }
                if i < s.count {
                    guard let m = digits(s, &i, min: 2, max: 2) else { return nil }
                    om = m
                }
                guard oh <= 23, om <= 59 else { return nil }
                offset = (oh * 60 + om) * (neg ? -1 : 1)
            } else {
                return nil
            }
        }
        guard i == s.count else { return nil }
        return DateMath.utc(year, month, day, h, mi, sec, ms) - Double(offset) * 60_000
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// Zone names V8 knows, in minutes east of UTC.
    static let zones: [String: Int] = ["ut": 0, "utc": 0, "gmt": 0, "z": 0, "edt": -240, "est": -300, "cdt": -300,
                                       "cst": -360, "mdt": -360, "mst": -420, "pdt": -420, "pst": -480]

    /// V8's legacy date parser, for the forms events carry: month names, up to three
    /// numbers (`a/b/c`, `a-b-c`, `a.b.c`, `a b c`), `h:m[:s[.ms]]` times, AM/PM, zone
    /// names and `±hh[mm]` offsets after a time. Words it does not know are ignored before
    /// the first number and make the text invalid after it.
    static func legacy(_ s: [UInt8]) -> Double? {
        var numbers: [Int] = []
        var month: Int?
        var time: (h: Int, m: Int, s: Int, ms: Int)?
        var offset: Int?
        var pm: Bool?
        var i = 0
        while i < s.count {
            let c = s[i]
            if isDigit(c) {
                var k = i
                guard let n = digits(s, &k, min: 1, max: 9) else { return nil }
                if k < s.count, s[k] == 58 {
                    // a time
                    k += 1
                    guard let m = digits(s, &k, min: 1, max: 2) else { return nil }
                    var sec = 0, ms = 0
                    if k < s.count, s[k] == 58 {
                        k += 1
                        guard let ss = digits(s, &k, min: 1, max: 2) else { return nil }
                        sec = ss
                        if k < s.count, s[k] == 46 {
                            k += 1
                            let start = k
                            _ = digits(s, &k, min: 1, max: 9)
                            var frac = Array(s[start..<k].prefix(3))
                            while frac.count < 3 { frac.append(48) }
                            ms = Int(String(decoding: frac, as: UTF8.self)) ?? 0
                        }
                    }
                    guard time == nil else { return nil }
                    time = (n, m, sec, ms)
                } else {
                    guard numbers.count < 3 else { return nil }
                    numbers.append(n)
                    // One `-` or `.` right after a date number separates it from the next.
                    if k < s.count, s[k] == 45 || s[k] == 46 { k += 1 }
                }
                i = k
            } else if c >= 65 {
                // A word: V8 reads every run of characters from `A` up (letters, `[\]^_`{|}~`
                // and non-ASCII) as one.
                var k = i
                while k < s.count, s[k] >= 65 { k += 1 }
                let word = String(decoding: s[i..<k], as: UTF8.self).lowercased()
                i = k
                let numberRead = !numbers.isEmpty || time != nil
                if (word == "am" || word == "pm") && time != nil {
                    pm = word == "pm"
                } else if word.count >= 3, let m = months.firstIndex(where: { word.hasPrefix($0) }) {
                    guard month == nil else { return nil }
                    month = m + 1
                } else if let z = zones[word], numberRead {
                    offset = z
                } else {
                    // Other words are ignored before the first number, and fatal after it.
                    if numberRead { return nil }
                    if i < s.count, isDigit(s[i]) { return nil }
                }
            } else if c == 43 || c == 45 {
                let numberRead = !numbers.isEmpty || time != nil
                if time != nil || offset == 0 {
                    // A UTC offset: `±h`, `±hh`, `±hhmm`, `±hh:mm`.
                    var k = i + 1
                    let start = k
                    let n = digits(s, &k, min: 1, max: 9) ?? 0
                    let length = k - start
                    var minutes: Int
                    if k < s.count, s[k] == 58 {
                        k += 1
                        let m = digits(s, &k, min: 1, max: 2) ?? 0
                        minutes = n * 60 + m
                    } else if length <= 2 {
                        minutes = n * 60
                    } else if length <= 4 {
                        minutes = (n / 100) * 60 + n % 100
                    } else {
                        return nil
                    }
                    offset = c == 45 ? -minutes : minutes
                    i = k
                } else if numberRead {
                    return nil
                } else {
                    i += 1
                }
            } else if c == 40 {
                // a parenthesised comment, as in "(Coordinated Universal Time)"
                while i < s.count, s[i] != 41 { i += 1 }
                if i >= s.count { break }
                i += 1
            } else if c == 41 {
                if !numbers.isEmpty || time != nil { return nil }
                i += 1
            } else {
                // Other characters are ignored.
                i += 1
            }
        }
        // V8's day composer: missing components are 1; without a month name the numbers
        // are month/day[/year], or year/month/day when the first cannot be a day.
        guard !numbers.isEmpty else { return nil }
        while numbers.count < 3 { numbers.append(1) }
        func isDay(_ x: Int) -> Bool { (1...31).contains(x) }
        var year: Int, mon: Int, day: Int
        if let m = month {
            mon = m
            if !isDay(numbers[0]) { year = numbers[0]; day = numbers[1] } else { day = numbers[0]; year = numbers[1] }
        } else if !isDay(numbers[0]) {
            year = numbers[0]; mon = numbers[1]; day = numbers[2]
        } else {
            mon = numbers[0]; day = numbers[1]; year = numbers[2]
        }
        if (0...49).contains(year) { year += 2000 } else if (50...99).contains(year) { year += 1900 }
        guard (1...12).contains(mon), (1...31).contains(day) else { return nil }
        var t = time ?? (0, 0, 0, 0)
        if let pm {
            guard t.h <= 12 else { return nil }
            if pm && t.h < 12 { t.h += 12 } else if !pm && t.h == 12 { t.h = 0 }
        }
        guard t.h < 24 || (t.h == 24 && t.m == 0 && t.s == 0 && t.ms == 0), t.m <= 59, t.s <= 59 else { return nil }
        return DateMath.utc(year, mon, day, t.h, t.m, t.s, t.ms) - Double(offset ?? 0) * 60_000
    }
}
