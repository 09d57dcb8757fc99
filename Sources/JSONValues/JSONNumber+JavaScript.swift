extension JSONNumber {
    /// JavaScript's `WhiteSpace` and `LineTerminator` characters (what `trim()` removes and
    /// `Number(text)` ignores around a number).
    public static func isJavaScriptWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// JavaScript's `Number(text)`, the inverse of ``javaScriptText``: whitespace is
    /// trimmed; empty text is 0; decimal literals, `Infinity`, and `0x`/`0o`/`0b`
    /// integers are read; anything else is NaN.
    public static func javaScriptNumber(_ text: String) -> Double {
        let scalars = text.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi, isJavaScriptWhitespace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isJavaScriptWhitespace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
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
