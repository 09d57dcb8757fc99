import JSONValues
import Triggers

// @filter: the elements of an array for which a trigger-language condition holds, each
// element tested as if it were the event.

extension Compiler {
    mutating func filter(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var trigger: Trigger?
        if require(o, "where", at: pointer), let raw = o["where"] {
            let p = JSONPointer.appending(pointer, "where")
            if let text = expectString(raw, at: p) {
                do { trigger = try Trigger(text) } catch { fail(p, "is not a valid condition: \(error)") }
            }
        }
        guard errors.count == errorCount, let source, let trigger else { return AbsentNode() }
        return FilterNode(source: source, trigger: trigger)
    }
}

final class FilterNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let trigger: Trigger

    init(source: MappingNode, trigger: Trigger) {
        self.source = source
        self.trigger = trigger
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        guard case .array(let elements)? = try source.evaluate(payload, budget) else { return nil }
        return .array(elements.filter { trigger.matches($0) })
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
