import JSONValues

// @arrayPath: [path or directive, optional item shape]; with a shape, each element of the
// array (or the single object) found is resolved through the shape, as the payload.

extension Compiler {
    mutating func arrayPath(_ value: JSON, at pointer: String) -> MappingNode {
        guard let items = expectArray(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var root: MappingNode?
        // The reference names errors in the elements without their index
        // (`/@arrayPath should be a string…`, `/@arrayPath/x has an invalid directive…`).
        let firstPointer = JSONPointer.appending(pointer, 0)
        guard let first = items.first else {
            reporting(firstPointer, as: pointer) { $0.fail(firstPointer, "should be a string or a mapping directive but it is an undefined") }
            return AbsentNode()
        }
        let rootResult = reporting(firstPointer, as: pointer) { $0.directiveOrString(first, at: firstPointer) }
        switch rootResult {
        case .string(let s): root = PathNode(Path(directiveSyntax: s))
        case .node(let n): root = n
        case .invalid: break
        }
        var shape: MappingNode?
        if items.count > 1 {
            let shapePointer = JSONPointer.appending(pointer, 1)
            let node = reporting(shapePointer, as: pointer) { $0.mapping(items[1], at: shapePointer) }
            // The reference applies a shape only when it is a non-empty object.
            if case .object(let o) = items[1], !o.isEmpty { shape = node }
        }
        guard errors.count == errorCount, let root else { return AbsentNode() }
        return ArrayPathNode(root: root, shape: shape)
    }
}

final class ArrayPathNode: MappingNode, @unchecked Sendable {
    let root: MappingNode
    let shape: MappingNode?

    init(root: MappingNode, shape: MappingNode?) {
        self.root = root
        self.shape = shape
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let found = try root.evaluate(payload, budget)
        guard let shape else { return found }
        switch found {
        case .array(let elements)?:
            var out: [JSON] = []
            out.reserveCapacity(elements.count)
            for element in elements { out.append(try shape.evaluate(element, budget) ?? .null) }
            return .array(out)
        case .object?:
            return .array([try shape.evaluate(found, budget) ?? .null])
        default:
            return found
        }
    }

    /// The shape reads only what the root found, which the root's reads keep whole.
    override var reads: JSONProjection { root.reads }
}
