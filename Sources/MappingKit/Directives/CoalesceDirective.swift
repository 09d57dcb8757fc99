import JSONValues

// @coalesce: the first of several mappings that resolves to neither absent nor null.

extension Compiler {
    mutating func coalesce(_ value: JSON, at pointer: String) -> any MappingNode {
        guard let items = expectArray(value, at: pointer) else { return AbsentNode() }
        var nodes: [any MappingNode] = []
        for (i, item) in items.enumerated() { nodes.append(mapping(item, at: JSONPointer.appending(pointer, i))) }
        return CoalesceNode(nodes)
    }
}

final class CoalesceNode: MappingNode {
    let candidates: [any MappingNode]
    init(_ candidates: [any MappingNode]) { self.candidates = candidates }

    func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        for node in candidates {
            if let value = try node.evaluate(payload, budget), !value.isNull { return value }
        }
        return nil
    }
}

extension CoalesceNode {
    var reads: JSONProjection { readsOfAll(candidates) }
}
