import JSONValues

// @lookup: the table's entry for the string form of a value, or `default`, or absent.

extension Compiler {
    mutating func lookup(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var table: JSONObject?
        if require(o, "table", at: pointer), let raw = o["table"] {
            let p = JSONPointer.appending(pointer, "table")
            if case .object(let t) = raw { table = t } else {
                fail(p, "should be an object but it is \(Compiler.article(raw.kindName)) \(raw.kindName)")
            }
        }
        let fallback = o["default"].map { mapping($0, at: JSONPointer.appending(pointer, "default")) }
        var ignoreCase = false
        if let raw = o["ignorecase"], let b = expectBoolean(raw, at: JSONPointer.appending(pointer, "ignorecase")) { ignoreCase = b }
        guard errors.count == errorCount, let source, let table else { return AbsentNode() }
        // Table keys are matched by their bytes, as a JavaScript property lookup is.
        var entries: [ExactKey: JSON] = [:]
        entries.reserveCapacity(table.count)
        for (k, v) in table {
            let key = ExactKey(ignoreCase ? k.lowercased() : k)
            if entries[key] == nil { entries[key] = v }
        }
        return LookupNode(source: source, entries: entries, fallback: fallback, ignoreCase: ignoreCase)
    }
}

final class LookupNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let entries: [ExactKey: JSON]
    let fallback: MappingNode?
    let ignoreCase: Bool

    init(source: MappingNode, entries: [ExactKey: JSON], fallback: MappingNode?, ignoreCase: Bool) {
        self.source = source
        self.entries = entries
        self.fallback = fallback
        self.ignoreCase = ignoreCase
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        var key: String?
        switch try source.evaluate(payload, budget) {
        case .string(let s)?: key = s
        case .number(let n)?: key = n.javaScriptText
        case .bool(let b)?: key = b ? "true" : "false"
        default: key = nil
        }
        if let key, let found = entries[ExactKey(ignoreCase ? key.lowercased() : key)] { return found }
        return try fallback?.evaluate(payload, budget)
    }

    override var reads: JSONProjection { readsOfAll([source, fallback]) }
}
