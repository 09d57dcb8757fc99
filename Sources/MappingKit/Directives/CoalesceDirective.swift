import JSONValues

// @coalesce: the first of several mappings that resolves to neither absent nor null.

extension Compiler {
    mutating func coalesce(_ value: JSON, at pointer: String) -> MappingNode {
        guard let items = expectArray(value, at: pointer) else { return AbsentNode() }
        var nodes: [MappingNode] = []
        for (i, item) in items.enumerated() { nodes.append(mapping(item, at: JSONPointer.appending(pointer, i))) }
        return CoalesceNode(nodes)
    }
}

final class CoalesceNode: MappingNode, @unchecked Sendable {
    let candidates: ChildNodes
    init(_ candidates: [MappingNode]) { self.candidates = ChildNodes(candidates) }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        for i in candidates.indices {
            if let value = try candidates.evaluate(i, payload, budget), !value.isNull { return value }
        }
        return nil
    }

    override var reads: JSONProjection { candidates.reads }
}
