import JavaScriptRules
import JSONValues
import Liquid

// @liquid: a Liquid template rendered against the payload (parsed once, at compile time).

extension Compiler {
    /// The reference's limit on a `@liquid` template, in characters.
    static let maxLiquidLength = 1000

    mutating func liquid(_ value: JSON, at pointer: String) -> MappingNode {
        guard let source = expectString(value, at: pointer) else { return AbsentNode() }
        if source.isEmpty { return ConstantNode(.string("")) }
        if JSText.length(source) > Compiler.maxLiquidLength {
            failWhenMapped(pointer, "liquid template values are limited to \(Compiler.maxLiquidLength) characters")
            return AbsentNode()
        }
        do {
            return LiquidNode(template: try LiquidTemplate(source), pointer: pointer)
        } catch {
            failWhenMapped(pointer, String(describing: error))
            return AbsentNode()
        }
    }
}

final class LiquidNode: MappingNode, @unchecked Sendable {
    let template: LiquidTemplate
    let pointer: String

    init(template: LiquidTemplate, pointer: String) {
        self.template = template
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        do {
            let text = try template.render(payload ?? .object([:]))
            try budget.charge(text.utf8.count, at: pointer)
            return .string(text)
        } catch let error as MappingError {
            throw error
        } catch {
            throw MappingError(message: String(describing: error), pointer: pointer)
        }
    }
}
