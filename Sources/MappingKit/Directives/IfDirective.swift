import JSONValues

// @if: `exists` (not absent, not null) or `blank` (also not loosely equal to ""), then
// `then` or `else`; a branch that is not given (or an `else` that is falsy) gives absent.

extension Compiler {
    mutating func ifDirective(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        let exists = o["exists"].map { mapping($0, at: JSONPointer.appending(pointer, "exists")) }
        let blank = o["blank"].map { mapping($0, at: JSONPointer.appending(pointer, "blank")) }
        let then = o["then"].map { mapping($0, at: JSONPointer.appending(pointer, "then")) }
        var otherwise = o["else"].map { mapping($0, at: JSONPointer.appending(pointer, "else")) }
        guard errors.count == errorCount else { return AbsentNode() }
        if !JS.isTruthy(o["exists"]) && !JS.isTruthy(o["blank"]) {
            failWhenMapped(pointer, "@if requires an \"exists\" key or a \"blank\" key")
            return AbsentNode()
        }
        // The reference only takes the else branch when its configuration is truthy.
        if !JS.isTruthy(o["else"]) { otherwise = nil }
        if let exists {
            return IfNode(condition: exists, blankTest: false, then: then, otherwise: otherwise)
        }
        return IfNode(condition: blank ?? AbsentNode(), blankTest: true, then: then, otherwise: otherwise)
    }
}

final class IfNode: MappingNode, @unchecked Sendable {
    let condition: MappingNode
    let blankTest: Bool
    let then: MappingNode?
    let otherwise: MappingNode?
    /// Whether `then` is the same path as `condition` (the common "this field if it is
    /// there, else that one"): the value the test read is the answer, not read again.
    let thenIsCondition: Bool

    init(condition: MappingNode, blankTest: Bool, then: MappingNode?, otherwise: MappingNode?) {
        self.condition = condition
        self.blankTest = blankTest
        self.then = then
        self.otherwise = otherwise
        if let c = condition as? PathNode, let t = then as? PathNode { thenIsCondition = c.path == t.path } else { thenIsCondition = false }
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        if let value = try condition.evaluate(payload, budget), !value.isNull,
           !blankTest || !JS.looselyEqualsEmptyString(value) {
            return thenIsCondition ? value : try then?.evaluate(payload, budget)
        }
        return try otherwise?.evaluate(payload, budget)
    }

    override var reads: JSONProjection { readsOfAll([condition, then, otherwise]) }
}
