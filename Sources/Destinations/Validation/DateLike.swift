import JavaScriptRules
import JSONValues

/// The `date-like` format of `datetime` fields: what `dayjs(value).isValid()` accepts in
/// Segment's destination kit.
///
/// - A string that is a canonical number (`"1677079275"`) is a Unix time in seconds.
/// - Any other string is date-like when `Dayjs` (in JavaScriptRules) can read it: dayjs's loose pattern
///   (`2024`, `2024-01`, `2024/1/2 10:00`, `20240102T1000`, read with roll-over), ISO 8601
///   (`2024-01-01T00:00:00.000Z`, `+002024-01-01T00:00:00Z`, `2024-01-01T10:00+02:00`), and
///   the common text forms of V8's legacy parser (`Mon, 01 Jan 2024 10:00:00 GMT`,
///   `January 7, 2021`, `01.01.2024`). V8 accepts more free-form text than this engine
///   does; such text is reported as not date-like.
enum DateLike {
    static func isValid(_ s: String) -> Bool {
        // Fast path: ISO 8601 text is never a canonical number string, so its answer is
        // the same whichever rule looks first.
        if ISODate.millis(s, lenient: true) != nil { return true }
        if s.isEmpty { return false }
        // Seconds, as `new Date(n * 1000)` takes them (finite, within ±8.64e15 ms).
        if let n = canonicalNumber(s) { return JSDate.millis(fromNumber: n * 1000) != nil }
        // Whatever dayjs can read (the same reading Toplyne's @date "parse": "dayjs" uses,
        // so text that passes here always converts).
        return Dayjs.millis(parsing: s) != nil
    }

    /// `Number(s)` when `String(Number(s)) === s`, else `nil`.
    static func canonicalNumber(_ s: String) -> Double? {
        guard let first = s.utf8.first, first == UInt8(ascii: "-") || (first &- 48) < 10 || first == UInt8(ascii: "I") || first == UInt8(ascii: "N") else { return nil }
        if s == "NaN" { return .nan }
        let n = NumberFromText.number(s)
        guard !n.isNaN else { return nil }
        return NumberToText.text(n) == s ? n : nil
    }
}
