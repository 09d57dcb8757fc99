import JavaScriptRules
import JSONValues
import MappingKit

/// The `date-like` format of `datetime` fields: what `dayjs(value).isValid()` accepts in
/// Segment's destination kit.
///
/// - A string that is a canonical number (`"1677079275"`) is a Unix time in seconds.
/// - Any other string is date-like when ``DayjsDate`` can read it: dayjs's loose pattern
///   (`2024`, `2024-01`, `2024/1/2 10:00`, `20240102T1000`, read with roll-over), ISO 8601
///   (`2024-01-01T00:00:00.000Z`, `+002024-01-01T00:00:00Z`, `2024-01-01T10:00+02:00`), and
///   the common text forms of V8's legacy parser (`Mon, 01 Jan 2024 10:00:00 GMT`,
///   `January 7, 2021`, `01.01.2024`). V8 accepts more free-form text than this engine
///   does; such text is reported as not date-like.
enum DateLike {
    static func isValid(_ s: String) -> Bool {
        // Fast path: ISO 8601 text is never a canonical number string, so its answer is
        // the same whichever rule looks first.
        var copy = s
        if copy.withUTF8({ isISODate($0) }) { return true }
        if s.isEmpty { return false }
        if isCanonicalNumber(s) {
            let n = NumberFromText.number(s)
            guard n.isFinite else { return false }
            return abs(n) * 1000 <= 8.64e15
        }
        // Whatever dayjs can read (the same reading Toplyne's @date "parse": "dayjs" uses,
        // so text that passes here always converts).
        return DayjsDate.millis(parsing: s) != nil
    }

    /// `String(Number(s)) === s`.
    static func isCanonicalNumber(_ s: String) -> Bool {
        guard let first = s.utf8.first, first == UInt8(ascii: "-") || (first &- 48) < 10 || first == UInt8(ascii: "I") || first == UInt8(ascii: "N") else { return false }
        if s == "NaN" { return true }
        let n = NumberFromText.number(s)
        guard !n.isNaN else { return false }
        return NumberToText.text(n) == s
    }

    // MARK: ISO 8601 (ECMAScript date time string format, as V8 reads it)

    static func isISODate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let d = b[i + k] &- 48
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            i += n
            return v
        }
        func eat(_ c: UInt8) -> Bool {
            if i < b.count, b[i] == c { i += 1; return true }
            return false
        }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            i += 1
            guard digits(6) != nil else { return false }
        } else {
            guard digits(4) != nil else { return false }
        }
        if eat(UInt8(ascii: "-")) {
            guard let m = digits(2), (1...12).contains(m) else { return false }
            if eat(UInt8(ascii: "-")) {
                guard let d = digits(2), (1...31).contains(d) else { return false }
            }
        }
        if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == 0x20 {
            i += 1
            guard let h = digits(2), h <= 24, eat(UInt8(ascii: ":")), let mi = digits(2), mi <= 59 else { return false }
            // 24:00 is the end of the day; any later time in hour 24 is invalid in V8.
            var nonZero = mi != 0
            if eat(UInt8(ascii: ":")) {
                guard let s = digits(2), s <= 59 else { return false }
                nonZero = nonZero || s != 0
                if eat(UInt8(ascii: ".")) {
                    var n = 0
                    while i < b.count, b[i] &- 48 < 10 { nonZero = nonZero || b[i] != 48; i += 1; n += 1 }
                    guard n > 0 else { return false }
                }
            }
            if h == 24, nonZero { return false }
            if i < b.count {
                if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                    i += 1
                } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                    i += 1
                    guard let oh = digits(2), oh <= 23 else { return false }
                    _ = eat(UInt8(ascii: ":"))
                    guard let om = digits(2), om <= 59 else { return false }
                }
            }
        } else if i < b.count, b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            i += 1
        }
        return i == b.count
    }
}
