import JSONValues

// @date: parses an ISO-8601 / RFC 3339 text or a unix-milliseconds number and writes it
// as unix seconds, unix milliseconds or ISO-8601 UTC text.

extension Compiler {
    mutating func date(_ value: JSON, at pointer: String) -> any MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: (any MappingNode)?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var format: DateNode.Format?
        if require(o, "format", at: pointer), let raw = o["format"] {
            let p = JSONPointer.appending(pointer, "format")
            if let s = expectString(raw, at: p) {
                format = DateNode.Format(rawValue: s)
                if format == nil { fail(p, "should be one of unix, unixMillis, iso but it is \(JS.stringify(raw))") }
            }
        }
        var reading = DateNode.Reading.iso
        if let raw = o["parse"] {
            let p = JSONPointer.appending(pointer, "parse")
            if let s = expectString(raw, at: p) {
                if let r = DateNode.Reading(rawValue: s) { reading = r } else { fail(p, "should be one of iso, dayjs but it is \(JS.stringify(raw))") }
            }
        }
        guard errors.count == errorCount, let source, let format else { return AbsentNode() }
        return DateNode(source: source, format: format, reading: reading)
    }
}

final class DateNode: MappingNode {
    enum Format: String, Sendable {
        case unix, unixMillis, iso
    }

    /// How text is read: `iso` (strict ISO 8601, no offset means UTC) or `dayjs` (as
    /// `dayjs(text)` reads it: text not ending in `Z` that fits dayjs's loose pattern is a
    /// date with JavaScript's `new Date(y, m, d, …)` roll-over, read in UTC; anything else
    /// as ISO 8601).
    enum Reading: String, Sendable {
        case iso, dayjs
    }

    let source: any MappingNode
    let format: Format
    let reading: Reading

    init(source: any MappingNode, format: Format, reading: Reading = .iso) {
        self.source = source
        self.format = format
        self.reading = reading
    }

    func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let millis: Int64?
        switch try source.evaluate(payload, budget) {
        case .string(let s)?:
            millis = reading == .dayjs
                ? DayjsDate.millis(parsing: s)
                : DateText.parseMillis(s)
        case .number(let n)?: millis = DateText.millis(fromNumber: n.doubleValue)
        default: millis = nil
        }
        guard let ms = millis else { return nil }
        switch format {
        case .unix: return .number(JSONNumber(DateText.floorDiv(ms, 1000)))
        case .unixMillis: return .number(JSONNumber(ms))
        case .iso: return .string(DateText.iso(ms))
        }
    }
}

/// Hand-written date parsing and formatting (no Foundation on the hot path).
enum DateText {
    /// JavaScript's limit on time values (±100,000,000 days).
    static let maxMillis: Int64 = 8_640_000_000_000_000

