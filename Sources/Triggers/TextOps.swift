#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import JSONValues

/// Byte-level string operations on UTF-8, matching JavaScript's code-unit semantics for
/// `includes`, `startsWith` and `endsWith` (equality is `ExactText.equal`); UTF-8 is
/// self-synchronising, so a byte match of valid text is a character match. No
/// normalisation, no allocation.
package enum TextOps {
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard s.utf8.count >= n else { return false }
        if n == 0 { return true }
        return ExactText.withBytes(s) { ps in
            ExactText.withBytes(prefix) { pp in memcmp(ps.baseAddress!, pp.baseAddress!, n) == 0 }
        }
    }

    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let n = suffix.utf8.count
        let m = s.utf8.count
        guard m >= n else { return false }
        if n == 0 { return true }
        return ExactText.withBytes(s) { ps in
            ExactText.withBytes(suffix) { pp in memcmp(ps.baseAddress! + (m - n), pp.baseAddress!, n) == 0 }
        }
    }

    /// Whether `needle` occurs in `s`, in time linear in both: short needles are found
    /// with memchr and memcmp, longer ones (where a needle that almost matches everywhere,
    /// `aaaa…ab` in `aaaa…`, would make that quadratic) with Knuth-Morris-Pratt.
    package static func contains(_ s: String, _ needle: String) -> Bool {
        let n = needle.utf8.count
        if n == 0 { return true }
        let m = s.utf8.count
        guard m >= n else { return false }
        return ExactText.withBytes(s) { ps in
            ExactText.withBytes(needle) { pn in
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
