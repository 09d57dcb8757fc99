import JSONValues

// @stringify: an object's members as strings (null members dropped; nothing left →
// absent), or a scalar's string form.

extension Compiler {
    mutating func stringify(_ value: JSON, at pointer: String) -> MappingNode {
        StringifyNode(mapping(value, at: pointer), pointer: pointer)
    }
}

final class StringifyNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let pointer: String
    init(_ source: MappingNode, pointer: String) {
        self.source = source
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        guard let value = try source.evaluate(payload, budget) else { return nil }
        try budget.chargeTree(value, at: pointer)
        switch value {
        case .null: return nil
        case .object(let o):
            var out = JSONObject(minimumCapacity: o.count)
            for (k, v) in o {
                if v.isNull { continue }
                out.appendUnchecked(k, .string(StringifyNode.text(v)))
            }
            return out.isEmpty ? nil : .object(out)
        default:
            return .string(StringifyNode.text(value))
        }
    }

    /// Strings as-is, numbers and booleans as JavaScript prints them, objects and arrays
    /// as compact JSON.
    static func text(_ value: JSON) -> String {
        switch value {
        case .string(let s): return s
        case .number(let n): return n.javaScriptText
        case .bool(let b): return b ? "true" : "false"
        default: return JS.stringify(value)
        }
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
