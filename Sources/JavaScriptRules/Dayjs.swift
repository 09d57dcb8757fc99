/// Dates read the way `dayjs(text)` reads them in Segment's destination kit (in UTC):
/// dayjs's loose pattern first (with `new Date(y, m, d, …)` roll-over), then what
/// JavaScript's `Date` reads (``JSDate/millis(_:)``). The mapping kit's `@date` with
/// `"parse": "dayjs"` reads text this way, and the destination engine's `date-like` check
/// accepts exactly the text it can read.
package enum Dayjs {
    /// Milliseconds since 1970 for `text`, or `nil` where dayjs would give an invalid date.
    package static func millis(parsing text: String) -> Int? {
        looseMillis(text) ?? JSDate.millis(text)
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
    package static func looseMillis(_ text: String) -> Int? {
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
        func value(_ g: Int, maxDigits: Int = Int.max) -> Int? {
            guard groups[g] > 0 else { return nil }
            var v: Int = 0
            for b in input[starts[g]..<(starts[g] + min(groups[g], maxDigits))] { v = v * 10 + Int(b - 48) }
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
        let t = CivilCalendar.millis(year: year, month: month0 + 1, day: day, hour: hour, minute: minute, second: second, millisecond: ms)
        return abs(t) <= CivilCalendar.maxMillis ? t : nil
    }
}
