import JSONValues

// @omit: an object without the listed keys.

extension Compiler {
    mutating func omit(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var keys: Set<ExactKey> = []
        if require(o, "keys", at: pointer), let raw = o["keys"] {
            let p = JSONPointer.appending(pointer, "keys")
            if let items = expectArray(raw, at: p) {
                for (i, item) in items.enumerated() {
                    if let s = expectString(item, at: JSONPointer.appending(p, i)) { keys.insert(ExactKey(s)) }
                }
            }
        }
        guard errors.count == errorCount, let source else { return AbsentNode() }
        return OmitNode(source: source, keys: keys)
    }
}

final class OmitNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    /// The keys to drop, compared by their bytes. A short list scanned is cheaper than
    /// hashing every member's key into a set (omit lists are a handful of keys).
    let keys: [String]

    init(source: MappingNode, keys: Set<ExactKey>) {
        self.source = source
        self.keys = keys.map(\.string).sorted()
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let value = try source.evaluate(payload, budget)
        guard case .object(let o)? = value else { return value }
        return .object(o.filter { key, _ in !isOmitted(key) })
    }

    @inline(__always) private func isOmitted(_ key: String) -> Bool {
        keys.contains { ExactText.equal($0, key) }
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
