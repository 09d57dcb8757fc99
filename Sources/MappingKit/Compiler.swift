import JavaScriptRules
import JSONValues

/// Turns a mapping configuration into an evaluation plan, collecting every validation
/// error (with its JSON Pointer) the way the reference's `validate()` reports them.
struct Compiler {
    /// Mappings nested deeper than this are rejected rather than risking the stack.
    static let maxDepth = 200
    /// The key whose directive receives all sibling keys as its `mapping` option.
    static let rootDirectiveKey = "__segment_internal_directive"

    private(set) var errors: [MappingError] = []
    /// The descriptions of errors made with ``failWhenMapped(_:_:)``.
    private(set) var evaluationTimeErrors: Set<String> = []
    /// Places whose errors the reference reports under another pointer, innermost last:
    /// an error under `exact` is worded as if it were under `reported`.
    private var rewrites: [(exact: String, reported: String)] = []
    /// Whether the mapping has a `@transform`, whose result may hold a value many times over.
    var sharesValues = false
    private var depth = 0

    /// Compiles a whole mapping configuration.
    static func compile(_ configuration: JSON) -> (node: MappingNode, errors: [MappingError], evaluationTime: Set<String>) {
        var compiler = Compiler()
        let unwrapped = compiler.unwrapRootDirective(configuration, at: "")
        let node = compiler.mapping(unwrapped, at: "")
        // The reference's own checks come first (its wording of the first problem is what a
        // caller sees); the compiler's further checks follow, without repeating one.
        let referenceErrors = ReferenceValidation.errors(in: unwrapped)
        if !referenceErrors.isEmpty {
            var seen = Set(referenceErrors.map(\.description))
            var merged = referenceErrors
            for e in compiler.errors where seen.insert(e.description).inserted { merged.append(e) }
            compiler.errors = merged
        }
        // A mapping with a `@transform` can give a result far larger as a tree than the
        // values it shares in memory; charge it before anyone walks or serializes it.
        if compiler.sharesValues, node.constantValue == nil { return (ResultCheckNode(node), compiler.errors, compiler.evaluationTimeErrors) }
        return (node, compiler.errors, compiler.evaluationTimeErrors)
    }

    // MARK: Errors and type words

    mutating func fail(_ pointer: String, _ message: String) {
        var reported = pointer
        for rewrite in rewrites.reversed() {
            if reported == rewrite.exact {
                reported = rewrite.reported
            } else if reported.hasPrefix(rewrite.exact + "/") {
                reported = rewrite.reported + reported.dropFirst(rewrite.exact.utf8.count)
            }
        }
        errors.append(MappingError(message: message, pointer: pointer, referencePointer: reported))
    }

    /// A problem the reference's validator does not report: it only shows when an event is
    /// mapped (a `@case` without an operator, a `@merge` without a direction, a Liquid
    /// syntax error…). Compiling still fails on it, since it would fail on every event;
    /// ``Mapping/validate(_:)`` leaves it out, as Segment's validator does.
    mutating func failWhenMapped(_ pointer: String, _ message: String) {
        fail(pointer, message)
        if let last = errors.last { evaluationTimeErrors.insert(last.description) }
    }

    /// Compiles with errors under `exact` worded as the reference words them, under
    /// `reported` (its validator drops some steps of the path).
    mutating func reporting<T>(_ exact: String, as reported: String, _ body: (inout Compiler) -> T) -> T {
        rewrites.append((exact, reported))
        defer { rewrites.removeLast() }
        return body(&self)
    }

    /// The reference's type word: `directive` for an object with an `@` key, else the JSON kind.
    static func kind(_ value: JSON) -> String {
        if case .object(let o) = value, o.contains(where: { $0.key.hasPrefix("@") }) { return "directive" }
        return value.kindName
    }

    /// `a` or `an`, as the reference chooses (by the first letter).
    static func article(_ word: String) -> String {
        switch word.first {
        case "a", "e", "i", "o", "u": return "an"
        default: return "a"
        }
    }

    /// "a string", "an object", "a directive".
    static func described(_ value: JSON) -> String {
        let k = kind(value)
        return "\(article(k)) \(k)"
    }

    static func isDirective(_ value: JSON) -> Bool { kind(value) == "directive" }

    // MARK: The root directive key

