import JSONValues

/// JavaScript's `JSON.stringify` of Liquid values: array-index keys first, then the other
/// keys in order (``JSONValues/JSONObject/javaScriptOrderedMembers``), strings quoted as
/// `JSONValues` quotes them; `undefined` members are left out (and are `null` in arrays);
/// non-finite numbers are `null`.
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
            let ordered = o.javaScriptOrderedMembers
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
