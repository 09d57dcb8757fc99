/// `default`, `raw`, `json` / `jsonify` / `inspect` and `to_integer`, as LiquidJS's
/// `filters/misc.ts` behaves.
enum MiscFilters {
    static let all: [String: FilterImpl] = [
        "default": { v, a, _ in
            let value = v.toValue
            let fallback = a[arg: 0]
            switch value {
            case .array(let arr): return arr.isEmpty ? fallback : value
            case .string(let s): return s.isEmpty ? fallback : value
            case .bool(false):
                if try allowFalse(Array(a.dropFirst())) { return .bool(false) }
                return fallback
            default: return value.isTruthy ? value : fallback
            }
        },
        "raw": { v, _, _ in v },
        "json": { v, a, _ in json(v, a[arg: 0]) },
        "jsonify": { v, a, _ in json(v, a[arg: 0]) },
        "inspect": { v, a, _ in json(v, a[arg: 0]) },
        "to_integer": { v, _, _ in .number(v.jsNumber) },
    ]

    /// `new Map(args).get('allow_false')`: each extra argument must be an entry (a
    /// `key: value` argument, or an array).
    static func allowFalse(_ args: [LValue]) throws -> Bool {
        var result = LValue.undefined
        for arg in args {
            switch arg {
            case .array(let entry):
                if case .string("allow_false") = entry[arg: 0] { result = entry[arg: 1] }
            case .object(let o):
                if case .string("allow_false")? = o["0"] { result = o["1"].map(LValue.init) ?? .undefined }
            case .drop:
                break
            default:
                throw LiquidFailure("Iterator value \(arg.jsString) is not an entry object")
            }
        }
        return result.isJSTruthy
    }

    static func json(_ v: LValue, _ space: LValue) -> LValue {
        var indent = ""
        var pretty = false
        switch space {
        case .number(let n):
            // V8 lays out on several lines for any positive space, even one below 1.
            let d = n.doubleValue
            pretty = d > 0
            let k = min(10, JSText.toInteger(d))
            if k >= 1 { indent = String(repeating: " ", count: k) }
        case .string(let s):
            indent = JSText.slice(JSText.units(s), 0, 10)
            pretty = !indent.isEmpty
        default: break
        }
        var out = ""
        guard JSONStringify.write(v, indent: indent, pretty: pretty, level: "", into: &out) else { return .undefined }
        return .string(out)
    }
}

/// JavaScript's `JSON.stringify`: integer-like keys first, then keys in order; `undefined`
/// members are left out (and are `null` in arrays); non-finite numbers are `null`.
enum JSONStringify {
    /// Writes `v`; returns false when `v` has no JSON form (`undefined`).
    static func write(_ v: LValue, indent: String, pretty: Bool, level: String, into out: inout String) -> Bool {
        switch v {
        case .undefined: return false
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n):
            let d = n.doubleValue
            out += d.isFinite ? n.javaScriptText : "null"
        case .string(let s): out += JSONQuote.quote(s)
        case .drop: out += "{}"
        case .array(let a):
            if a.isEmpty { out += "[]"; return true }
            let inner = level + indent
            out += "["
            for (i, x) in a.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + inner }
                if !write(x, indent: indent, pretty: pretty, level: inner, into: &out) { out += "null" }
            }
            if pretty { out += "\n" + level }
            out += "]"
        case .object(let o):
            let inner = level + indent
            var members: [(String, JSON)] = []
            var indexed: [(Int, String, JSON)] = []
            for (k, x) in o {
                if let i = JSText.arrayIndex(k) { indexed.append((i, k, x)) } else { members.append((k, x)) }
            }
            indexed.sort { $0.0 < $1.0 }
            let ordered = indexed.map { ($0.1, $0.2) } + members
            if ordered.isEmpty { out += "{}"; return true }
            out += "{"
            for (i, (k, x)) in ordered.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + inner }
                out += JSONQuote.quote(k)
                out += pretty ? ": " : ":"
                _ = write(LValue(x), indent: indent, pretty: pretty, level: inner, into: &out)
            }
            if pretty { out += "\n" + level }
            out += "}"
        }
        return true
    }
}

import JSONValues
