import JSONValues

/// JavaScript conversions the reference relies on (`String(v)`, truthiness, loose
/// equality with `""`, `JSON.stringify`), written once so every directive agrees.
enum JS {
    /// JavaScript truthiness of a value (`nil` is `undefined`).
    static func isTruthy(_ value: JSON?) -> Bool {
        guard let value else { return false }
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n.doubleValue != 0
        case .string(let s): return !s.isEmpty
        case .array, .object: return true
        }
    }

    /// The reference's `realTypeOf` name; `nil` (undefined) is `"undefined"`.
    static func typeName(_ value: JSON?) -> String {
        value?.kindName ?? "undefined"
    }

    /// `value != ''` with JavaScript loose equality is false, i.e. the value is "blank".
    static func looselyEqualsEmptyString(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return !b
        case .number(let n): return n.doubleValue == 0
        case .string(let s): return s.isEmpty
        case .object: return false
        case .array(let a): return arrayTextIsEmpty(a)
        }
    }

    /// Whether `Array.prototype.join(",")` of `a` gives `""`.
    private static func arrayTextIsEmpty(_ a: [JSON], depth: Int = 0) -> Bool {
        if a.isEmpty { return true }
        guard a.count == 1, depth < 64 else { return false }
        switch a[0] {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .array(let inner): return arrayTextIsEmpty(inner, depth: depth + 1)
        default: return false
        }
    }

    /// JavaScript's `String(value)` for scalars; objects are written as compact JSON
    /// (where JavaScript would print `[object Object]`), arrays as their elements joined
    /// by commas (null elements empty), as JavaScript does.
    static func text(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.javaScriptText
        case .string(let s): return s
        case .object: return stringify(value)
        case .array(let a):
            var out = ""
            for (i, element) in a.enumerated() {
                if i > 0 { out += "," }
                if case .null = element { continue }
                out += text(element)
            }
            return out
        }
    }

    /// `JSON.stringify(value)`: compact, numbers as JavaScript prints them.
    /// A JavaScript array index (`"0"`, `"12"`, up to 2^32 - 2), which an object lists first.
    static func arrayIndex(_ key: String) -> UInt32? {
        guard let i = Path.Segment.arrayIndex(key), i <= 4_294_967_294 else { return nil }
        return UInt32(i)
    }

    /// The members in the order JavaScript lists an object's own properties: array-index keys
    /// ascending, then the other keys in insertion order (so `JSON.stringify` of an object
    /// built by `@merge` or parsed by `@json` decode writes `{"1":…,"b":…}`).
    static func inPropertyOrder(_ o: JSONObject) -> [(key: String, value: JSON)] {
        var indexed: [(index: UInt32, key: String, value: JSON)] = []
        var others: [(key: String, value: JSON)] = []
        for (k, v) in o {
            if let i = arrayIndex(k) { indexed.append((i, k, v)) } else { others.append((k, v)) }
        }
        indexed.sort { $0.index < $1.index }
        var ordered: [(key: String, value: JSON)] = indexed.map { ($0.key, $0.value) }
        ordered.reserveCapacity(o.count)
        ordered.append(contentsOf: others)
        return ordered
    }

    /// Whether an array-index key comes after another key or after a larger index.
    static func needsPropertyReorder(_ o: JSONObject) -> Bool {
        var seenOther = false
        var lastIndex: UInt32?
        for (k, _) in o {
            if let i = arrayIndex(k) {
                if seenOther { return true }
                if let last = lastIndex, i < last { return true }
                lastIndex = i
            } else {
                seenOther = true
            }
        }
        return false
    }

    static func stringify(_ value: JSON) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: JSON, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n):
            let d = n.doubleValue
            out += d.isFinite ? n.javaScriptText : "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out += "["
            for (i, element) in a.enumerated() {
                if i > 0 { out += "," }
                write(element, into: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            var first = true
            if needsPropertyReorder(o) {
                for (k, v) in inPropertyOrder(o) {
                    if !first { out += "," }
                    first = false
                    writeString(k, into: &out)
                    out += ":"
                    write(v, into: &out)
                }
            } else {
                for (k, v) in o {
                    if !first { out += "," }
                    first = false
                    writeString(k, into: &out)
                    out += ":"
                    write(v, into: &out)
                }
            }
            out += "}"
        }
    }

    private static let hexDigits: [Character] = Array("0123456789abcdef")

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        var needsEscape = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { needsEscape = true; break }
        if !needsEscape {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                default:
                    if scalar.value < 0x20 {
                        out += "\\u00"
                        out.append(hexDigits[Int(scalar.value >> 4)])
                        out.append(hexDigits[Int(scalar.value & 0xF)])
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }

    /// JavaScript's `String.prototype.trim()`.
    static func trim(_ s: Substring) -> Substring {
        func isSpace(_ u: Unicode.Scalar) -> Bool {
            u.properties.isWhitespace || u == "\u{FEFF}"
        }
        var scalars = s.unicodeScalars[...]
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        return Substring(scalars)
    }

    /// Length in UTF-16 code units, as JavaScript's `.length`.
    @inline(__always) static func length(_ s: String) -> Int { s.utf16.count }

    /// `Object.assign(target, source)` for one resolved source: objects copy their
    /// members, arrays and strings their indices, everything else nothing.
    static func assign(_ source: JSON?, into target: inout JSONObject) {
        guard let source else { return }
        switch source {
        case .object(let o):
            if target.isEmpty { target = o; return }
            for (k, v) in o { target[k] = v }
        case .array(let a):
            for (i, v) in a.enumerated() { target[String(i)] = v }
        case .string(let s):
            for (i, unit) in s.utf16.enumerated() {
                target[String(i)] = .string(String(decoding: [unit], as: UTF16.self))
            }
        default:
            return
        }
    }
}
