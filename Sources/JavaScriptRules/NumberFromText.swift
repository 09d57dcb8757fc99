/// JavaScript's `Number(text)` (the abstract operation `StringToNumber`): white space
/// around the number is ignored; empty text is 0; decimal literals, `Infinity`, and
/// `0x`/`0o`/`0b` integers are read; anything else is NaN.
package enum NumberFromText {
    /// `Number(text)`.
    package static func number(_ text: String) -> Double {
        var copy = text  // withUTF8 needs a mutable string; native strings are not copied.
        return copy.withUTF8 { number(utf8: $0) }
    }

    /// `Number(text)` of UTF-8 text.
    package static func number(utf8 all: UnsafeBufferPointer<UInt8>) -> Double {
        let (lo, hi) = JSWhitespace.bounds(ofTrimmed: all)
        let bytes = UnsafeBufferPointer(rebasing: all[lo..<hi])
        let n = bytes.count
        if n == 0 { return 0 }
        if let special = infinity(bytes) { return special }
        if n > 2, bytes[0] == 0x30 {
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
                    guard let d = digitValue(b), d < radix else { return .nan }
                    value = value * Double(radix) + Double(d)
                }
                return value
            }
        }
        // StrDecimalLiteral: sign? (digits (. digits?)? | . digits) exponent?
        var i = 0
        if bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        var digits = 0
        while i < n, bytes[i] &- 0x30 < 10 { i += 1; digits += 1 }
        if i < n, bytes[i] == 0x2E {
            i += 1
            while i < n, bytes[i] &- 0x30 < 10 { i += 1; digits += 1 }
        }
        if digits == 0 { return .nan }
        if i < n, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < n, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            var expDigits = 0
            while i < n, bytes[i] &- 0x30 < 10 { i += 1; expDigits += 1 }
            if expDigits == 0 { return .nan }
        }
        if i != n { return .nan }
        return Double(normalized(bytes)) ?? .nan
    }

    /// `Infinity`, `+Infinity` or `-Infinity`.
    private static func infinity(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard b.count >= 8, b[b.count - 8] == UInt8(ascii: "I") else { return nil }
        let sign = b.count - 8
        guard sign <= 1, b.count == sign + 8, "Infinity".utf8.elementsEqual(b[sign...]) else { return nil }
        if sign == 0 { return .infinity }
        switch b[0] {
        case UInt8(ascii: "+"): return .infinity
        case UInt8(ascii: "-"): return -.infinity
        default: return nil
        }
    }

    /// A checked decimal literal in the form Swift's `Double(_:)` reads: no leading `+`,
    /// and a digit on both sides of the point (`.5` → `0.5`, `5.` → `5.0`, `1.e5` → `1.0e5`).
    private static func normalized(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 3)
        var previous: UInt8 = 0
        for (k, c) in b.enumerated() {
            if k == 0, c == UInt8(ascii: "+") { previous = c; continue }
            if c == UInt8(ascii: "."), previous &- 0x30 >= 10 { out.append(0x30) }
            if (c == UInt8(ascii: "e") || c == UInt8(ascii: "E")), previous == UInt8(ascii: ".") { out.append(0x30) }
            out.append(c)
            previous = c
        }
        if previous == UInt8(ascii: ".") { out.append(0x30) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of a digit in radixes up to 36 (`0`–`9`, `a`–`z`, `A`–`Z`), or `nil`.
    @inlinable
    package static func digitValue<T: BinaryInteger>(_ c: T) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x61...0x7A: return Int(c - 0x61 + 10)
        case 0x41...0x5A: return Int(c - 0x41 + 10)
        default: return nil
        }
    }
}
