import JSONValues
import Triggers

/// Compiles tsub's intermediate representation, checking it as it goes: every problem is
/// reported with the JSON Pointer of its place in the IR.
struct IRCompiler {
    /// The deepest nesting accepted (as for triggers).
    static let maximumDepth = Trigger.maximumDepth

    func term(_ ir: JSON, at pointer: String, depth: Int = 0) throws(FilterProblem) -> IRTerm {
        guard depth < IRCompiler.maximumDepth else {
            throw FilterProblem(pointer, "the condition nests deeper than \(IRCompiler.maximumDepth) levels")
        }
        switch ir {
        case .string(let path):
            return .path(DotPath(path))
        case .object(let o):
            guard let v = o["value"] else {
                throw FilterProblem(pointer, "an object in the condition is a literal, {\"value\": …}; this one has no \"value\"")
            }
            guard case .array(let items) = v else { return .constant(.json(v)) }
            return try list(items, at: JSONPointer.appending(pointer, "value"), depth: depth + 1)
        case .array(let items):
            return try operation(items, at: pointer, depth: depth)
        default:
            throw FilterProblem(pointer, "a bare \(ir.kindName) is not a condition term; write a literal as {\"value\": \(ir.serialized())}")
        }
    }

    /// A list literal: each element is a term (a bare string is a path, as tsub reads it).
    func list(_ items: [JSON], at pointer: String, depth: Int) throws(FilterProblem) -> IRTerm {
        var terms: [IRTerm] = []
        var constants: [JSON] = []
        var allConstant = true
        for (i, item) in items.enumerated() {
            let t: IRTerm
            switch item {
            case .number, .bool, .null: t = .constant(.json(item))
            default: t = try term(item, at: JSONPointer.appending(pointer, i), depth: depth + 1)
            }
            terms.append(t)
            if case .constant(.json(let c)) = t { constants.append(c) } else { allConstant = false }
        }
        return allConstant ? .constant(.json(.array(constants))) : .list(terms)
    }

    static let unary: Set<String> = ["!", "lowercase", "typeof", "length"]
    static let binary: Set<String> = ["=", "!=", "<", "<=", ">", ">=", "in", "contains", "match"]

    func operation(_ items: [JSON], at pointer: String, depth: Int) throws(FilterProblem) -> IRTerm {
        guard let first = items.first else {
            throw FilterProblem(pointer, "an empty array is not an operation; it starts with its operator, as in [\"=\", \"type\", {\"value\": \"track\"}]")
        }
        guard let op = first.stringValue else {
            throw FilterProblem(JSONPointer.appending(pointer, 0), "an operation starts with its operator as a string, not \(first.kindName)")
        }
        let operands = items.dropFirst()
        var terms: [IRTerm] = []
        for (i, operand) in operands.enumerated() {
            terms.append(try term(operand, at: JSONPointer.appending(pointer, i + 1), depth: depth + 1))
        }
        func arity(_ n: Int) throws(FilterProblem) {
            guard terms.count == n else {
                throw FilterProblem(pointer, "'\(op)' takes \(n) operand\(n == 1 ? "" : "s"), found \(terms.count)")
            }
        }
        switch op {
        case "and": return .and(terms)
        case "or": return .or(terms)
        case "!": try arity(1); return .not(terms[0])
        case "lowercase": try arity(1); return .lowercase(terms[0])
        case "typeof": try arity(1); return .typeOf(terms[0])
        case "length": try arity(1); return .length(terms[0])
        case "=": try arity(2); return .equal(terms[0], terms[1])
        case "!=": try arity(2); return .notEqual(terms[0], terms[1])
        case "<", "<=", ">", ">=":
            try arity(2)
            return .compare(IRTerm.Comparison(rawValue: op)!, terms[0], terms[1])
        case "in": try arity(2); return .inList(terms[0], terms[1])
        case "contains": try arity(2); return .contains(terms[0], terms[1])
        case "match":
            try arity(2)
            if case .constant(.json(.string(let pattern))) = terms[1] {
                return .matchGlob(terms[0], try? Glob(pattern, sets: .segment))
            }
            return .match(terms[0], terms[1])
        default:
            throw FilterProblem(JSONPointer.appending(pointer, 0), "unknown operator '\(op)' (known: and, or, !, =, !=, <, <=, >, >=, in, contains, match, lowercase, length, typeof)")
        }
    }
}
