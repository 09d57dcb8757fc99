/// JavaScript's strings are sequences of UTF-16 code units: `length`, indexes, `slice`,
/// `substring`, `indexOf`, `split` and comparison with `<` all count and compare code
/// units, not characters. These are those operations, on `[UInt16]`.
package enum JSText {
    package typealias Units = [UInt16]

    @inlinable package static func units(_ s: String) -> Units { Array(s.utf16) }

    @inlinable package static func string<C: Collection>(_ u: C) -> String where C.Element == UInt16 {
        String(decoding: u, as: UTF16.self)
    }

    /// `s.length`: the number of UTF-16 code units.
    @inlinable package static func length(_ s: String) -> Int { s.utf16.count }

    /// `s[i]`: the code unit at `i` as a one-unit string, or `nil` past the end.
    package static func unit(_ s: String, at i: Int) -> String? {
        let units = s.utf16
        guard i >= 0, i < units.count else { return nil }
        return String(decoding: [units[units.index(units.startIndex, offsetBy: i)]], as: UTF16.self)
    }

    /// `s.slice(begin, end)` with JavaScript's clamping of out-of-range indexes.
    package static func slice(_ u: Units, _ begin: Int, _ end: Int? = nil) -> String {
        let n = u.count
        var b = begin < 0 ? max(n + begin, 0) : min(begin, n)
        var e = end.map { $0 < 0 ? max(n + $0, 0) : min($0, n) } ?? n
        if b > n { b = n }
        if e < b { e = b }
        return string(u[b..<e])
    }

    /// `s.substring(a, b)`: clamps to [0, n] and swaps when reversed.
    package static func substring(_ u: Units, _ a: Int, _ b: Int? = nil) -> String {
        let n = u.count
        var x = min(max(a, 0), n)
        var y = min(max(b ?? n, 0), n)
        if x > y { swap(&x, &y) }
        return string(u[x..<y])
    }

    /// JavaScript `ToIntegerOrInfinity`, clamped into `Int` range.
    package static func toInteger(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d >= 9e15 { return 9_000_000_000_000_000 }
        if d <= -9e15 { return -9_000_000_000_000_000 }
        return Int(d.rounded(.towardZero))
    }

    /// `haystack.indexOf(needle, from)`, in linear time (a hostile template must not be
    /// able to make a search quadratic).
    package static func indexOf(_ h: Units, _ n: Units, from: Int) -> Int? {
        Searcher(n).first(in: h, from: from)
    }

    /// `haystack.lastIndexOf(needle)`.
    package static func lastIndexOf(_ h: Units, _ n: Units) -> Int? {
        if n.isEmpty { return h.count }
        if n.count > h.count { return nil }
        guard let k = Searcher(Array(n.reversed())).first(in: Array(h.reversed()), from: 0) else { return nil }
        return h.count - k - n.count
    }

    /// Knuth–Morris–Pratt search for one needle, reusable across searches.
    package struct Searcher {
        package let needle: Units
        let failure: [Int]

        package init(_ needle: Units) {
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

        package func first(in h: Units, from: Int) -> Int? {
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
    package static func splitCount(_ u: Units, _ sep: Units) -> Int {
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

    /// `s.split(sep).join(replacement)` (what LiquidJS's `replace` does) in one pass,
    /// without making a string per part: an empty separator puts the replacement between
    /// every character (a surrogate pair kept whole, as ``split(_:_:)`` keeps it).
    package static func replacingAll(_ u: Units, _ sep: Units, with replacement: Units) -> String {
        var out = Units()
        if sep.isEmpty {
            out.reserveCapacity(u.count + max(0, u.count - 1) * replacement.count)
            var i = 0
            while i < u.count {
                if i > 0 { out.append(contentsOf: replacement) }
                let pair = UTF16.isLeadSurrogate(u[i]) && i + 1 < u.count && UTF16.isTrailSurrogate(u[i + 1])
                out.append(u[i])
                if pair { out.append(u[i + 1]) }
                i += pair ? 2 : 1
            }
            return string(out)
        }
        out.reserveCapacity(u.count)
        var start = 0
        let searcher = Searcher(sep)
        while let k = searcher.first(in: u, from: start) {
            out.append(contentsOf: u[start..<k])
            out.append(contentsOf: replacement)
            start = k + sep.count
        }
        out.append(contentsOf: u[start...])
        return string(out)
    }

    /// `s.split(sep)` with a string separator (an empty separator splits into code units).
    package static func split(_ u: Units, _ sep: Units) -> [String] {
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

    package static func trimStart(_ u: Units) -> String {
        var i = 0
        while i < u.count && JSWhitespace.contains(UInt32(u[i])) { i += 1 }
        return string(u[i...])
    }

    package static func trimEnd(_ u: Units) -> String {
        var j = u.count
        while j > 0 && JSWhitespace.contains(UInt32(u[j - 1])) { j -= 1 }
        return string(u[..<j])
    }

    package static func trim(_ u: Units) -> String {
        var i = 0
        while i < u.count && JSWhitespace.contains(UInt32(u[i])) { i += 1 }
        var j = u.count
        while j > i && JSWhitespace.contains(UInt32(u[j - 1])) { j -= 1 }
        return string(u[i..<j])
    }

    /// `s.split(/\s+/)`.
    package static func splitWhitespace(_ u: Units) -> [String] {
        var parts: [String] = []
        var start = 0
        var i = 0
        while i < u.count {
            if JSWhitespace.contains(UInt32(u[i])) {
                parts.append(string(u[start..<i]))
                while i < u.count && JSWhitespace.contains(UInt32(u[i])) { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        parts.append(string(u[start...]))
        return parts
    }

    /// Compares two strings by UTF-16 code units, as JavaScript's `<` does.
    package static func compareUTF16(_ a: String, _ b: String) -> Int {
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

    /// JavaScript `toUpperCase` / `toLowerCase` (full Unicode case mapping).
    package static func upper(_ s: String) -> String { s.uppercased() }
    package static func lower(_ s: String) -> String { s.lowercased() }
}
