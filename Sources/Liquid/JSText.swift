import JSONValues

/// JavaScript string semantics on UTF-16 code units: LiquidJS measures, slices and
/// searches strings the way JavaScript does, so lengths and indexes here count UTF-16
/// code units, not characters.
enum JSText {
    typealias Units = [UInt16]

    @inline(__always) static func units(_ s: String) -> Units { Array(s.utf16) }

    @inline(__always) static func string<C: Collection>(_ u: C) -> String where C.Element == UInt16 {
        String(decoding: u, as: UTF16.self)
    }

    /// `s.slice(begin, end)` with JavaScript's clamping of out-of-range indexes.
    static func slice(_ u: Units, _ begin: Int, _ end: Int? = nil) -> String {
        let n = u.count
        var b = begin < 0 ? max(n + begin, 0) : min(begin, n)
        var e = end.map { $0 < 0 ? max(n + $0, 0) : min($0, n) } ?? n
        if b > n { b = n }
        if e < b { e = b }
        return string(u[b..<e])
    }

    /// `s.substring(a, b)`: clamps to [0, n] and swaps when reversed.
    static func substring(_ u: Units, _ a: Int, _ b: Int? = nil) -> String {
        let n = u.count
        var x = min(max(a, 0), n)
        var y = min(max(b ?? n, 0), n)
        if x > y { swap(&x, &y) }
        return string(u[x..<y])
    }

    /// JavaScript `ToIntegerOrInfinity`, clamped into `Int` range.
    static func toInteger(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d >= 9e15 { return 9_000_000_000_000_000 }
        if d <= -9e15 { return -9_000_000_000_000_000 }
        return Int(d.rounded(.towardZero))
    }

    /// `haystack.indexOf(needle, from)`, in linear time (a hostile template must not be
    /// able to make a search quadratic).
    static func indexOf(_ h: Units, _ n: Units, from: Int) -> Int? {
        Searcher(n).first(in: h, from: from)
    }

    /// `haystack.lastIndexOf(needle)`.
    static func lastIndexOf(_ h: Units, _ n: Units) -> Int? {
        if n.isEmpty { return h.count }
        if n.count > h.count { return nil }
        guard let k = Searcher(Array(n.reversed())).first(in: Array(h.reversed()), from: 0) else { return nil }
        return h.count - k - n.count
    }

    /// Knuth–Morris–Pratt search for one needle, reusable across searches.
    struct Searcher {
        let needle: Units
        let failure: [Int]

        init(_ needle: Units) {
            self.needle = needle
            var f = [Int](repeating: 0, count: needle.count)
            var k = 0
            var i = 1
            while i < needle.count {
                while k > 0 && needle[i] != needle[k] { k = f[k - 1] }
                if needle[i] == needle[k] { k += 1 }
                f[i] = k
                i += 1
            }
            failure = f
        }

        func first(in h: Units, from: Int) -> Int? {
            let start = max(0, min(from, h.count))
            if needle.isEmpty { return start }
            if needle.count > h.count - start { return nil }
            var k = 0
            var i = start
            while i < h.count {
                while k > 0 && h[i] != needle[k] { k = failure[k - 1] }
                if h[i] == needle[k] { k += 1 }
                if k == needle.count { return i - needle.count + 1 }
                i += 1
            }
            return nil
        }
    }

    /// How many parts ``split(_:_:)`` makes, without making them: what a filter charges
    /// to the memory budget before it builds anything.
    static func splitCount(_ u: Units, _ sep: Units) -> Int {
        if sep.isEmpty {
            var count = 0
            var i = 0
            while i < u.count {
                let pair = UTF16.isLeadSurrogate(u[i]) && i + 1 < u.count && UTF16.isTrailSurrogate(u[i + 1])
                i += pair ? 2 : 1
                count += 1
            }
            return count
        }
        var count = 1
        let searcher = Searcher(sep)
        var i = 0
        while let k = searcher.first(in: u, from: i) {
            count += 1
            i = k + sep.count
        }
        return count
    }

    /// `s.split(sep)` with a string separator (an empty separator splits into code units).
    static func split(_ u: Units, _ sep: Units) -> [String] {
        if sep.isEmpty {
            // JavaScript splits into code units; a surrogate pair is kept whole here so that
            // no half of a character is ever made.
            var parts: [String] = []
            var i = 0
            while i < u.count {
                if UTF16.isLeadSurrogate(u[i]), i + 1 < u.count, UTF16.isTrailSurrogate(u[i + 1]) {
                    parts.append(string(u[i...(i + 1)]))
                    i += 2
                } else {
                    parts.append(string([u[i]]))
                    i += 1
                }
            }
            return parts
        }
        var parts: [String] = []
        var start = 0
        var i = 0
        let searcher = Searcher(sep)
        while let k = searcher.first(in: u, from: i) {
            parts.append(string(u[start..<k]))
            start = k + sep.count
            i = start
        }
        parts.append(string(u[start...]))
        return parts
    }

    /// JavaScript `WhiteSpace` and `LineTerminator` (what `trim` and regex `\s` match).
    static func isJSWhitespace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x200A:
            return true
        default:
            return false
        }
    }

    static func trimStart(_ u: Units) -> String {
        var i = 0
        while i < u.count && isJSWhitespace(UInt32(u[i])) { i += 1 }
        return string(u[i...])
    }

    static func trimEnd(_ u: Units) -> String {
        var j = u.count
        while j > 0 && isJSWhitespace(UInt32(u[j - 1])) { j -= 1 }
        return string(u[..<j])
    }

    static func trim(_ u: Units) -> String {
        var i = 0
        while i < u.count && isJSWhitespace(UInt32(u[i])) { i += 1 }
        var j = u.count
        while j > i && isJSWhitespace(UInt32(u[j - 1])) { j -= 1 }
        return string(u[i..<j])
    }

    /// `s.split(/\s+/)`.
    static func splitWhitespace(_ u: Units) -> [String] {
        var parts: [String] = []
        var start = 0
        var i = 0
        while i < u.count {
            if isJSWhitespace(UInt32(u[i])) {
                parts.append(string(u[start..<i]))
                while i < u.count && isJSWhitespace(UInt32(u[i])) { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        parts.append(string(u[start...]))
        return parts
    }

    /// Compares two strings by UTF-16 code units, as JavaScript's `<` does.
    static func compareUTF16(_ a: String, _ b: String) -> Int {
        var i = a.utf16.makeIterator(), j = b.utf16.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    /// JavaScript `StringToNumber` (see `JSONNumber.javaScriptNumber`).
    static func stringToNumber(_ s: String) -> Double { JSONNumber.javaScriptNumber(s) }

    static func digitValue(_ c: UInt16) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x7A: return Int(c - 0x61 + 10)
        case 0x41...0x5A: return Int(c - 0x41 + 10)
        default: return nil
        }
    }

    /// Whether a string is a canonical array index (`"0"`, `"12"`, not `"01"` or `"-1"`).
    static func arrayIndex(_ s: String) -> Int? {
        let u = s.utf8
        guard let f = u.first, !u.isEmpty, u.count <= 10 else { return nil }
        if f == 0x30 { return u.count == 1 ? 0 : nil }
        var v = 0
        for c in u {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v < 4_294_967_295 ? v : nil
    }

    /// JavaScript `toUpperCase` / `toLowerCase` (full Unicode case mapping).
    static func upper(_ s: String) -> String { s.uppercased() }
    static func lower(_ s: String) -> String { s.lowercased() }
}
