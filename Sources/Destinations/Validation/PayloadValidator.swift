import JSONValues

/// Validates and coerces a mapped payload against an action's fields, as Segment's
/// destination kit does before calling an action:
///
/// 1. **Empty values are removed** (`removeEmptyValues`): `null` where the field does not
///    allow null, `""` where the field is not a string type, and `""` for any top-level
///    field. Array elements that are empty in that sense are dropped.
/// 2. **Top-level `multiple` fields are wrapped** in an array when given a single value.
/// 3. **JSON Schema validation with coercion** (Ajv with `coerceTypes: "array"`,
///    `removeAdditional: true`, `allErrors: true`): strings become numbers or booleans
///    where the field says so, numbers and booleans become strings, a one-element array
///    becomes its element for a scalar field and a scalar becomes a one-element array for
///    a `multiple` field; undeclared members are dropped from objects that do not allow
///    them; `datetime` strings must be date-like. Every failure is reported.
public struct PayloadValidator: Sendable {
    let root: SchemaNode

    /// A validator for a payload made of `fields`.
    public init(fields: [FieldSpec]) {
        root = SchemaNode.object(fields: fields, additionalProperties: false)
    }

    /// The payload after removal, wrapping and coercion; throws ``PayloadValidationError``
    /// listing every issue.
    public func validate(_ payload: JSON) throws(PayloadValidationError) -> JSON {
        var value = PayloadValidator.removeEmpty(payload, root, isRoot: true) ?? .object(JSONObject())
        value = arrify(value)
        var issues: [ValidationIssue] = []
        value = PayloadValidator.check(value, root, path: "", issues: &issues)
        if !issues.isEmpty { throw PayloadValidationError(issues: issues) }
        return value
    }

    // MARK: - Removing empty values

    static func removeEmpty(_ value: JSON, _ schema: SchemaNode?, isRoot: Bool) -> JSON? {
        guard let schema, !(schema.types.isEmpty && schema.enumValues == nil) else { return value }
        switch value {
        case .array(let a):
            guard let items = schema.items else { return value }
            var kept: [JSON] = []
            kept.reserveCapacity(a.count)
            // Elements are kept as they were (only the test for emptiness looks inside).
            for element in a where removeEmpty(element, items, isRoot: false) != nil { kept.append(element) }
            return .array(kept)
        case .object(let o):
            guard schema.properties != nil else { return value }
            var out = JSONObject(minimumCapacity: o.count)
            for (k, v) in o {
                guard let r = removeEmpty(v, schema.property(k), isRoot: false) else { continue }
                if isRoot, case .string(let s) = r, s.isEmpty { continue }
                out.appendUnchecked(k, r)
            }
            return .object(out)
        case .null:
            // (Written out: `cond ? value : nil` would make `nil` the JSON null.)
            if schema.types.contains(.null) { return value }
            return Optional.none
        case .string(let s) where s.isEmpty:
            if schema.types.contains(.string) { return value }
            return Optional.none
        default:
            return value
        }
    }

    // MARK: - Wrapping `multiple` fields

    func arrify(_ value: JSON) -> JSON {
        guard case .object(var o) = value else { return value }
        var changed = false
        for i in o.indices {
            let (k, v) = o[i]
            guard let s = root.property(k), s.types.first == .array else { continue }
            switch v {
            case .array, .null: continue
            default:
                o[k] = .array([v])
                changed = true
            }
        }
        return changed ? .object(o) : value
    }

    // MARK: - Schema validation with coercion

    static func check(_ input: JSON, _ schema: SchemaNode, path: String, issues: inout [ValidationIssue]) -> JSON {
        var value = input
        if !schema.types.isEmpty, !Coercion.matches(value, schema.types) {
            switch Coercion.coerce(value, to: schema.types) {
            case .coerced(let c):
                value = c
            case .failed(let seen):
                issues.append(ValidationIssue(
                    pointer: path,
                    message: message(schema, path, "must be \(Wording.typeList(schema.types)) but it was \(Wording.typeOf(seen))")
                ))
                return value
            }
        }
        if let allowed = schema.enumValues, !allowed.contains(value) {
            let list = Wording.list(allowed.map { $0.serialized() }, conjunction: "or")
            issues.append(ValidationIssue(pointer: path, message: message(schema, path, "must be one of: \(list)")))
        }
        switch value {
        case .string(let s):
            if schema.dateLike, !DateLike.isValid(s) {
                issues.append(ValidationIssue(pointer: path, message: message(schema, path, "must be a valid date-like string but it was not")))
            }
        case .object(var o):
            for name in schema.required where o[name] == nil {
                issues.append(ValidationIssue(
                    pointer: JSONPointer.appending(path, name),
                    message: message(schema, path, "is missing the required field '\(name)'")
                ))
            }
            guard let props = schema.properties else { return value }
            if !schema.additionalProperties {
                var hasExtra = false
                for (k, _) in o where schema.propertyIndex[k] == nil { hasExtra = true; break }
                if hasExtra { o = o.filter { k, _ in schema.propertyIndex[k] != nil } }
            }
            for (k, node) in props {
                guard let member = o[k] else { continue }
                let checked = check(member, node, path: JSONPointer.appending(path, k), issues: &issues)
                if checked != member { o[k] = checked }
            }
            value = .object(o)
        case .array(var a):
            guard let items = schema.items else { return value }
            for i in a.indices {
                a[i] = check(a[i], items, path: JSONPointer.appending(path, i), issues: &issues)
            }
            value = .array(a)
        default:
            break
        }
        return value
    }

    /// `Title must …` or `The value at /a/b must …`, capitalised, with a closing period.
    static func message(_ schema: SchemaNode, _ path: String, _ rest: String) -> String {
        let preamble: String
        if let title = schema.title {
            preamble = title
        } else if path.isEmpty {
            preamble = "the root value"
        } else {
            preamble = "the value at \(path)"
        }
        return Wording.capitalized("\(preamble) \(rest)") + "."
    }
}
