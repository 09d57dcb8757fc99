import JavaScriptRules

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
