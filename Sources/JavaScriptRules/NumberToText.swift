/// JavaScript's Number-to-String conversion (`String(n)`, `Number.prototype.toString()`):
/// the shortest digits that read back as the same double, in plain notation from 1e-6 up
/// to 1e21 and in exponent notation (`1e+21`, `1.5e-7`) outside it.
package enum NumberToText {
    /// `String(d)`: `NaN`, `Infinity` and `-Infinity` for the values that are not finite.
    package static func text(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return "0" }
        if d == d.rounded(.towardZero), abs(d) < 1e21 {
            // Exact below 2^53; beyond it JavaScript prints the shortest round-trip digits
            // padded with zeros (264220006206222000), not the binary value's digits.
            if abs(d) <= 9_007_199_254_740_992 { return String(Int64(d)) }
        }
        // Swift's description is the shortest round-trip form; reshape it into JS notation.
        var s = d.description
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        var mantissa = s
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(s[..<e])
            exponent = Int(s[s.index(after: e)...]) ?? 0
        }
        var digits: String
        var pointPos: Int
        if let dot = mantissa.firstIndex(of: ".") {
            let intPart = String(mantissa[..<dot])
            let fracPart = String(mantissa[mantissa.index(after: dot)...])
            digits = intPart + fracPart
            pointPos = intPart.count
        } else {
            digits = mantissa
            pointPos = mantissa.count
        }
        // Strip leading zeros.
        while digits.count > 1, digits.first == "0" { digits.removeFirst(); pointPos -= 1 }
        // Strip trailing zeros.
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let n = pointPos + exponent  // decimal point position relative to digits
        let k = digits.count
        var out: String
        if k <= n && n <= 21 {
            out = digits + String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            let idx = digits.index(digits.startIndex, offsetBy: n)
            out = String(digits[..<idx]) + "." + String(digits[idx...])
        } else if -6 < n && n <= 0 {
            out = "0." + String(repeating: "0", count: -n) + digits
        } else {
            let e = n - 1
            let sign = e >= 0 ? "+" : "-"
            if k == 1 {
                out = digits + "e" + sign + String(abs(e))
            } else {
                out = String(digits.first!) + "." + String(digits.dropFirst()) + "e" + sign + String(abs(e))
            }
        }
        return negative ? "-" + out : out
    }
}
