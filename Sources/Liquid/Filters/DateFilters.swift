import JavaScriptRules
import JSONValues
import Foundation

/// A moment and the offset it is shown in, like LiquidJS's `LiquidDate`.
struct LiquidDate {
    /// Milliseconds since the epoch, shifted into the display offset (LiquidJS's
    /// `displayDate`): its UTC fields are the fields to print.
    let display: Double
    /// Minutes behind UTC, as JavaScript's `getTimezoneOffset` (UTC-6 is 360).
    let offsetMinutes: Double
    /// The time zone name given to the filter, if any (printed by `%Z`).
    let zoneName: String?
    /// Whether an offset or zone was given to the filter.
    let fixed: Bool

    // Civil fields of `display`.
    var days: Int { Int((display / 86_400_000).rounded(.down)) }
    var msOfDay: Int { Int(display - Double(days) * 86_400_000) }
    var civil: (year: Int, month: Int, day: Int) { CivilCalendar.civil(fromDays: days) }
    var year: Int { civil.year }
    /// 0-based month.
    var month: Int { civil.month - 1 }
    var date: Int { civil.day }
    var hours: Int { msOfDay / 3_600_000 }
    var minutes: Int { msOfDay / 60_000 % 60 }
    var seconds: Int { msOfDay / 1000 % 60 }
    var milliseconds: Int { msOfDay % 1000 }
    /// 0 = Sunday.
    var weekday: Int { ((days % 7) + 11) % 7 }
}

/// JavaScript's limit on time values, as a double.
private let maxTime = Double(CivilCalendar.maxMillis)

/// The date filters, as LiquidJS's `filters/date.ts` behaves, with the machine's time zone
/// taken to be UTC (the engine's default zone for dates without an offset).
enum DateFilters {
    static let defaultFormat = "%A, %B %-e, %Y at %-l:%M %P %z"

    static let all: [String: FilterImpl] = [
        "date": { v, a, c in
            let tz = a[arg: 1]
            try c.useMemory(lengthOf(v) + lengthOf(tz))
            guard let d = try parse(v, timezone: tz) else { return v }
            let f = a[arg: 0].toValue
            let format = f.isNil ? defaultFormat : f.stringified
            try c.useMemory(format.jsLength)
            return .string(try strftime(d, format, c))
        },
        "date_to_xmlschema": { v, _, c in
            guard let d = try parse(v, timezone: .undefined) else { return v }
            return .string(try strftime(d, "%Y-%m-%dT%H:%M:%S%:z", c))
        },
        "date_to_rfc822": { v, _, c in
            guard let d = try parse(v, timezone: .undefined) else { return v }
            return .string(try strftime(d, "%a, %d %b %Y %H:%M:%S %z", c))
        },
        "date_to_string": { v, a, c in try stringifyDate(v, "%b", a[arg: 0], a[arg: 1], c) },
        "date_to_long_string": { v, a, c in try stringifyDate(v, "%B", a[arg: 0], a[arg: 1], c) },
    ]

    static func lengthOf(_ v: LValue) -> Int {
        switch v {
        case .string(let s): return s.jsLength
        case .array(let a): return a.count
        default: return 0
        }
    }

    static func stringifyDate(_ v: LValue, _ month: String, _ type: LValue, _ style: LValue, _ c: RenderContext) throws -> LValue {
        guard let d = try parse(v, timezone: .undefined) else { return v }
        if case .string("ordinal") = type {
            if case .string("US") = style { return .string(try strftime(d, "\(month) \(d.date)%q, %Y", c)) }
            return .string(try strftime(d, "\(d.date)%q \(month) %Y", c))
        }
        return .string(try strftime(d, "%d \(month) %Y", c))
    }

    static var nowMilliseconds: Double { (Date().timeIntervalSince1970 * 1000).rounded(.down) }

