import JSONValues

// @transform: resolves `apply` against the payload, then `mapping` against that result.

extension Compiler {
    mutating func transform(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var apply: MappingNode?
        if require(o, "apply", at: pointer), let raw = o["apply"] {
            let p = JSONPointer.appending(pointer, "apply")
            apply = directiveOrObject(unwrapRootDirective(raw, at: p), at: p)
        }
        var mappingNode: MappingNode?
        if require(o, "mapping", at: pointer), let raw = o["mapping"] {
            mappingNode = directiveOrObject(raw, at: JSONPointer.appending(pointer, "mapping"))
        }
        guard errors.count == errorCount, let apply, let mappingNode else { return AbsentNode() }
        sharesValues = true
        return TransformNode(apply: apply, mapping: mappingNode, pointer: pointer)
    }
}

final class TransformNode: MappingNode, @unchecked Sendable {
    let apply: MappingNode
    let mapping: MappingNode
    let pointer: String

    init(apply: MappingNode, mapping: MappingNode, pointer: String) {
        self.apply = apply
        self.mapping = mapping
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        // The reference runs a nested transform(), which requires an object payload
        // (undefined counts as {}).
        let input: JSON
        switch payload {
        case nil: input = .object([:])
        case .object?: input = payload!
        case let other?:
            throw MappingError(message: "data must be an object, got \(other.kindName)", pointer: pointer)
        }
        let result = try mapping.evaluate(try apply.evaluate(input, budget), budget)
        // `mapping` may reference apply's result many times; nested transforms multiply
        // that, so the result is charged as the tree it is (see EvaluationBudget).
        if let result { try budget.chargeTree(result, at: pointer) }
        return result
    }
}
