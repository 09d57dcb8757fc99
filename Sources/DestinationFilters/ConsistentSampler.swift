import Crypto
import JSONValues

/// The deterministic sampler: it draws a number in [0, 1] from a value alone, so the
/// same value (a user id) always gets the same answer and a sample of 10 % by `userId`
/// keeps all or none of each user's events.
///
/// The recipe, for other systems to reproduce the decision (docs/destination-filters.md):
///
/// 1. Write the value as JavaScript's `JSON.stringify` does (`JSON.stringified`): the
///    user id `user-1` is the 8 bytes `"user-1"`, quotes included. A missing value is
///    written `null`.
/// 2. Take the MD5 digest of that UTF-8 text: 16 bytes `d[0]…d[15]`.
/// 3. Campbell's method for a uniform real: `s` is `d[0…7]` read as a big-endian unsigned
///    64-bit integer and `e` is −64. If `s` has `z` > 0 leading zero bits, shift them out
///    and fill from the next bits: `s = (s << z) | (t >> (64 − z))` with `t` = `d[8…15]`
///    big-endian, and `e = e − z`. Then set the lowest bit: `s = s | 1`.
/// 4. The draw is `s × 2^e`, with `s` converted to a double by rounding to nearest.
/// 5. The event is kept when the draw is below the share asked for (`percent`).
///
/// For example `"user-1"` draws 0.717011, so a 0.8 sample keeps it and a 0.5 sample does
/// not.
public enum ConsistentSampler {
    /// The number in [0, 1] drawn for `value` (`nil`: a missing value, drawn as `null`).
    public static func draw(for value: JSON?) -> Double {
        var text: [UInt8] = []
        JSONSerializer.write(value ?? .null, into: &text, options: .javaScript)
        let digest = Array(Insecure.MD5.hash(data: text))
        return draw(digest: digest)
    }

    /// Step 3 and 4 of the recipe, over the 16 bytes of a digest.
    static func draw(digest d: [UInt8]) -> Double {
        func bigEndian(_ from: Int) -> UInt64 {
            var v: UInt64 = 0
            for i in from..<(from + 8) { v = (v << 8) | UInt64(d[i]) }
            return v
        }
        var significand = bigEndian(0)
        var exponent = -64
        let zeros = significand.leadingZeroBitCount
        if zeros > 0 {
            // Swift's shifts by 64 give 0, so an all-zero first half takes the second whole.
            significand = (significand << UInt64(zeros)) | (bigEndian(8) >> UInt64(64 - zeros))
            exponent -= zeros
        }
        significand |= 1
        return Double(significand) * pow2(exponent)
    }

    /// 2^e for the exponents the draw uses (−128 … −64), exactly.
    static func pow2(_ e: Int) -> Double { Double(sign: .plus, exponent: e, significand: 1) }

    /// Whether an event whose sampled value is `value` is kept by a sample of `percent`
    /// (a share: 0.1 keeps 10 %). At or below 0 nothing is kept, at or above 1 everything.
    public static func keeps(_ value: JSON?, percent: Double) -> Bool {
        if percent <= 0 { return false }
        if percent >= 1 { return true }
        return draw(for: value) < percent
    }
}
