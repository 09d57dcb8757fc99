import JSONValues

// @merge: combines objects in order; `direction: "right"` lets later objects win,
// `"left"` earlier ones.

extension Compiler {
    mutating func merge(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var direction: String?
        if let raw = o["direction"] { direction = expectOneOf(raw, ["left", "right"], at: JSONPointer.appending(pointer, "direction")) }
        var objects: [MappingNode] = []
        if require(o, "objects", at: pointer), let raw = o["objects"] {
            let p = JSONPointer.appending(pointer, "objects")
            if let items = expectArray(raw, at: p) {
                for (i, item) in items.enumerated() {
                    // The reference validates each object as if it were the whole mapping,
                    // so its errors name places from the root (`/ has an invalid directive…`).
                    let itemPointer = JSONPointer.appending(p, i)
                    let node = reporting(itemPointer, as: "") { $0.directiveOrObject(item, at: itemPointer) }
                    if let node { objects.append(node) }
                }
            }
        }
        guard errors.count == errorCount else { return AbsentNode() }
        guard let direction, !direction.isEmpty else {
            failWhenMapped(pointer, "@merge requires a \"direction\" key")
            return AbsentNode()
        }
        // As in the reference, only exactly "left" reverses the order.
        if direction == "left" { objects.reverse() }
        return MergeNode(objects, pointer: pointer)
    }
}

final class MergeNode: MappingNode, @unchecked Sendable {
    let objects: ChildNodes
    let pointer: String
    init(_ objects: [MappingNode], pointer: String) {
        self.objects = ChildNodes(objects)
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        var out = JSONObject()
        for i in objects.indices {
            let value = try objects.evaluate(i, payload, budget)
            // A string or array contributes one member per character or element.
            switch value {
            case .string(let s)?: try budget.charge(s.utf16.count, at: pointer)
            case .array(let a)?: try budget.charge(a.count, at: pointer)
            default: break
            }
            JS.assign(value, into: &out)
        }
        return .object(out)
    }

    override var reads: JSONProjection { objects.reads }
}
