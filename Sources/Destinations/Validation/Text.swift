/// Validation text (messages and JSON Pointers) written in one allocation.
///
/// A payload that fails validation gets a message per issue, each made of a few pieces
/// (the field's title or pointer, the rule, the value's kind). Appending the pieces one
/// by one, or interpolating them, allocates and copies as the string grows; about one
/// event in four fails validation, so this is paid often. Here the length is summed
/// first and the bytes are written once (a result of up to 15 bytes is stored inline,
/// with no allocation at all).
enum Text {
    /// Writes `s`'s UTF-8 bytes into `buffer` from `at`; returns the position after them.
    @inline(__always)
    static func write(_ s: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var at = at
        if s.utf8.withContiguousStorageIfAvailable({ bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            (buffer.baseAddress! + at).update(from: base, count: bytes.count)
            at += bytes.count
        }) == nil {
            for b in s.utf8 { buffer[at] = b; at += 1 }
        }
        return at
    }

    /// The number of decimal digits of `n` (with a sign for a negative number).
    static func decimalCount(_ n: Int) -> Int {
        var count = n < 0 ? 2 : 1
        var rest = n.magnitude
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }

    /// Writes `n` in decimal into `buffer` from `at`; returns the position after it.
    static func writeDecimal(_ n: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let end = at + decimalCount(n)
        var rest = n.magnitude
        var i = end
        repeat {
            i -= 1
            buffer[i] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        if n < 0 { buffer[at] = UInt8(ascii: "-") }
        return end
    }
}
