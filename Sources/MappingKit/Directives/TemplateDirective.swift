import JavaScriptRules
import JSONValues

// @template: text with `{{path}}` / `{{{path}}}` placeholders; missing values render as "".

extension Compiler {
    mutating func template(_ value: JSON, at pointer: String) -> MappingNode {
        switch directiveOrString(value, at: pointer) {
        case .string(let s):
            let t = Template(s)
            if let constant = t.constantText { return ConstantNode(.string(constant)) }
            return TemplateNode(t, pointer: pointer)
        case .node(let node):
            if case .string(let s)? = node.constantValue { return TemplateNode(Template(s), pointer: pointer) }
            return DynamicTemplateNode(source: node, pointer: pointer)
        case .invalid:
            return AbsentNode()
        }
    }
}

/// A pre-parsed `@template` text.
///
/// As in the reference, `{{{x}}}` placeholders are found first, then `{{x}}` ones in the
/// remaining text; the name inside is trimmed and looked up with `get()` rules. Values
/// are inserted without escaping: `null`/missing as `""`, numbers and booleans as
/// JavaScript prints them, arrays joined with commas, objects as compact JSON.
struct Template: Sendable {
    enum Part: Sendable {
        case text(String)
        case placeholder(Path)
    }

    let parts: [Part]

    init(_ source: String) {
        var parts: [Part] = []
        for piece in Template.scan(Array(source.utf8)[...], braces: 3) {
            switch piece {
            case .placeholder:
                parts.append(piece)
            case .text(let text):
                parts.append(contentsOf: Template.scan(Array(text.utf8)[...], braces: 2))
            }
        }
        self.parts = parts
    }

    /// The text when there are no placeholders.
    var constantText: String? {
        var out = ""
        for part in parts {
            guard case .text(let t) = part else { return nil }
            out += t
        }
        return out
    }

    /// Splits `bytes` at placeholders written with `braces` braces on each side and at
    /// least one non-`}` character inside (the reference's `\{\{([^}]+)\}\}`).
    private static func scan(_ bytes: ArraySlice<UInt8>, braces: Int) -> [Part] {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var parts: [Part] = []
        var textStart = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        // The first `}` at or after the last place searched from; it only moves forward,
        // so text with many `{{` and no `}` is scanned once, not once per `{{`.
        var nextClose = bytes.startIndex - 1
        while i + braces <= end {
            var opens = true
            for k in 0..<braces where bytes[i + k] != open { opens = false; break }
            if opens {
                if nextClose < i + braces {
                    nextClose = i + braces
                    while nextClose < end, bytes[nextClose] != close { nextClose += 1 }
                }
                let j = nextClose
                if j > i + braces, j + braces <= end {
                    var closes = true
                    for k in 0..<braces where bytes[j + k] != close { closes = false; break }
                    if closes {
                        if textStart < i { parts.append(.text(String(decoding: bytes[textStart..<i], as: UTF8.self))) }
                        let name = JSWhitespace.trim(String(decoding: bytes[(i + braces)..<j], as: UTF8.self))
                        parts.append(.placeholder(Path(getSyntax: name)))
                        i = j + braces
                        textStart = i
                        continue
                    }
                }
            }
            i += 1
        }
        if textStart < end { parts.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
        return parts
    }

    /// The text with each placeholder replaced by its value in `data`. What is inserted
    /// is charged to `budget` first (a template may repeat a large value many times).
    func render(_ data: JSON?, budget: EvaluationBudget, at pointer: String) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let t):
                try budget.charge(t.utf8.count, at: pointer)
                out += t
            case .placeholder(let path):
                switch path.lookup(in: data) {
                case nil, .null?: break
                case .string(let s)?:
                    try budget.charge(s.utf8.count, at: pointer)
                    out += s
                case let value?:
                    try budget.chargeTree(value, at: pointer)
                    out += JS.text(value)
                }
            }
        }
        return out
    }
}

final class TemplateNode: MappingNode, @unchecked Sendable {
    let template: Template
    let pointer: String
    init(_ template: Template, pointer: String) {
        self.template = template
        self.pointer = pointer
    }
    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        .string(try template.render(payload, budget: budget, at: pointer))
    }

    override var reads: JSONProjection { template.reads }
}

/// A template text computed by another directive for each event.
final class DynamicTemplateNode: MappingNode, @unchecked Sendable {
    let source: MappingNode
    let pointer: String
    init(source: MappingNode, pointer: String) {
        self.source = source
        self.pointer = pointer
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let resolved = try source.evaluate(payload, budget)
        guard case .string(let s)? = resolved else {
            throw MappingError(message: "@template: expected string, got \(JS.typeName(resolved))", pointer: pointer)
        }
        return .string(try Template(s).render(payload, budget: budget, at: pointer))
    }
}

extension Template {
    /// The placeholders' paths, each read whole.
    var reads: JSONProjection {
        JSONProjection(paths: parts.compactMap { part -> [String]? in
            guard case .placeholder(let path) = part else { return nil }
            return path.segments.map(\.key)
        })
    }
}