    /// Applies the reference's `__segment_internal_directive` rewrite: the directive under
    /// that key receives every sibling key as its `mapping` option.
    mutating func unwrapRootDirective(_ value: JSON, at pointer: String) -> JSON {
        guard case .object(let o) = value, let inner = o[Compiler.rootDirectiveKey] else { return value }
        let here = JSONPointer.appending(pointer, Compiler.rootDirectiveKey)
        guard case .object(let wrapper) = inner, !wrapper.isEmpty else {
            fail(here, "The root directive must be an object")
            return .object([:])
        }
        if wrapper.count > 1 {
            fail(here, "The root mapping must only have a single directive object")
            return .object([:])
        }
        let (name, directiveValue) = wrapper[0]
        // The reference attaches the siblings to an array value as a property no directive
        // reads, so an array (`@arrayPath`'s) is kept as it is and the siblings are dropped.
        if case .array = directiveValue { return .object(wrapper) }
        guard case .object(var options) = directiveValue else {
            fail(JSONPointer.appending(here, name), "The root directive must be an object")
            return .object([:])
        }
        options["mapping"] = .object(o.filter { key, _ in key != Compiler.rootDirectiveKey })
        var out = JSONObject()
        out[name] = .object(options)
        return .object(out)
    }

    // MARK: Mappings

    /// Compiles any mapping: a directive, an object or array of mappings, or a raw value.
    mutating func mapping(_ value: JSON, at pointer: String) -> MappingNode {
        switch value {
        case .object(let o):
            if Compiler.isDirective(value) { return directive(o, at: pointer) }
            return object(o, at: pointer)
        case .array(let a):
            return array(a, at: pointer)
        default:
            return ConstantNode(value)
        }
    }

    private mutating func enter(_ pointer: String) -> Bool {
        if depth >= Compiler.maxDepth {
            fail(pointer, "is nested more than \(Compiler.maxDepth) levels deep")
            return false
        }
        depth += 1
        return true
    }

    private mutating func leave() { depth -= 1 }

    mutating func object(_ o: JSONObject, at pointer: String) -> MappingNode {
        guard enter(pointer) else { return AbsentNode() }
        defer { leave() }
        var members: [(key: String, node: MappingNode)] = []
        members.reserveCapacity(o.count)
        var allConstant = true
        for (k, v) in o {
            let node = mapping(v, at: JSONPointer.appending(pointer, k))
            if node.constantValue == nil { allConstant = false }
            members.append((k, node))
        }
        if allConstant {
            var folded = JSONObject(minimumCapacity: members.count)
            for m in members { if let v = m.node.constantValue { folded.appendUnchecked(m.key, v) } }
            return ConstantNode(.object(folded))
        }
        return ObjectNode(members)
    }

    mutating func array(_ a: [JSON], at pointer: String) -> MappingNode {
        guard enter(pointer) else { return AbsentNode() }
        defer { leave() }
        var elements: [MappingNode] = []
        elements.reserveCapacity(a.count)
        var allConstant = true
        for (i, v) in a.enumerated() {
            let node = mapping(v, at: JSONPointer.appending(pointer, i))
            if node.constantValue == nil { allConstant = false }
            elements.append(node)
        }
        if allConstant { return ConstantNode(.array(elements.map { $0.constantValue ?? .null })) }
        return ArrayNode(elements)
    }

    // MARK: Directives

    /// Compiles an object with an `@` key: exactly one directive key, optionally `_metadata`.
    mutating func directive(_ o: JSONObject, at pointer: String) -> MappingNode {
        guard enter(pointer) else { return AbsentNode() }
        defer { leave() }
        let directiveKeys = o.keys.filter { $0.hasPrefix("@") }
        if directiveKeys.count > 1 {
            fail(pointer, "should only have one @-prefixed key but it has \(directiveKeys.count) keys")
            return AbsentNode()
        }
        if o.contains(where: { !$0.key.hasPrefix("@") && $0.key != "_metadata" }) {
            fail(pointer, "should only have one @-prefixed key but it has \(o.count) keys")
            return AbsentNode()
        }
        let name = directiveKeys[0]
        let value = o[name] ?? .null
        let here = JSONPointer.appending(pointer, name)
        switch name {
        case "@path": return path(value, at: here)
        case "@template": return template(value, at: here)
        case "@literal": return literal(value, at: here)
        case "@if": return ifDirective(value, at: here)
        case "@case": return caseDirective(value, at: here)
        case "@replace": return replace(value, at: here)
        case "@arrayPath": return arrayPath(value, at: here)
        case "@merge": return merge(value, at: here)
        case "@transform": return transform(value, at: here)
        case "@flatten": return flatten(value, at: here)
        case "@json": return json(value, at: here)
        case "@excludeWhenNull": return excludeWhenNull(value, at: here)
        case "@liquid": return liquid(value, at: here)
        case "@coalesce": return coalesce(value, at: here)
        case "@lookup": return lookup(value, at: here)
        case "@date": return date(value, at: here)
        case "@filter": return filter(value, at: here)
        case "@omit": return omit(value, at: here)
        case "@stringify": return stringify(value, at: here)
        case "@map": return mapDirective(value, at: here)
        default:
            fail(pointer, "has an invalid directive: \(name)")
            return AbsentNode()
        }
    }

    // MARK: Option validators shared by directives

