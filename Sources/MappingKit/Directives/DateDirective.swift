import JSONValues

// @date: parses an ISO-8601 / RFC 3339 text or a unix-milliseconds number and writes it
// as unix seconds, unix milliseconds or ISO-8601 UTC text.

extension Compiler {
    mutating func date(_ value: JSON, at pointer: String) -> any MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
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
        guard errors.count == errorCount, let source, let format else { return AbsentNode() }
        return DateNode(source: source, format: format)
    }
}

final class DateNode: MappingNode {
    enum Format: String, Sendable {
        case unix, unixMillis, iso
    }

    let source: any MappingNode
    let format: Format

    init(source: any MappingNode, format: Format) {
        self.source = source
        self.format = format
    }

    func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let millis: Int64?
        switch try source.evaluate(payload, budget) {
        case .string(let s)?: millis = DateText.parseMillis(s)
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
    static func parseMillis(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parseMillis(utf8: $0) }
    }

    private static func parseMillis(utf8 b: UnsafeBufferPointer<UInt8>) -> Int64? {
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
        guard let year = digits(4) else { return nil }
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
        guard (1...12).contains(month), day >= 1, day <= daysIn(year, month) else { return nil }
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
                if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
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
            guard hour <= 23, minute <= 59, second <= 59 else { return nil }
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
