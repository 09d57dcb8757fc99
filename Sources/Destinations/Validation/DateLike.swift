import JSONValues

/// The `date-like` format of `datetime` fields: what `dayjs(value).isValid()` accepts in
/// Segment's destination kit.
///
/// - A string that is a canonical number (`"1677079275"`) is a Unix time in seconds.
/// - A string not ending in `Z` that matches dayjs's loose pattern
///   (`2024`, `2024-01`, `2024/1/2 10:00`, `20240102T1000`) is a local date and time.
/// - Anything else goes to JavaScript's `Date` parser: ISO 8601 forms
///   (`2024-01-01T00:00:00.000Z`, `+002024-01-01`, `2024-01-01T10:00+02:00`), and
///   RFC 2822-style text (`Mon, 01 Jan 2024 10:00:00 GMT`, `January 7, 2021`). V8 accepts
///   more free-form text than this engine does; such text is reported as not date-like.
enum DateLike {
    static func isValid(_ s: String) -> Bool {
        // Fast path: ISO 8601 text is never a canonical number string, so its answer is
        // the same whichever rule looks first.
        var copy = s
        if copy.withUTF8({ isISODate($0) }) { return true }
        let bytes = Array(s.utf8)
        if bytes.isEmpty { return false }
        if isCanonicalNumber(s) {
            guard let n = JavaScriptNumber.parse(s), n.isFinite else { return false }
            return abs(n) * 1000 <= 8.64e15
        }
        let last = bytes[bytes.count - 1]
        if last != UInt8(ascii: "Z") && last != UInt8(ascii: "z") {
            if matchesDayjsPattern(bytes[...]) { return true }
        }
        return isLegacyDate(s)
    }

    /// `String(Number(s)) === s`.
    static func isCanonicalNumber(_ s: String) -> Bool {
        guard let first = s.utf8.first, first == UInt8(ascii: "-") || (first &- 48) < 10 || first == UInt8(ascii: "I") || first == UInt8(ascii: "N") else { return false }
        if s == "NaN" { return true }
        guard let n = JavaScriptNumber.parse(s) else { return false }
        return JSONNumber.javaScriptText(n) == s
    }

    // MARK: dayjs's REGEX_PARSE
    // ^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$

    private enum CharClass { case digit, dashSlash, tSpace, colon, dotColon }
    private static let pattern: [(CharClass, Int, Int)] = [
        (.digit, 4, 4), (.dashSlash, 0, 1), (.digit, 0, 2), (.dashSlash, 0, 1), (.digit, 0, 2),
        (.tSpace, 0, Int.max), (.digit, 0, 2), (.colon, 0, 1), (.digit, 0, 2), (.colon, 0, 1),
        (.digit, 0, 2), (.dotColon, 0, 1), (.digit, 0, Int.max),
    ]

    private static func member(_ b: UInt8, _ c: CharClass) -> Bool {
        switch c {
        case .digit: return b &- 48 < 10
        case .dashSlash: return b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
        case .tSpace: return b == UInt8(ascii: "T") || b == UInt8(ascii: "t") || b == 0x20 || (b >= 0x09 && b <= 0x0D)
        case .colon: return b == UInt8(ascii: ":")
        case .dotColon: return b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
        }
    }

    static func matchesDayjsPattern(_ bytes: ArraySlice<UInt8>) -> Bool {
        let input = Array(bytes)
        guard input.count <= 256 else { return false }
        // Backtracking with a memo of (token, position) pairs known to fail, so the work
        // is bounded by tokens × positions × run length whatever the input.
        var failed = [Bool](repeating: false, count: (pattern.count + 1) * (input.count + 1))
        func match(_ token: Int, _ pos: Int) -> Bool {
            if token == pattern.count { return pos == input.count }
            let key = token * (input.count + 1) + pos
            if failed[key] { return false }
            let (cls, lo, hi) = pattern[token]
            var n = 0
            while n < hi, pos + n < input.count, member(input[pos + n], cls) { n += 1 }
            // Greedy, then shorter runs.
            while n >= lo {
                if match(token + 1, pos + n) { return true }
                n -= 1
            }
            failed[key] = true
            return false
        }
        return match(0, 0)
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
            if eat(UInt8(ascii: ":")) {
                guard let s = digits(2), s <= 59 else { return false }
                if eat(UInt8(ascii: ".")) || eat(UInt8(ascii: ",")) {
                    var n = 0
                    while i < b.count, b[i] &- 48 < 10 { i += 1; n += 1 }
                    guard n > 0 else { return false }
                }
            }
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

    // MARK: RFC 2822-style text

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let otherWords: Set<String> = [
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "ut", "utc", "gmt", "z", "t",
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
    ]

    static func isLegacyDate(_ s: String) -> Bool {
        var numbers = 0
        var sawMonth = false
        var word = ""
        var depth = 0
        var ok = true
        func endWord() {
            guard !word.isEmpty else { return }
            let w = word.lowercased()
            word = ""
            if w.count >= 3, months.contains(where: { w.hasPrefix($0) }) {
                sawMonth = true
            } else if w.count >= 3, otherWords.contains(String(w.prefix(3))) || otherWords.contains(w) {
                // weekday or zone
            } else if !otherWords.contains(w) {
                ok = false
            }
        }
        var inNumber = false
        var sawSlash = false
        for c in s {
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                continue
            }
            if c.isLetter, c.isASCII {
                if inNumber { inNumber = false }
                word.append(c)
                continue
            }
            endWord()
            if c.isASCII, c.isNumber {
                if !inNumber { numbers += 1; inNumber = true }
                continue
            }
            inNumber = false
            switch c {
            case "/": sawSlash = true
            case " ", ",", "-", ":", ".", "+", "\t": continue
            case "(": depth += 1
            default: return false
            }
        }
        endWord()
        // Without a month name, only slash dates (`1/2/2024 10:00`) are read as text dates.
        return ok && numbers >= 1 && (sawMonth || (numbers >= 3 && sawSlash))
    }
}
