import JavaScriptRules
import JSONValues

// @replace: replaces literal text (never a regular expression) in a string value.

extension Compiler {
    /// The reference's limit on `pattern` and `replacement` lengths.
    static let maxReplaceLength = 10

    mutating func replace(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer) else { return AbsentNode() }
        let errorCount = errors.count
        let limit = Compiler.maxReplaceLength
        var pattern: String?
        if require(o, "pattern", at: pointer), let raw = o["pattern"] {
            let p = JSONPointer.appending(pointer, "pattern")
            if let s = expectString(raw, at: p), expectLength(s, 1...limit, at: p) { pattern = s }
        }
        var replacement = ""
        if let raw = o["replacement"] {
            let p = JSONPointer.appending(pointer, "replacement")
            if let s = expectString(raw, at: p), expectLength(s, 0...limit, at: p) { replacement = s }
        }
        var source: MappingNode?
        var sourceIsFalsy = false
        if require(o, "value", at: pointer), let raw = o["value"] {
            switch directiveOrString(raw, at: JSONPointer.appending(pointer, "value")) {
            case .string(let s): source = ConstantNode(.string(s)); sourceIsFalsy = s.isEmpty
            case .node(let n): source = n
            case .invalid: break
            }
        }
        var ignoreCase = false
        if let raw = o["ignorecase"], let b = expectBoolean(raw, at: JSONPointer.appending(pointer, "ignorecase")) { ignoreCase = b }
        var global = true
        if let raw = o["global"], let b = expectBoolean(raw, at: JSONPointer.appending(pointer, "global")) { global = b }
        guard errors.count == errorCount, let pattern, let source else { return AbsentNode() }

        // The second pair is used only when pattern2 is a non-empty string and
        // replacement2 a string (missing or null meaning "").
        var second: LiteralReplacer?
        if case .string(let p2)? = o["pattern2"], !p2.isEmpty {
            var r2: String? = nil
            switch o["replacement2"] {
            case nil, .null?: r2 = ""
            case .string(let s)?: r2 = s
            default: r2 = nil
            }
            if let r2 {
                if JSText.length(p2) > limit {
                    failWhenMapped(JSONPointer.appending(pointer, "pattern2"), "@replace requires a \"pattern\" less than \(limit) characters")
                    return AbsentNode()
                }
                if JSText.length(r2) > limit {
                    failWhenMapped(JSONPointer.appending(pointer, "replacement2"), "@replace requires a \"replacement\" less than \(limit) characters")
                    return AbsentNode()
                }
                second = LiteralReplacer(pattern: p2, replacement: r2, global: global, ignoreCase: ignoreCase)
            }
        }
        if sourceIsFalsy { return AbsentNode() }
        let first = LiteralReplacer(pattern: pattern, replacement: replacement, global: global, ignoreCase: ignoreCase)
        return ReplaceNode(source: source, first: first, second: second, pointer: pointer)
    }
}

final class ReplaceNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let first: LiteralReplacer
    let second: LiteralReplacer?
    let pointer: String

    init(source: MappingNode, first: LiteralReplacer, second: LiteralReplacer?, pointer: String) {
        self.source = source
        self.first = first
        self.second = second
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let value = try source.evaluate(payload, budget)
        let text: String
        switch value {
        case .string(let s)?: text = s
        case .number(let n)?: text = n.javaScriptText
        case .bool(let b)?: text = b ? "true" : "false"
        default:
            // Differs from the reference (which gives ""): null, absent, objects and
            // arrays pass through unchanged.
            return value
        }
        // The replacement can multiply the text (`$&$&…`, or `$\`` copying everything
        // before each match), so the result may use at most what is left of the budget.
        guard var out = first.apply(to: text, limit: max(0, budget.remaining)) else {
            throw budget.exhaustedError(at: pointer)
        }
        try budget.charge(out.utf16.count, at: pointer)
        if let second {
            guard let again = second.apply(to: out, limit: max(0, budget.remaining)) else {
                throw budget.exhaustedError(at: pointer)
            }
            out = again
            try budget.charge(out.utf16.count, at: pointer)
        }
        return .string(out)
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}

