import JSONValues

// @excludeWhenNull: null becomes absent; null members of objects (at any object depth,
// not inside arrays) are removed.

extension Compiler {
    mutating func excludeWhenNull(_ value: JSON, at pointer: String) -> MappingNode {
        ExcludeWhenNullNode(mapping(value, at: pointer), pointer: pointer)
    }
}

final class ExcludeWhenNullNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let pointer: String
    init(_ source: MappingNode, pointer: String) {
        self.source = source
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        guard let value = try source.evaluate(payload, budget) else { return nil }
        switch value {
        case .null: return nil
        case .object(let o):
            try budget.chargeTree(value, at: pointer)
            return .object(ExcludeWhenNullNode.clean(o))
        default: return value
        }
    }

    static func clean(_ o: JSONObject) -> JSONObject {
        var out = JSONObject(minimumCapacity: o.count)
        for (k, v) in o {
            switch v {
            case .null: continue
            case .object(let inner): out.appendUnchecked(k, .object(clean(inner)))
            default: out.appendUnchecked(k, v)
            }
        }
        return out
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
