import JavaScriptRules
import JSONValues
/// URL filters, as LiquidJS's `filters/url.ts` behaves (JavaScript's
/// `encodeURIComponent` / `decodeURIComponent` / `encodeURI`).
enum URLFilters {
    static let hex: [Character] = Array("0123456789ABCDEF")

    /// Percent-encodes the UTF-8 of every scalar not in `keep`.
    static func encode(_ s: String, keep: (UInt32) -> Bool) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 && keep(u.value) {
                out.unicodeScalars.append(u)
            } else {
                for b in String(u).utf8 {
                    out.append("%")
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0xF)])
                }
            }
        }
        return out
    }

    static func isUnreserved(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true
        default: return "-_.!~*'()".unicodeScalars.contains { $0.value == c }
        }
    }

    static func encodeURIComponent(_ s: String) -> String { encode(s, keep: isUnreserved) }

    static func encodeURI(_ s: String) -> String {
        encode(s) { c in isUnreserved(c) || ";,/?:@&=+$#".unicodeScalars.contains { $0.value == c } }
    }

    /// JavaScript `decodeURIComponent`; throws `URI malformed` on a bad escape or bad UTF-8.
    static func decodeURIComponent(_ s: String) throws -> String {
        let u = JSText.units(s)
        var out: [UInt16] = []
        out.reserveCapacity(u.count)
        var i = 0
        func byte(at k: Int) throws -> UInt8 {
            guard k + 2 < u.count + 0, u[k] == 0x25,
                  let h = NumberFromText.digitValue(u[k + 1]), h < 16,
                  let l = NumberFromText.digitValue(u[k + 2]), l < 16 else { throw LiquidFailure("URI malformed") }
            return UInt8(h * 16 + l)
        }
        while i < u.count {
            guard u[i] == 0x25 else { out.append(u[i]); i += 1; continue }
            let b0 = try byte(at: i)
            i += 3
            if b0 < 0x80 { out.append(UInt16(b0)); continue }
            let n: Int
            switch b0 {
            case 0xC2...0xDF: n = 1
            case 0xE0...0xEF: n = 2
            case 0xF0...0xF4: n = 3
            default: throw LiquidFailure("URI malformed")
            }
            var bytes = [b0]
            for _ in 0..<n {
                let b = try byte(at: i)
                guard b & 0xC0 == 0x80 else { throw LiquidFailure("URI malformed") }
                bytes.append(b)
                i += 3
            }
            guard let scalarString = String(validating: bytes, as: UTF8.self) else { throw LiquidFailure("URI malformed") }
            out.append(contentsOf: scalarString.utf16)
        }
        return JSText.string(out)
    }

    static let all: [String: FilterImpl] = [
        "url_decode": { v, _, _ in
            .string(try decodeURIComponent(v.stringified).replacingPlus())
        },
        "url_encode": { v, _, _ in
            .string(encodeURIComponent(v.stringified).replacingAll("%20", "+"))
        },
        "cgi_escape": { v, _, _ in
            var s = encodeURIComponent(v.stringified).replacingAll("%20", "+")
            for (ch, code) in [("!", "%21"), ("'", "%27"), ("(", "%28"), (")", "%29"), ("*", "%2A")] {
                s = s.replacingAll(ch, code)
            }
            return .string(s)
        },
        "uri_escape": { v, _, _ in
            .string(encodeURI(v.stringified).replacingAll("%5B", "[").replacingAll("%5D", "]"))
        },
        "slugify": { v, a, _ in
            let s = v.stringified
            let mode = a[arg: 0].isUndefined ? "default" : a[0].jsString
            let cased = a[arg: 1].isJSTruthy
            return .string(slugify(s, mode: mode, cased: cased))
        },
    ]

    static func slugify(_ input: String, mode: String, cased: Bool) -> String {
        var s = input
        let keep: ((Unicode.Scalar) -> Bool)?
        func letterLike(_ u: Unicode.Scalar) -> Bool {
            switch u.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
            default: return false
            }
        }
        switch mode {
        case "raw": keep = { !JSWhitespace.contains($0.value) }
        case "default": keep = letterLike
        case "latin":
            s = removeAccents(s)
            keep = letterLike
        case "pretty": keep = { letterLike($0) || "._~!$&'()+,;=@".unicodeScalars.contains($0) }
        case "ascii": keep = { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }
        default: keep = nil
        }
        if let keep {
            var out = ""
            var inRun = false
            for u in s.unicodeScalars {
                if keep(u) {
                    out.unicodeScalars.append(u)
                    inRun = false
                } else if !inRun {
                    out += "-"
                    inRun = true
                }
            }
            if out.hasPrefix("-") { out.removeFirst() }
            if out.hasSuffix("-") { out.removeLast() }
            s = out
        }
        return cased ? s : JSText.lower(s)
    }

    static func removeAccents(_ s: String) -> String {
        let map: [Character: String] = [
            "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "æ": "ae", "ç": "c",
            "è": "e", "é": "e", "ê": "e", "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i",
            "ð": "d", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ø": "o",
            "ù": "u", "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y", "ß": "ss", "œ": "oe",
            "þ": "th", "ẞ": "SS", "Œ": "OE", "Þ": "TH",
        ]
        var out = ""
        for u in s.unicodeScalars {
            if let r = map[Character(u)] { out += r } else { out.unicodeScalars.append(u) }
        }
        return out
    }
}

extension String {
    /// Replaces every occurrence of `target` (compared by UTF-16 code units).
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return JSText.replacingAll(JSText.units(self), JSText.units(target), with: JSText.units(replacement))
    }

    func replacingPlus() -> String { replacingAll("+", " ") }
}