    /// The filter's input as a date, or nil when it is not one (the filter then returns
    /// its input unchanged).
    static func parse(_ raw: LValue, timezone: LValue) throws -> LiquidDate? {
        let v = raw.toValue
        let ms: Double?
        switch v {
        case .null, .undefined: return nil
        case .string("now"), .string("today"): ms = nowMilliseconds
        case .number(let n): ms = n.doubleValue * 1000
        case .string(let s):
            if !s.isEmpty && s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                ms = (Double(s) ?? .nan) * 1000
            } else {
                ms = JSDate.millis(s).map(Double.init)
            }
        case .bool(let b): ms = b ? 1 : 0
        case .array: ms = JSDate.millis(v.jsString).map(Double.init)
        default: ms = nil
        }
        guard var t = ms, t.isFinite, abs(t) <= maxTime else { return nil }
        t = t.rounded(.towardZero)
        // The offset to show the date in.
        var offset = 0.0
        var name: String?
        var fixed = false
        switch timezone {
        case .null, .undefined: break
        case .string(let zone):
            fixed = true
            name = zone
            offset = try zoneOffset(zone, at: t)
        default:
            fixed = true
            name = ""
            offset = timezone.jsNumber
        }
        let display = t - offset * 60_000
        guard display.isFinite, abs(display) <= maxTime else { return nil }
        return LiquidDate(display: display, offsetMinutes: offset, zoneName: name, fixed: fixed)
    }

    /// Minutes behind UTC of an IANA zone at a moment.
    static func zoneOffset(_ zone: String, at ms: Double) throws -> Double {
        guard let tz = TimeZone(identifier: zone) else {
            throw LiquidFailure("Invalid time zone specified: \(zone)")
        }
        let seconds = tz.secondsFromGMT(for: Date(timeIntervalSince1970: ms / 1000))
        return -Double(seconds) / 60
    }

    // MARK: strftime

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let padWidths: [Character: Int] = ["d": 2, "e": 2, "H": 2, "I": 2, "j": 3, "k": 2, "l": 2, "L": 3, "m": 2, "M": 2, "S": 2, "U": 2, "W": 2]
    static let padSpace: Set<Character> = Set("aAbBceklpP")

    /// What a regex `.` does not match.
    static func isLineTerminator(_ c: Character) -> Bool {
        c == "\n" || c == "\r" || c == "\r\n" || c == "\u{2028}" || c == "\u{2029}"
    }


    static func dayOfYear(_ d: LiquidDate) -> Int {
        let c = d.civil
        return CivilCalendar.days(year: c.year, month: c.month, day: c.day) - CivilCalendar.days(year: c.year, month: 1, day: 1) + 1
    }

    static func weekOfYear(_ d: LiquidDate, _ startDay: Int) -> String {
        let now = dayOfYear(d) + (startDay - d.weekday)
        let jan1 = ((CivilCalendar.days(year: d.year, month: 1, day: 1) % 7) + 11) % 7
        let then = 7 - jan1 + startDay
        return String(CivilCalendar.floorDiv(now - then, 7) + 1)
    }

    static func timezoneText(_ d: LiquidDate, colon: Bool) -> String {
        let off = d.offsetMinutes
        let n = abs(off)
        let h = (n / 60).rounded(.down)
        let m = n.truncatingRemainder(dividingBy: 60)
        func pad(_ x: Double) -> String {
            let s = JSONNumber.javaScriptText(x)
            return s.count < 2 ? String(repeating: "0", count: 2 - s.count) + s : s
        }
        return (off > 0 ? "-" : "+") + pad(h) + (colon ? ":" : "") + pad(m)
    }

    static func hour12(_ d: LiquidDate) -> Int { d.hours % 12 == 0 ? 12 : d.hours % 12 }

    static func localeDate(_ d: LiquidDate) -> String { "\(d.month + 1)/\(d.date)/\(d.year)" }

    static func localeTime(_ d: LiquidDate) -> String {
        let mm = d.minutes < 10 ? "0\(d.minutes)" : "\(d.minutes)"
        let ss = d.seconds < 10 ? "0\(d.seconds)" : "\(d.seconds)"
        return "\(hour12(d)):\(mm):\(ss) \(d.hours < 12 ? "AM" : "PM")"
    }

    static func ordinal(_ day: Int) -> String {
        if [11, 12, 13].contains(day) { return "th" }
        switch day % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    static func convert(_ d: LiquidDate, _ code: Character, width: Int?, colon: Bool, _ c: RenderContext) throws -> String? {
        switch code {
        case "a": return String(dayNames[d.weekday].prefix(3))
        case "A": return dayNames[d.weekday]
        case "b", "h": return String(monthNames[d.month].prefix(3))
        case "B": return monthNames[d.month]
        case "c": return localeDate(d) + ", " + localeTime(d)
        case "C":
            let text = String(String(d.year).prefix(2))
            return String(Int(text) ?? 0)
        case "d", "e": return String(d.date)
        case "H", "k": return String(d.hours)
        case "I", "l": return String(hour12(d))
        case "j": return String(dayOfYear(d))
        case "L": return String(d.milliseconds)
        case "m": return String(d.month + 1)
        case "M": return String(d.minutes)
        case "N":
            let w = width.flatMap { $0 == 0 ? nil : $0 } ?? 9
            let s = String(String(d.milliseconds).prefix(w))
            try c.useMemory(w - s.count)
            return s + String(repeating: "0", count: max(0, w - s.count))
        case "p": return d.hours < 12 ? "AM" : "PM"
        case "P": return d.hours < 12 ? "am" : "pm"
        case "q": return ordinal(d.date)
        case "s": return JSONNumber.javaScriptText(MathFilters.jsRound(d.display / 1000))
        case "S": return String(d.seconds)
        case "u": return String(d.weekday == 0 ? 7 : d.weekday)
        case "U": return weekOfYear(d, 0)
        case "w": return String(d.weekday)
        case "W": return weekOfYear(d, 1)
        case "x": return localeDate(d)
        case "X": return localeTime(d)
        case "y": return JSText.slice(JSText.units(String(d.year)), 2, 4)
        case "Y": return String(d.year)
        case "z": return timezoneText(d, colon: colon)
        case "Z":
            if d.fixed { return d.zoneName.flatMap { $0.isEmpty ? nil : $0 } ?? timezoneText(d, colon: colon) }
            return "UTC"
        case "t": return "\t"
        case "n": return "\n"
        case "%": return "%"
        default: return nil
        }
    }

    /// Formats like LiquidJS's `strftime`: `%[flags][width][E|O]conversion`, flags
    /// `-` (no padding), `_` (pad with spaces), `0` (pad with zeros), `^` (upper case),
    /// `#` (swap case), `:` (colon in `%z`).
    static func strftime(_ d: LiquidDate, _ format: String, _ c: RenderContext) throws -> String {
        let chars = Array(format)
        var out = ""
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else { out.append(chars[i]); i += 1; continue }
            // Try to match the directive at i.
            var k = i + 1
            var flags = Set<Character>()
            while k < chars.count, "-_0^#:".contains(chars[k]) { flags.insert(chars[k]); k += 1 }
            var widthText = ""
            while k < chars.count, let a = chars[k].asciiValue, a >= 48 && a <= 57 { widthText.append(chars[k]); k += 1 }
            if k < chars.count, chars[k] == "E" || chars[k] == "O" {
                // A modifier, unless it is the conversion itself.
                if k + 1 < chars.count, !isLineTerminator(chars[k + 1]) { k += 1 }
            }
            guard k < chars.count, !isLineTerminator(chars[k]) else {
                out.append(chars[i])
                i += 1
                continue
            }
            let code = chars[k]
            let matched = String(chars[i...k])
            i = k + 1
            let width = Int(widthText)
            guard var ret = try convert(d, code, width: width, colon: flags.contains(":"), c) else {
                out += matched
                continue
            }
            var padChar: Character = padSpace.contains(code) ? " " : "0"
            var padWidth = width.flatMap { $0 == 0 ? nil : $0 } ?? padWidths[code] ?? 0
            if flags.contains("^") {
                ret = ret.uppercased()
            } else if flags.contains("#") {
                ret = ret.contains(where: { $0 >= "a" && $0 <= "z" }) ? ret.uppercased() : ret.lowercased()
            }
            if flags.contains("_") { padChar = " " } else if flags.contains("0") { padChar = "0" }
            if flags.contains("-") { padWidth = 0 }
            let len = ret.utf16.count
            try c.useMemory(padWidth - len)
            if padWidth > len { ret = String(repeating: padChar, count: padWidth - len) + ret }
            out += ret
        }
        return out
    }
}
