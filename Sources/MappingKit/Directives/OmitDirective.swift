import JSONValues

// @omit: an object without the listed keys.

extension Compiler {
    mutating func omit(_ value: JSON, at pointer: String) -> any MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: (any MappingNode)?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var keys: Set<String> = []
        if require(o, "keys", at: pointer), let raw = o["keys"] {
            let p = JSONPointer.appending(pointer, "keys")
            if let items = expectArray(raw, at: p) {
                for (i, item) in items.enumerated() {
                    if let s = expectString(item, at: JSONPointer.appending(p, i)) { keys.insert(s) }
                }
            }
        }
        guard errors.count == errorCount, let source else { return AbsentNode() }
        return OmitNode(source: source, keys: keys)
    }
}

final class OmitNode: MappingNode {
    let source: any MappingNode
    /// The keys to drop. A short list scanned with a length check first is cheaper than
    /// hashing every member's key into a set (omit lists are a handful of keys).
    let keys: [String]
    let lengths: [Int]

    init(source: any MappingNode, keys: Set<String>) {
        self.source = source
        self.keys = keys.sorted()
        self.lengths = self.keys.map(\.utf8.count)
    }

    func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let value = try source.evaluate(payload, budget)
        guard case .object(let o)? = value else { return value }
        return .object(o.filter { key, _ in !isOmitted(key) })
    }

    @inline(__always) private func isOmitted(_ key: String) -> Bool {
        let n = key.utf8.count
        for i in keys.indices where lengths[i] == n && keys[i] == key { return true }
        return false
    }
}
