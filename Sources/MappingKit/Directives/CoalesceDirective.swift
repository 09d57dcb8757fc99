@_spi(Unretained) import JSONValues

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
    let candidates: [MappingNode]
    /// `candidates`, called without reference counting (see `MappingNode`).
    private let calls: [Unretained<MappingNode>]
    init(_ candidates: [MappingNode]) {
        self.candidates = candidates
        self.calls = candidates.map(Unretained.init)
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        for node in calls {
            if let value = try node.with({ try $0.evaluate(payload, budget) }), !value.isNull { return value }
        }
        return nil
    }

    override var reads: JSONProjection { readsOfAll(candidates) }
}
