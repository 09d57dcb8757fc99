import JSONValues

// @case: lower- or upper-cases a string value; any other value passes through.

extension Compiler {
    mutating func caseDirective(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        var op: String?
        if let raw = o["operator"] { op = expectString(raw, at: JSONPointer.appending(pointer, "operator")) }
        var source: MappingNode?
        var sourceIsFalsy = !JS.isTruthy(o["value"])
        if let raw = o["value"] {
            switch directiveOrString(raw, at: JSONPointer.appending(pointer, "value")) {
            case .string(let s): source = ConstantNode(.string(s))
            case .node(let n): source = n
            case .invalid: sourceIsFalsy = true
            }
        }
        guard errors.count == errorCount else { return AbsentNode() }
        guard let op, !op.isEmpty else {
            failWhenMapped(pointer, "@case requires a \"operator\" key")
            return AbsentNode()
        }
        let upper: Bool
        switch op {
        case "lower": upper = false
        case "upper": upper = true
        default:
            failWhenMapped(JSONPointer.appending(pointer, "operator"), "operator key should have a value of \"lower\" or \"upper\"")
            return AbsentNode()
        }
        guard let source, !sourceIsFalsy else { return AbsentNode() }
        return CaseNode(source: source, upper: upper)
    }
}

final class CaseNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let upper: Bool
    init(source: MappingNode, upper: Bool) {
        self.source = source
        self.upper = upper
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let value = try source.evaluate(payload, budget)
        if case .string(let s)? = value { return .string(upper ? s.uppercased() : CaseNode.lowercased(s)) }
        return value
    }

    /// JavaScript's `toLowerCase()`: Swift's `lowercased()` plus the final-sigma rule
    /// (a capital sigma that ends a word becomes `ς`, as in `ΌΣΟΣ` → `όσος`).
    static func lowercased(_ s: String) -> String {
        let sigma: Unicode.Scalar = "\u{03A3}"
        guard s.unicodeScalars.contains(sigma) else { return s.lowercased() }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, u) in scalars.enumerated() {
            guard u == sigma else {
                out.append(contentsOf: String(u).lowercased().unicodeScalars)
                continue
            }
            out.append(isFinalSigma(scalars, at: i) ? "\u{03C2}" : "\u{03C3}")
        }
        return String(out)
    }

    /// Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable
    /// characters) and none after.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        var casedBefore = false
        while j >= 0 {
            let p = scalars[j].properties
            if p.isCaseIgnorable { j -= 1; continue }
            casedBefore = p.isCased
            break
        }
        guard casedBefore else { return false }
        var k = i + 1
        while k < scalars.count {
            let p = scalars[k].properties
            if p.isCaseIgnorable { k += 1; continue }
            return !p.isCased
        }
        return true
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
