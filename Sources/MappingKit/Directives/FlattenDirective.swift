import JSONValues

// @flatten: nested objects (and arrays, unless omitArrays) become one level with joined keys.

extension Compiler {
    mutating func flatten(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var separator: String?
        if let raw = o["separator"] { separator = expectString(raw, at: JSONPointer.appending(pointer, "separator")) }
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        guard errors.count == errorCount, let source else { return AbsentNode() }
        guard let separator, !separator.isEmpty else {
            failWhenMapped(pointer, "@flatten requires a \"separator\" key")
            return AbsentNode()
        }
        return FlattenNode(source: source, separator: separator, omitArrays: JS.isTruthy(o["omitArrays"]), pointer: pointer)
    }
}

final class FlattenNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let separator: String
    let omitArrays: Bool
    let pointer: String

    init(source: MappingNode, separator: String, omitArrays: Bool, pointer: String) {
        self.source = source
        self.separator = separator
        self.omitArrays = omitArrays
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        var out = JSONObject()
        // A missing value flattens to {"": undefined}, i.e. an empty object.
        guard let value = try source.evaluate(payload, budget) else { return .object(out) }
        try add(value, prefix: "", into: &out, budget)
        return .object(out)
    }

    /// Every key built is charged to the budget: each leaf repeats its whole prefix, so
    /// a deep value with many leaves flattens to far more text than it holds.
    private func add(_ value: JSON, prefix: String, into out: inout JSONObject, _ budget: EvaluationBudget) throws {
        switch value {
        case .object(let o):
            try budget.charge(o.count, at: pointer)
            for (k, v) in o {
                let key = prefix.isEmpty ? k : prefix + separator + k
                try budget.charge(key.utf8.count, at: pointer)
                try add(v, prefix: key, into: &out, budget)
            }
        case .array(let a) where !omitArrays:
            try budget.charge(a.count, at: pointer)
            for (i, v) in a.enumerated() {
                let k = String(i)
                let key = prefix.isEmpty ? k : prefix + separator + k
                try budget.charge(key.utf8.count, at: pointer)
                try add(v, prefix: key, into: &out, budget)
            }
        default:
            out[prefix] = value
        }
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
