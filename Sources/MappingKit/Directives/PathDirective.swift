import JSONValues

// @path: the value at a path in the payload (`$.a.b[0].c`, with or without `$.`).

extension Compiler {
    mutating func path(_ value: JSON, at pointer: String) -> MappingNode {
        switch directiveOrString(value, at: pointer) {
        case .string(let s):
            return PathNode(Path(directiveSyntax: s))
        case .node(let node):
            if case .string(let s)? = node.constantValue { return PathNode(Path(directiveSyntax: s)) }
            return DynamicPathNode(source: node, pointer: pointer)
        case .invalid:
            return AbsentNode()
        }
    }
}

/// A path known at compile time, pre-split into segments.
final class PathNode: MappingNode, @unchecked Sendable {
    let path: Path
    init(_ path: Path) { self.path = path }
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? { path.lookup(in: payload) }
    /// The value at the path, whole (an empty path is the whole payload).
    override var reads: JSONProjection { JSONProjection(paths: [path.segments.map(\.key)]) }
}

/// A path computed by another directive for each event.
final class DynamicPathNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let pointer: String
    init(source: MappingNode, pointer: String) {
        self.source = source
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let resolved = try source.evaluate(payload, budget)
        guard case .string(let s)? = resolved else {
            throw MappingError(message: "@path: expected string, got \(JS.typeName(resolved))", pointer: pointer)
        }
        return Path(directiveSyntax: s).lookup(in: payload)
    }
}