/// Replaces occurrences of a literal pattern, comparing UTF-16 code units as JavaScript
/// does; with `ignoreCase`, units are compared after JavaScript's non-Unicode regular
/// expression case folding. The replacement understands `$$`, `$&`, `` $` `` and `$'`.
struct LiteralReplacer: Sendable {
    let pattern: [UInt16]
    let foldedPattern: [UInt16]
    let replacement: String
    /// `replacement` as UTF-16 code units, made once rather than at every match.
    let replacementUnits: [UInt16]
    let replacementHasDollar: Bool
    let global: Bool
    let ignoreCase: Bool

    init(pattern: String, replacement: String, global: Bool, ignoreCase: Bool) {
        self.pattern = Array(pattern.utf16)
        self.foldedPattern = ignoreCase ? self.pattern.map(LiteralReplacer.fold) : self.pattern
        self.replacement = replacement
        self.replacementUnits = Array(replacement.utf16)
        self.replacementHasDollar = replacement.utf8.contains(UInt8(ascii: "$"))
        self.global = global
        self.ignoreCase = ignoreCase
    }

    /// JavaScript's `Canonicalize` for a case-insensitive, non-Unicode regular expression:
    /// the upper-case form of a code unit, unless that is several units or maps a
    /// non-ASCII unit to ASCII.
    static func fold(_ unit: UInt16) -> UInt16 {
        if unit < 128 {
            if unit >= 97 && unit <= 122 { return unit - 32 }
            return unit
        }
        guard let scalar = Unicode.Scalar(UInt32(unit)) else { return unit }
        let upper = scalar.properties.uppercaseMapping.utf16
        guard upper.count == 1, let u = upper.first, u >= 128 else { return unit }
        return u
    }

    /// `text` with the pattern replaced; `nil` when the result would be longer than
    /// `limit` UTF-16 units.
    func apply(to text: String, limit: Int = Int.max) -> String? {
        let units = Array(text.utf16)
        let m = pattern.count
        guard m > 0, units.count >= m else { return text }
        var out: [UInt16] = []
        var copied = 0
        var i = 0
        var replacedAny = false
        while i + m <= units.count {
            var matches = true
            if ignoreCase {
                for k in 0..<m where LiteralReplacer.fold(units[i + k]) != foldedPattern[k] { matches = false; break }
            } else {
                for k in 0..<m where units[i + k] != pattern[k] { matches = false; break }
            }
            if matches {
                if !replacedAny { out.reserveCapacity(units.count) }
                replacedAny = true
                out.append(contentsOf: units[copied..<i])
                appendReplacement(units: units, matchStart: i, matchEnd: i + m, into: &out)
                if out.count > limit { return nil }
                i += m
                copied = i
                if !global { break }
            } else {
                i += 1
            }
        }
        guard replacedAny else { return text }
        out.append(contentsOf: units[copied...])
        if out.count > limit { return nil }
        return String(decoding: out, as: UTF16.self)
    }

    private func appendReplacement(units: [UInt16], matchStart: Int, matchEnd: Int, into out: inout [UInt16]) {
        let r = replacementUnits
        guard replacementHasDollar else { out.append(contentsOf: r); return }
        var k = 0
        while k < r.count {
            if r[k] == 36, k + 1 < r.count {  // "$"
                switch r[k + 1] {
                case 36: out.append(36); k += 2; continue                                   // $$
                case 38: out.append(contentsOf: units[matchStart..<matchEnd]); k += 2; continue  // $&
                case 96: out.append(contentsOf: units[..<matchStart]); k += 2; continue     // $`
                case 39: out.append(contentsOf: units[matchEnd...]); k += 2; continue       // $'
                default: break
                }
            }
            out.append(r[k])
            k += 1
        }
    }
}