    /// A string or a directive.
    enum StringOrNode {
        case string(String)
        case node(MappingNode)
        case invalid
    }

    mutating func directiveOrString(_ value: JSON, at pointer: String) -> StringOrNode {
        if case .string(let s) = value { return .string(s) }
        if Compiler.isDirective(value), case .object(let o) = value { return .node(directive(o, at: pointer)) }
        fail(pointer, "should be a string or a mapping directive but it is \(Compiler.described(value))")
        return .invalid
    }

    mutating func directiveOrObject(_ value: JSON, at pointer: String) -> MappingNode? {
        guard case .object(let o) = value else {
            fail(pointer, "should be a object or a mapping directive but it is \(Compiler.described(value))")
            return nil
        }
        return Compiler.isDirective(value) ? directive(o, at: pointer) : object(o, at: pointer)
    }

    /// The options object of a directive; `nil` (with an error) when it is not a plain object.
    /// With `checkingMembers` (the reference's directives), an option holding a malformed
    /// directive is reported and the options are not used further.
    mutating func options(_ value: JSON, at pointer: String, checkingMembers: Bool = true) -> JSONObject? {
        guard Compiler.kind(value) == "object", case .object(let o) = value else {
            fail(pointer, "should be an object but it is \(Compiler.described(value))")
            return nil
        }
        // The reference first validates every option as a mapping of its own and stops there
        // when one fails, so an option holding a malformed directive is reported as such
        // (`/@case/operator has an invalid directive: @bad.`), not as a wrong type.
        guard checkingMembers else { return o }
        var malformed = false
        for (key, member) in o {
            guard case .object(let inner) = member, Compiler.isDirective(member) else { continue }
            if let problem = Compiler.directiveShapeProblem(inner) {
                fail(JSONPointer.appending(pointer, key), problem)
                malformed = true
            }
        }
        return malformed ? nil : o
    }

    /// Every directive name this engine knows.
    static let directiveNames: Set<String> = [
        "@path", "@template", "@literal", "@if", "@case", "@replace", "@arrayPath", "@merge",
        "@transform", "@flatten", "@json", "@excludeWhenNull", "@liquid", "@coalesce",
        "@lookup", "@date", "@filter", "@omit", "@stringify", "@map",
    ]

    /// What is wrong with the keys of an object that has an `@` key, if anything: the
    /// checks `directive(_:at:)` makes before it looks at the directive's value.
    static func directiveShapeProblem(_ o: JSONObject) -> String? {
        let directiveKeys = o.keys.filter { $0.hasPrefix("@") }
        if directiveKeys.count > 1 { return "should only have one @-prefixed key but it has \(directiveKeys.count) keys" }
        if o.contains(where: { !$0.key.hasPrefix("@") && $0.key != "_metadata" }) {
            return "should only have one @-prefixed key but it has \(o.count) keys"
        }
        guard let name = directiveKeys.first else { return nil }
        return directiveNames.contains(name) ? nil : "has an invalid directive: \(name)"
    }

    /// Reports a missing required option; `true` when present.
    mutating func require(_ options: JSONObject, _ field: String, at pointer: String) -> Bool {
        if options[field] != nil { return true }
        fail(pointer, "should have field \"\(field)\" but it doesn't")
        return false
    }

    mutating func expectString(_ value: JSON, at pointer: String) -> String? {
        if case .string(let s) = value { return s }
        fail(pointer, "should be a string but it is \(Compiler.described(value))")
        return nil
    }

    mutating func expectBoolean(_ value: JSON, at pointer: String) -> Bool? {
        if case .bool(let b) = value { return b }
        fail(pointer, "should be a boolean but it is \(Compiler.described(value))")
        return nil
    }

    mutating func expectArray(_ value: JSON, at pointer: String) -> [JSON]? {
        if case .array(let a) = value { return a }
        fail(pointer, "should be an array but it is \(Compiler.article(value.kindName)) \(value.kindName)")
        return nil
    }

    /// One of `allowed` (compared lower-cased, as the reference does).
    mutating func expectOneOf(_ value: JSON, _ allowed: [String], at pointer: String) -> String? {
        guard let s = expectString(value, at: pointer) else { return nil }
        if allowed.contains(s.lowercased()) { return s }
        fail(pointer, "should be one of \(allowed.joined(separator: ", ")) but it is \(JS.stringify(.string(s)))")
        return nil
    }

    /// A string whose JavaScript length is within `range`.
    mutating func expectLength(_ s: String, _ range: ClosedRange<Int>, at pointer: String) -> Bool {
        let n = JSText.length(s)
        if n < range.lowerBound {
            fail(pointer, "should be a string of length \(range.lowerBound) or greater")
            return false
        }
        if n > range.upperBound {
            fail(pointer, "should be a string of length \(range.upperBound) or less")
            return false
        }
        return true
    }
}
