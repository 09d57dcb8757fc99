import JavaScriptRules

/// The `Retry-After` header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date.
public enum RetryAfter {
    /// How long to wait, given the header's value and the current time in seconds since
    /// 1970; `nil` when the value is neither form. A date in the past means "now" (0).
    public static func parse(_ value: String, now: Double) -> Duration? {
        let text = value.trimmingOptionalWhitespace
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard text.utf8.count <= 10, let n = Int(text) else { return .seconds(Int64(Int32.max)) }
            return .seconds(n)
        }
        guard let date = HTTPDate.parse(text) else { return nil }
        return .seconds(Swift.max(0, date - now))
    }
}

/// Reads the three date forms HTTP allows (IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`,
/// RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`).
enum HTTPDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Seconds since 1970 (UTC), or `nil`.
    static func parse(_ text: String) -> Double? {
        // Split on spaces, commas, dashes and colons; then find the parts by shape.
        var parts: [Substring] = []
        var current = Substring()
        var start = text.startIndex
        for i in text.indices {
            let c = text[i]
            if c == " " || c == "," || c == "-" || c == ":" {
                current = text[start..<i]
                if !current.isEmpty { parts.append(current) }
                start = text.index(after: i)
            }
        }
        if start < text.endIndex { parts.append(text[start...]) }
        guard parts.count >= 7, parts.count <= 8 else { return nil }
        var day: Int?, month: Int?, year: Int?, h: Int?, m: Int?, s: Int?
        var numbers: [Int] = []
        for p in parts.dropFirst() {
            if let mi = months.firstIndex(of: p.lowercased()) {
                month = mi + 1
            } else if let n = Int(p) {
                numbers.append(n)
            } else if p.uppercased() != "GMT" && p.uppercased() != "UTC" {
                return nil
            }
        }
        guard numbers.count == 5, let mo = month else { return nil }
        if parts.count == 7 && parts[1].lowercased() == months[mo - 1] {
            // asctime: month day hh mm ss year
            (day, h, m, s, year) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
        } else {
            (day, year, h, m, s) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
        }
        guard var y = year, let d = day, let hh = h, let mm = m, let ss = s,
              (1...31).contains(d), (0...23).contains(hh), (0...59).contains(mm), (0...60).contains(ss) else { return nil }
        if y < 100 { y += y < 70 ? 2000 : 1900 }
        // HTTP dates have four-digit years; a larger one would overflow the arithmetic below.
        guard (1...9999).contains(y) else { return nil }
        let days = CivilCalendar.days(year: y, month: mo, day: d)
        return Double(days * 86400 + hh * 3600 + mm * 60 + ss)
    }
}
