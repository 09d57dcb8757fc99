/// JavaScript's white space: the `WhiteSpace` and `LineTerminator` code points of
/// ECMA-262 (§12.2, §12.3). It is what `String.prototype.trim()` removes, what
/// `Number(text)` ignores around a number, and what the regular expression `\s` matches.
///
/// U+0085 (NEXT LINE) is not among them, although Unicode's `White_Space` property
/// includes it.
package enum JSWhitespace {
    /// Whether the code point (or UTF-16 code unit) is JavaScript white space.
    @inlinable
    package static func contains(_ c: UInt32) -> Bool {
        switch c {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inlinable
    package static func contains(_ s: Unicode.Scalar) -> Bool { contains(s.value) }

    /// `s.trim()`.
    package static func trim(_ s: String) -> String {
        var copy = s  // withUTF8 needs a mutable string; native strings are not copied.
        let (lo, hi) = copy.withUTF8 { bounds(ofTrimmed: $0) }
        if lo == 0 && hi == s.utf8.count { return s }
        let u = s.utf8
        return String(Substring(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)]))
    }

    /// The byte range of `utf8` without its leading and trailing white space: ASCII bytes
    /// are tested as they are, other white space by its two- or three-byte encoding.
    package static func bounds(ofTrimmed utf8: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var lo = 0
        var hi = utf8.count
        while lo < hi {
            let n = leadingWhitespaceLength(utf8, lo, hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            let n = trailingWhitespaceLength(utf8, lo, hi)
            if n == 0 { break }
            hi -= n
        }
        return (lo, hi)
    }

    /// The length of the white-space character starting at `i` (before `end`), or 0.
    @inline(__always)
    static func leadingWhitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        var n = 0
        if c & 0xE0 == 0xC0 { n = 2 } else if c & 0xF0 == 0xE0 { n = 3 } else { return 0 }
        guard i + n <= end else { return 0 }
        return contains(scalar(b, i, n)) ? n : 0
    }

    /// The length of the white-space character ending just before `end` (after `start`), or 0.
    @inline(__always)
    static func trailingWhitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let c = b[end - 1]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        // White space outside ASCII is two or three bytes long.
        for n in 2...3 where end - n >= start {
            let lead = b[end - n]
            if lead & 0xC0 == 0x80 { continue }
            guard (n == 2 && lead & 0xE0 == 0xC0) || (n == 3 && lead & 0xF0 == 0xE0) else { return 0 }
            return contains(scalar(b, end - n, n)) ? n : 0
        }
        return 0
    }

    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> UInt32 {
        if n == 2 { return UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F) }
        return UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
    }
}
