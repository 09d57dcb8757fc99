import JSONValues

// @flatten: nested objects (and arrays, unless omitArrays) become one level with joined keys.

extension Compiler {
    mutating func flatten(_ value: JSON, at pointer: String) -> any MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var separator: String?
        if let raw = o["separator"] { separator = expectString(raw, at: JSONPointer.appending(pointer, "separator")) }
        var source: (any MappingNode)?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        guard errors.count == errorCount, let source else { return AbsentNode() }
        guard let separator, !separator.isEmpty else {
            fail(pointer, "@flatten requires a \"separator\" key")
            return AbsentNode()
        }
        return FlattenNode(source: source, separator: separator, omitArrays: JS.isTruthy(o["omitArrays"]))
    }
}

final class FlattenNode: MappingNode {
    let source: any MappingNode
    let separator: String
    let omitArrays: Bool

    init(source: any MappingNode, separator: String, omitArrays: Bool) {
        self.source = source
        self.separator = separator
        self.omitArrays = omitArrays
    }

    func evaluate(_ payload: JSON?) throws -> JSON? {
        var out = JSONObject()
        // A missing value flattens to {"": undefined}, i.e. an empty object.
        guard let value = try source.evaluate(payload) else { return .object(out) }
        add(value, prefix: "", into: &out)
        return .object(out)
    }

    private func add(_ value: JSON, prefix: String, into out: inout JSONObject) {
        switch value {
        case .object(let o):
            for (k, v) in o { add(v, prefix: prefix.isEmpty ? k : prefix + separator + k, into: &out) }
        case .array(let a) where !omitArrays:
            for (i, v) in a.enumerated() {
                let k = String(i)
                add(v, prefix: prefix.isEmpty ? k : prefix + separator + k, into: &out)
            }
        default:
            out[prefix] = value
        }
    }
}
