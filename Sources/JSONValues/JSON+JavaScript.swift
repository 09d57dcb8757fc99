import JavaScriptRules

extension JSON {
    /// JavaScript truthiness: `null`, `false`, `0` and `""` are false; every other value,
    /// empty lists and objects included, is true.
    public var isJavaScriptTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return ToBoolean.of(n.doubleValue)
        case .string(let s): return ToBoolean.of(s)
        case .array, .object: return true
        }
    }
}