    static func millis(fromNumber d: Double) -> Int64? {
        guard d.isFinite, abs(d) <= Double(maxMillis) else { return nil }
        return Int64(d.rounded(.towardZero))
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ y: Int64) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), optionally followed by `T`/`t`/space and `HH:MM[:SS[.fff…]]`,
    /// optionally followed by `Z`, `±HH:MM`, `±HHMM` or `±HH`. No offset means UTC.
    ///
    /// `lenient` also takes what JavaScript's `Date` takes beyond that: expanded years
    /// (`+002024-01-02T00:00:00Z`, `-000001-…`) and `24:00` (the end of the day).
    static func parseMillis(_ text: String, lenient: Bool = false) -> Int64? {
        var text = text
        return text.withUTF8 { parseMillis(utf8: $0, lenient: lenient) }
    }

    private static func parseMillis(utf8 b: UnsafeBufferPointer<UInt8>, lenient: Bool) -> Int64? {
        var i = 0
        func digits(_ count: Int) -> Int64? {
            guard i + count <= b.count else { return nil }
            var n: Int64 = 0
            for k in 0..<count {
                let c = b[i + k]
                guard c >= 48 && c <= 57 else { return nil }
                n = n * 10 + Int64(c - 48)
            }
            i += count
            return n
        }
        func take(_ c: UInt8) -> Bool {
            if i < b.count, b[i] == c { i += 1; return true }
            return false
        }
        // YYYY, YYYY-MM or YYYY-MM-DD (the shorter forms only without a time, as in
        // JavaScript's Date).
        let year: Int64
        if lenient, let sign = b.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            i = 1
            guard let y = digits(6), !(sign == UInt8(ascii: "-") && y == 0) else { return nil }
            year = sign == UInt8(ascii: "-") ? -y : y
        } else {
            guard let y = digits(4) else { return nil }
            year = y
        }
        var month: Int64 = 1, day: Int64 = 1
        if take(UInt8(ascii: "-")) {
            guard let m = digits(2) else { return nil }
            month = m
            if take(UInt8(ascii: "-")) {
                guard let d = digits(2) else { return nil }
                day = d
            } else if i < b.count {
                return nil
            }
        } else if i < b.count {
            return nil
        }
        // JavaScript's Date checks a day only against 31 and rolls over (2024-02-30 is 1 March).
        guard (1...12).contains(month), day >= 1, day <= (lenient ? 31 : daysIn(year, month)) else { return nil }
        var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0, fraction: Int64 = 0
        var offsetMinutes: Int64 = 0
        if i < b.count {
            guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else { return nil }
            i += 1
            guard let h = digits(2), take(UInt8(ascii: ":")), let m = digits(2) else { return nil }
            hour = h; minute = m
            if take(UInt8(ascii: ":")) {
                guard let s = digits(2) else { return nil }
                second = s
                if take(UInt8(ascii: ".")) || (!lenient && take(UInt8(ascii: ","))) {
                    var count = 0
                    while i < b.count, b[i] >= 48, b[i] <= 57 {
                        if count < 3 { fraction = fraction * 10 + Int64(b[i] - 48) }
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
                if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) {
                    // UTC
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    let negative = b[i] == UInt8(ascii: "-")
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    var om: Int64 = 0
                    if take(UInt8(ascii: ":")) {
                        guard let m = digits(2) else { return nil }
                        om = m
                    } else if i < b.count {
                        guard let m = digits(2) else { return nil }
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
        let days = daysFromCivil(year, month, day)
        let ms = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + fraction
        return abs(ms) <= maxMillis ? ms : nil
    }

    // dayjs's REGEX_PARSE, matched with JavaScript's backtracking order (greedy runs,
    // longest first) so the groups split digit runs as JavaScript does:
    // ^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$
    private enum LooseClass { case digit, dashSlash, tSpace, colon, dotColon }
    /// (class, min, max, capture group or 0).
    private static let loosePattern: [(LooseClass, Int, Int, Int)] = [
        (.digit, 4, 4, 1), (.dashSlash, 0, 1, 0), (.digit, 0, 2, 2), (.dashSlash, 0, 1, 0), (.digit, 0, 2, 3),
        (.tSpace, 0, Int.max, 0), (.digit, 0, 2, 4), (.colon, 0, 1, 0), (.digit, 0, 2, 5), (.colon, 0, 1, 0),
        (.digit, 0, 2, 6), (.dotColon, 0, 1, 0), (.digit, 0, Int.max, 7),
    ]

    private static func looseMember(_ b: UInt8, _ c: LooseClass) -> Bool {
        switch c {
        case .digit: return b &- 48 < 10
        case .dashSlash: return b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
        case .tSpace: return b == UInt8(ascii: "T") || b == UInt8(ascii: "t") || b == 0x20 || (b >= 0x09 && b <= 0x0D)
        case .colon: return b == UInt8(ascii: ":")
        case .dotColon: return b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
        }
    }

    /// What `dayjs(text).valueOf()` gives for text that fits dayjs's loose pattern (read in
    /// UTC), or `nil` when the text does not fit it (or ends in `Z`).
    static func dayjsLooseMillis(_ text: String) -> Int64? {
        let input = Array(text.utf8)
        guard let last = input.last, last != UInt8(ascii: "Z"), last != UInt8(ascii: "z"), input.count <= 256 else { return nil }
        var failed = [Bool](repeating: false, count: (loosePattern.count + 1) * (input.count + 1))
        var groups = [Int](repeating: 0, count: 8)  // captured run lengths (0: not captured)
        var starts = [Int](repeating: 0, count: 8)
        func match(_ token: Int, _ pos: Int) -> Bool {
            if token == loosePattern.count { return pos == input.count }
            let key = token * (input.count + 1) + pos
            if failed[key] { return false }
            let (cls, lo, hi, group) = loosePattern[token]
            var n = 0
            while n < hi, pos + n < input.count, looseMember(input[pos + n], cls) { n += 1 }
            while n >= lo {
                if match(token + 1, pos + n) {
                    if group > 0 { groups[group] = n; starts[group] = pos }
                    return true
                }
                n -= 1
            }
            failed[key] = true
            return false
        }
        guard match(0, 0) else { return nil }
        func value(_ g: Int, maxDigits: Int = Int.max) -> Int64? {
            guard groups[g] > 0 else { return nil }
            var v: Int64 = 0
            for b in input[starts[g]..<(starts[g] + min(groups[g], maxDigits))] { v = v * 10 + Int64(b - 48) }
            return v
        }
        // new Date(y, m, d, h, mi, s, ms) with dayjs's defaults: `d[2] - 1 || 0`,
        // `d[3] || 1`, `d[4..6] || 0`, ms from the first three fraction digits.
        guard var year = value(1) else { return nil }
        if (0...99).contains(year) { year += 1900 }
        let month0 = (value(2) ?? 1) - 1
        let day = value(3) ?? 1
        let hour = value(4) ?? 0, minute = value(5) ?? 0, second = value(6) ?? 0
        let ms = value(7, maxDigits: 3) ?? 0
        let y = year + floorDiv(month0, 12)
        let m = month0 - floorDiv(month0, 12) * 12
        let days = daysFromCivil(y, m + 1, 1) + day - 1
        let t = days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms
        return abs(t) <= maxMillis ? t : nil
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// The North American zone names V8 knows (minutes east of UTC).
    private static let namedZones: [String: Int64] = [
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    /// RFC 2822-style and other text dates as JavaScript's `Date` reads them (V8's legacy
    /// parser, the common forms): `Mon, 01 Jan 2024 10:00:00 GMT`, `January 7, 2021`,
    /// `Jan 7 2021 10:00:00 +0200`, `1/2/2024 10:00 PM`, `01.01.2024`,
    /// `2024-01-01 00:00:00 +0000`. Numbers without a month name are month/day/year (or
    /// year/month/day when the first is not a day); a month name takes the day and year
    /// from the numbers (the year first when the first number is not a day); two-digit
    /// years are 19xx/20xx; no zone means UTC. `nil` for anything else.
    static func legacyTextMillis(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count <= 256 else { return nil }
        var i = 0
        var numbers: [Int64] = []
        var month: Int64?
        var time: [Int64] = []      // hour, minute, second
        var fraction: Int64 = 0
        var pm: Bool?
        var offset: Int64?          // minutes east of UTC
        var depth = 0
        // A sign is an offset only right after the time or a zone name.
        var zoneMayFollow = false
        func isDigit(_ c: UInt8) -> Bool { c &- 48 < 10 }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        func number() -> (Int64, Int)? {
            var v: Int64 = 0, n = 0
            while i < b.count, isDigit(b[i]), n < 12 { v = v * 10 + Int64(b[i] - 48); i += 1; n += 1 }
            if i < b.count, isDigit(b[i]) { return nil }
            return n > 0 ? (v, n) : nil
        }
        while i < b.count {
            let c = b[i]
            if depth > 0 {
                if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth -= 1 }
                i += 1
                continue
            }
            if c == UInt8(ascii: "(") { depth += 1; i += 1; continue }
            if isLetter(c) {
                var w = ""
                while i < b.count, isLetter(b[i]) { w.append(Character(Unicode.Scalar(b[i] | 0x20))); i += 1 }
                let p3 = String(w.prefix(3))
                if w != "am" && w != "pm" {
                    zoneMayFollow = w == "ut" || w == "utc" || w == "gmt" || w == "z"
                }
                if w.count >= 3, let m = monthNames.firstIndex(of: p3) {
                    guard month == nil else { return nil }
                    month = Int64(m + 1)
                } else if w.count >= 3, weekdayNames.contains(p3) {
                    continue
                } else if w == "am" || w == "pm" {
                    pm = w == "pm"
                } else if w == "ut" || w == "utc" || w == "gmt" || w == "z" {
                    offset = offset ?? 0
                } else if let zone = namedZones[w] {
                    offset = zone
                } else {
                    // Includes a lone `T`: V8 reads ISO-style text with `T` only as ISO.
                    return nil
                }
                continue
            }
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")), zoneMayFollow, i + 1 < b.count, isDigit(b[i + 1]) {
                i += 1
                guard let (v, n) = number() else { return nil }
                var minutes: Int64
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
                zoneMayFollow = false
                continue
            }
            if isDigit(c) {
                guard let (v, _) = number() else { return nil }
                zoneMayFollow = false
                if i < b.count, b[i] == UInt8(ascii: ":"), time.isEmpty {
                    zoneMayFollow = true
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
                            if n < 3 { fraction = fraction * 10 + Int64(b[i] - 48) }
                            n += 1
                            i += 1
                        }
                        while n < 3 { fraction *= 10; n += 1 }
                    }
                } else {
                    guard numbers.count < 3 else { return nil }
                    numbers.append(v)
                }
                continue
            }
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"), 0x09:
                i += 1
            default:
                return nil
            }
        }
        func isDay(_ x: Int64) -> Bool { x >= 1 && x <= 31 }
        var year: Int64, mon: Int64, day: Int64
        if let month {
            mon = month
            switch numbers.count {
            case 1:
                // V8: a lone day takes the year 2001; a lone number that is not a day is the year.
                if isDay(numbers[0]) { day = numbers[0]; year = 2001 } else { year = numbers[0]; day = 1 }
            case 2:
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
        let days = daysFromCivil(year, mon, 1) + day - 1
        let t = days * 86_400_000 + hour * 3_600_000 + (minute - (offset ?? 0)) * 60_000 + second * 1000 + fraction
        return abs(t) <= maxMillis ? t : nil
    }

    /// `Date.prototype.toISOString()`: `2024-01-02T03:04:05.000Z`.
    static func iso(_ ms: Int64) -> String {
        let days = floorDiv(ms, 86_400_000)
        var rest = ms - days * 86_400_000
        let (y, mo, d) = civilFromDays(days)
        let h = rest / 3_600_000; rest %= 3_600_000
        let mi = rest / 60_000; rest %= 60_000
        let s = rest / 1000
        let f = rest % 1000
        func pad(_ n: Int64, _ width: Int) -> String {
            let t = String(n)
            return t.count >= width ? t : String(repeating: "0", count: width - t.count) + t
        }
        let year = (0...9999).contains(y) ? pad(y, 4) : (y < 0 ? "-" : "+") + pad(abs(y), 6)
        return "\(year)-\(pad(mo, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }
}

/// Dates read the way `dayjs(text)` reads them in Segment's destination kit (in UTC):
/// dayjs's loose pattern first (with `new Date(y, m, d, …)` roll-over), then ISO 8601 as
/// JavaScript's `Date` reads it, then the common text forms of V8's legacy parser.
/// `@date` with `"parse": "dayjs"` reads text this way, and the destination engine's
/// `date-like` check accepts exactly the text it can read.
public enum DayjsDate {
    /// Milliseconds since 1970 for `text`, or `nil` where dayjs would give an invalid date.
    public static func millis(parsing text: String) -> Int64? {
        DateText.dayjsLooseMillis(text) ?? DateText.parseMillis(text, lenient: true) ?? DateText.legacyTextMillis(text)
    }
}
