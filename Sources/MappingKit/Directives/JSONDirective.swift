import JSONValues

// @json: `mode: "encode"` writes a value as JSON text; `"decode"` parses text (invalid
// text is returned unchanged).

extension Compiler {
    mutating func json(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var mode: String?
        if require(o, "mode", at: pointer), let raw = o["mode"] {
            mode = expectOneOf(raw, ["encode", "decode"], at: JSONPointer.appending(pointer, "mode"))
        }
        guard errors.count == errorCount, let source, let mode else { return AbsentNode() }
        if !JS.isTruthy(o["value"]) {
            failWhenMapped(pointer, "@json requires a \"value\" key")
            return AbsentNode()
        }
        switch mode {
        case "encode": return JSONEncodeNode(source, pointer: pointer)
        case "decode": return JSONDecodeNode(source)
        default: return AbsentNode()  // e.g. "ENCODE": valid, but the reference does nothing
        }
    }
}

final class JSONEncodeNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let pointer: String
    init(_ source: MappingNode, pointer: String) {
        self.source = source
        self.pointer = pointer
    }
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        guard let value = try source.evaluate(payload, budget) else { return nil }
        // The text is about as long as the value's tree (nested encodes double it).
        try budget.chargeTree(value, at: pointer)
        return .string(JS.stringify(value))
    }

    override var reads: JSONProjection { source.reads }
}

final class JSONDecodeNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    init(_ source: MappingNode) { self.source = source }
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let value = try source.evaluate(payload, budget)
        guard case .string(let text)? = value else { return value }
        return (try? JSONParser.parse(text)) ?? value
    }

    override var reads: JSONProjection { source.reads }
}
