@_spi(Unretained) import JSONValues

/// One node of a compiled mapping's evaluation plan: each directive's node is a subclass.
///
/// Nodes are immutable once built, so a plan can be shared by any number of threads.
/// `payload` is the value paths are resolved against (`nil` stands for JavaScript's
/// `undefined`, which happens under `@transform`); a `nil` result means "absent".
///
/// A class rather than a protocol so that a node's children can be held as
/// `Unretained` references and called without reference counting: every thread calls
/// the same nodes for every event, and a retain and release per call would be atomic
/// writes to lines that the cores pass back and forth.
///
/// Subclasses hold only `let` properties of `Sendable` values and are final; each states
/// `@unchecked Sendable`, which the compiler cannot check through a non-final base class.
class MappingNode: @unchecked Sendable {
    /// The node's value for `payload`; `nil` means absent.
    func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        preconditionFailure("\(type(of: self)) does not override evaluate(_:_:)")
    }
    /// The value when the node does not depend on the payload, for folding at compile time.
    var constantValue: JSON? { nil }
    /// The parts of the payload the node reads: its result is the same on
    /// `reads.apply(to: payload)` as on `payload`. A node that does not say reads it all.
    var reads: JSONProjection { .everything }
}

/// What any of `nodes` reads.
func readsOfAll(_ nodes: [MappingNode?]) -> JSONProjection {
    var reads = JSONProjection.nothing
    for node in nodes { if let node { reads = reads.union(node.reads) } }
    return reads
}

/// A node's child nodes, held twice: in a strong array, which keeps them alive, and as
/// `Unretained` references, through which they are called without reference counting
/// (see `MappingNode`).
struct ChildNodes {
    let nodes: [MappingNode]
    private let calls: [Unretained<MappingNode>]

    init(_ nodes: [MappingNode]) {
        self.nodes = nodes
        self.calls = nodes.map(Unretained.init)
    }

    var indices: Range<Int> { calls.indices }
    var count: Int { calls.count }

    /// Child `i`'s value for `payload`.
    @inline(__always)
    func evaluate(_ i: Int, _ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        try calls[i].with { try $0.evaluate(payload, budget) }
    }

    /// What any of the children reads.
    var reads: JSONProjection { readsOfAll(nodes) }
}

/// A raw value (or a subtree that resolved to one at compile time): returned as-is.
final class ConstantNode: MappingNode, @unchecked Sendable {
    let value: JSON
    init(_ value: JSON) { self.value = value }
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? { value }
    override var constantValue: JSON? { value }
    override var reads: JSONProjection { .nothing }
}

/// A node that always resolves to nothing (absent).
final class AbsentNode: MappingNode, @unchecked Sendable {
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? { nil }
    override var reads: JSONProjection { .nothing }
}

/// An object of mappings: each member resolved; members that resolve to nothing are left out.
///
/// Most members of a real mapping are plain `@path`s. Those are resolved here, without a
/// call to a child node: their walks are kept in one buffer this node owns, and followed
/// by address (see `JSONAddress`) from the payload object.
final class ObjectNode: MappingNode, @unchecked Sendable {
    // Immutable after `init`; `steps` is this node's own buffer, only read once built.
    let keys: [String]
    let nodes: ChildNodes
    /// For each member, the walk of its plain path, or `nil`. (Plain values, so reading
    /// one copies nothing that is counted.)
    private let walks: [Walk?]
    private let steps: UnsafeMutableBufferPointer<JSONAddress.Step>
    /// The plain paths, for the rules of anything but objects and arrays on the way.
    private let paths: [Path]

    /// A member's plain path: `steps[start ..< start + count]` (at least one step), and
    /// `paths[path]`.
    private struct Walk {
        let start: Int
        let count: Int
        let path: Int
    }

    init(_ members: [(key: String, node: MappingNode)]) {
        keys = members.map(\.key)
        nodes = ChildNodes(members.map(\.node))
        var walks: [Walk?] = []
        var paths: [Path] = []
        var all: [JSONAddress.Step] = []
        for member in members {
            if let p = member.node as? PathNode, !p.path.segments.isEmpty {
                walks.append(Walk(start: all.count, count: p.path.segments.count, path: paths.count))
                paths.append(p.path)
                all += p.path.segments
            } else {
                walks.append(nil)
            }
        }
        self.walks = walks
        self.paths = paths
        steps = .allocate(capacity: all.count)
        _ = steps.initialize(from: all)
    }

    deinit {
        steps.deinitialize()
        steps.deallocate()
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        var out = JSONObject(minimumCapacity: nodes.count)
        if case .object(let o)? = payload {
            for i in nodes.indices {
                let value: JSON?
                if let walk = walks[i] {
                    let stop = JSONAddress.follow(UnsafeBufferPointer(rebasing: steps[walk.start ..< walk.start + walk.count]), in: o)
                    switch stop {
                    case .reached(let found): value = found.pointee
                    case .absent: value = nil
                    // Only a blocked walk needs the path's own rules (and reads the path).
                    case .blocked: value = paths[walk.path].value(at: stop)
                    }
                } else {
                    value = try nodes.evaluate(i, payload, budget)
                }
                if let value { out.appendUnchecked(keys[i], value) }
            }
        } else {
            for i in nodes.indices {
                if let value = try nodes.evaluate(i, payload, budget) { out.appendUnchecked(keys[i], value) }
            }
        }
        return .object(out)
    }

    override var reads: JSONProjection { nodes.reads }
}

/// An array of mappings: each element resolved; an element that resolves to nothing
/// becomes `null` (what the reference's `undefined` element serializes to).
final class ArrayNode: MappingNode, @unchecked Sendable {
    let elements: ChildNodes
    init(_ elements: [MappingNode]) { self.elements = ChildNodes(elements) }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        var out: [JSON] = []
        out.reserveCapacity(elements.count)
        for i in elements.indices { out.append(try elements.evaluate(i, payload, budget) ?? .null) }
        return .array(out)
    }

    override var reads: JSONProjection { elements.reads }
}

/// The root of a mapping that has a `@transform`: its result is charged to the budget as
/// a tree, so that a result sharing a value many times over fails here rather than when
/// it is serialized.
final class ResultCheckNode: MappingNode, @unchecked Sendable {
    let node: MappingNode
    init(_ node: MappingNode) { self.node = node }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let result = try node.evaluate(payload, budget)
        if let result { try budget.chargeTree(result, at: "") }
        return result
    }

    override var reads: JSONProjection { node.reads }
}
