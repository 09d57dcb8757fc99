#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level string operations on UTF-8, matching JavaScript's code-unit semantics for
/// equality, `includes`, `startsWith` and `endsWith` (UTF-8 is self-synchronising, so a
/// byte match of valid text is a character match). No normalisation, no allocation.
enum TextOps {
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        let copy = Array(s.utf8)
        return copy.withUnsafeBufferPointer(body)
    }

    /// Exact equality of the UTF-8 bytes (JavaScript `===` on strings).
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(a) { pa in
            withBytes(b) { pb in
                pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
            }
        }
    }

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard s.utf8.count >= n else { return false }
        if n == 0 { return true }
        return withBytes(s) { ps in
            withBytes(prefix) { pp in memcmp(ps.baseAddress!, pp.baseAddress!, n) == 0 }
        }
    }

    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let n = suffix.utf8.count
        let m = s.utf8.count
        guard m >= n else { return false }
        if n == 0 { return true }
        return withBytes(s) { ps in
            withBytes(suffix) { pp in memcmp(ps.baseAddress! + (m - n), pp.baseAddress!, n) == 0 }
        }
    }

    /// Whether `needle` occurs in `s`, in time linear in both: short needles are found
    /// with memchr and memcmp, longer ones (where a needle that almost matches everywhere,
    /// `aaaa…ab` in `aaaa…`, would make that quadratic) with Knuth-Morris-Pratt.
    static func contains(_ s: String, _ needle: String) -> Bool {
        let n = needle.utf8.count
        if n == 0 { return true }
        let m = s.utf8.count
        guard m >= n else { return false }
        return withBytes(s) { ps in
            withBytes(needle) { pn in
                if n > 16 { return kmpContains(ps, pn) }
                let first = pn[0]
                let base = ps.baseAddress!
                var i = 0
                let last = m - n
                while i <= last {
                    guard let found = memchr(base + i, Int32(first), last - i + 1) else { return false }
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pn.baseAddress!, n) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }

    /// Knuth-Morris-Pratt search of `needle` (not empty) in `hay`.
    static func kmpContains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        // failure[i]: length of the longest proper border of needle[0...i].
        var failure = [Int](repeating: 0, count: n)
        var k = 0
        for i in 1..<max(n, 1) {
            while k > 0, needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for b in hay {
            while k > 0, b != needle[k] { k = failure[k - 1] }
            if b == needle[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }
}

/// JavaScript's conversions, where the reference relies on them.
enum JavaScript {
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `Number(text)`: trimmed; empty is 0; decimal, `Infinity`, and `0x`/`0o`/`0b`
    /// integers; anything else is NaN.
    static func toNumber(_ text: String) -> Double {
        let scalars = text.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, isWhitespace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isWhitespace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        let t = String(scalars[lo..<hi])
        if t.isEmpty { return 0 }
        switch t {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        let bytes = Array(t.utf8)
        if bytes.count > 2, bytes[0] == 0x30 {
            let radix: Int?
            switch bytes[1] {
            case 0x78, 0x58: radix = 16
            case 0x6F, 0x4F: radix = 8
            case 0x62, 0x42: radix = 2
            default: radix = nil
            }
            if let radix {
                var value = 0.0
                for b in bytes[2...] {
                    let d: Int
                    switch b {
                    case 0x30...0x39: d = Int(b - 0x30)
                    case 0x61...0x66: d = Int(b - 0x61 + 10)
                    case 0x41...0x46: d = Int(b - 0x41 + 10)
                    default: return .nan
                    }
                    if d >= radix { return .nan }
                    value = value * Double(radix) + Double(d)
                }
                return value
            }
        }
        // StrDecimalLiteral: sign? (digits (. digits?)? | . digits) exponent?
        var i = 0
        if bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        var digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
        }
        if digits == 0 { return .nan }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            var expDigits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; expDigits += 1 }
            if expDigits == 0 { return .nan }
        }
        if i != bytes.count { return .nan }
        var cleaned = t
        if cleaned.hasPrefix("+") { cleaned.removeFirst() }
        if cleaned.hasPrefix(".") { cleaned = "0" + cleaned }
        if cleaned.hasPrefix("-.") { cleaned = "-0" + cleaned.dropFirst() }
        if cleaned.hasSuffix(".") { cleaned += "0" }
        if let dot = cleaned.firstIndex(of: "."), cleaned.index(after: dot) < cleaned.endIndex {
            let after = cleaned[cleaned.index(after: dot)]
            if after == "e" || after == "E" { cleaned.insert("0", at: cleaned.index(after: dot)) }
        }
        return Double(cleaned) ?? .nan
    }
}
