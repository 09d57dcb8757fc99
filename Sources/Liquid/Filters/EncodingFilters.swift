import JSONValues
import Crypto

/// `base64_encode`, `base64_decode`, `sha256` and `hmac_sha256`, on the UTF-8 of the
/// text, as LiquidJS computes them with Node's `Buffer` and `crypto`.
enum EncodingFilters {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func base64Encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], 61, 61]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], 61]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Node's lenient decoder: accepts both alphabets (`+/` and `-_`), skips characters
    /// outside them, stops at `=`, and drops incomplete trailing bits. Like Node, it reads
    /// each UTF-16 code unit by its low byte (so U+D83D, whose low byte is `=`, ends it).
    static func base64Decode(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var acc: UInt32 = 0
        var bits = 0
        for unit in s.utf16 {
            let c = UInt8(truncatingIfNeeded: unit)
            let v: UInt32
            switch c {
            case 65...90: v = UInt32(c - 65)
            case 97...122: v = UInt32(c - 97 + 26)
            case 48...57: v = UInt32(c - 48 + 52)
            case 43, 45: v = 62
            case 47, 95: v = 63
            case 61: return out
            default: continue
            }
            acc = (acc << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static let all: [String: FilterImpl] = [
        "base64_encode": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(base64Encode(Array(s.utf8)))
        },
        "base64_decode": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(String(decoding: base64Decode(s), as: UTF8.self))
        },
        "sha256": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(hex(SHA256.hash(data: Array(s.utf8))))
        },
        "hmac_sha256": { v, a, c in
            let s = v.stringified, key = a[arg: 0].stringified
            try c.useMemory(s.jsLength + key.jsLength)
            let mac = HMAC<SHA256>.authenticationCode(for: Array(s.utf8), using: SymmetricKey(data: Array(key.utf8)))
            return .string(hex(mac))
        },
    ]
}
