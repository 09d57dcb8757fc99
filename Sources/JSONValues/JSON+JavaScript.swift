extension JSON {
    /// JavaScript truthiness: `null`, `false`, `0` and `""` are false; every other value,
    /// empty lists and objects included, is true.
    public var isJavaScriptTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n.doubleValue != 0
        case .string(let s): return !s.isEmpty
        case .array, .object: return true
        }
    }
}
