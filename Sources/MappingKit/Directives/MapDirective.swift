import JSONValues

// @map: shapes each element of an array with a mapping that still sees the whole input,
// the element being added to it under the name `as` (default "item") and, when `index`
// names one, its 0-based position under that name.

extension Compiler {
    mutating func mapDirective(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        for (key, _) in o where !["value", "each", "as", "index"].contains(key) {
            fail(JSONPointer.appending(pointer, key), "is not an option of @map (expected value, each, as, index)")
        }
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var each: MappingNode?
        if require(o, "each", at: pointer), let raw = o["each"] {
            each = mapping(raw, at: JSONPointer.appending(pointer, "each"))
        }
        var name = "item"
        if let raw = o["as"] {
            let p = JSONPointer.appending(pointer, "as")
            if let s = expectString(raw, at: p), expectLength(s, 1...Int.max, at: p) { name = s }
        }
        var indexName: String?
        if let raw = o["index"] {
            let p = JSONPointer.appending(pointer, "index")
            if let s = expectString(raw, at: p), expectLength(s, 1...Int.max, at: p) {
                if s == name { fail(p, "must differ from the element's name '\(name)'") } else { indexName = s }
            }
        }
        guard errors.count == errorCount, let source, let each else { return AbsentNode() }
        return MapNode(source: source, each: each, name: name, indexName: indexName)
    }
}

final class MapNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let each: MappingNode
    let name: String
    let indexName: String?

    init(source: MappingNode, each: MappingNode, name: String, indexName: String?) {
        self.source = source
        self.each = each
        self.name = name
        self.indexName = indexName
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        guard case .array(let elements)? = try source.evaluate(payload, budget) else { return nil }
        var scope: JSONObject
        if case .object(let o)? = payload { scope = o } else { scope = JSONObject() }
        var out: [JSON] = []
        out.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            scope[name] = element
            if let indexName { scope[indexName] = .int(i) }
            if let value = try each.evaluate(.object(scope), budget) { out.append(value) }
        }
        return .array(out)
    }
}
