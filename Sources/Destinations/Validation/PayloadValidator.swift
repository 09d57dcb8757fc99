@_spi(Unretained) import JSONValues

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
    /// The top-level fields that are lists (wrapped when given a single value).
    let multipleFields: [String]

    /// A validator for a payload made of `fields`.
    public init(fields: [FieldSpec]) {
        root = SchemaNode.object(fields: fields, additionalProperties: false)
        multipleFields = fields.filter(\.multiple).map(\.key)
    }

    /// The payload after removal, wrapping and coercion; throws ``PayloadValidationError``
    /// listing every issue.
    ///
    /// - Parameters:
    ///   - payload: the mapped payload.
    ///   - removingEmptyValues: `false` skips step 1, as Segment does for settings
    ///     (`validateSettings` runs Ajv on the settings as given, so `""` is a valid string).
    public func validate(_ payload: JSON, removingEmptyValues: Bool = true) throws(PayloadValidationError) -> JSON {
        var value: JSON = payload
        if removingEmptyValues {
            switch PayloadValidator.removeEmpty(payload, root, isRoot: true) {
            case .keep: value = payload
            case .remove: value = .object(JSONObject())
            case .replace(let v): value = v
            }
        }
        value = arrify(value)
        var issues = IssueList()
        var path = PathStack()
        if let checked = PayloadValidator.check(value, root, path: &path, issues: &issues) { value = checked }
        if !issues.isEmpty { throw PayloadValidationError(issues: issues.kept, omitted: issues.omitted) }
        return value
    }

    // MARK: - Removing empty values

    enum Removal {
        case keep
        case remove
        case replace(JSON)
    }

    static func removeEmpty(_ value: JSON, _ schema: SchemaNode, isRoot: Bool) -> Removal {
        guard !(schema.types.isEmpty && schema.enumValues == nil) else { return .keep }
        switch value {
        case .array(let a):
            guard let items = schema.itemsNode else { return .keep }
            return items.with { items in
                // Elements are kept as they were (only the test for emptiness looks inside).
                var firstEmpty: Int?
                for (i, element) in a.enumerated() {
                    if case .remove = removeEmpty(element, items, isRoot: false) { firstEmpty = i; break }
                }
                guard let firstEmpty else { return .keep }
                var kept = Array(a[..<firstEmpty])
                for element in a[(firstEmpty + 1)...] {
                    if case .remove = removeEmpty(element, items, isRoot: false) { continue }
                    kept.append(element)
                }
                return .replace(.array(kept))
            }
        case .object(let o):
            guard schema.properties != nil else { return .keep }
            var out: JSONObject?
            for i in o.indices {
                let (k, v) = o[i]
                var r: Removal
                switch v {
                case .number, .bool:
                    r = .keep
                case .string(let s) where !s.isEmpty:
                    r = .keep
                default:
                    // Only null, "", arrays and objects depend on the member's schema
                    // (the lookup is skipped for the rest, most of a payload's members).
                    r = schema.withProperty(k, otherwise: .keep) { removeEmpty(v, $0, isRoot: false) }
                }
                if isRoot, case .keep = r, case .string(let s) = v, s.isEmpty { r = .remove }
                if isRoot, case .replace(.string(let s)) = r, s.isEmpty { r = .remove }
                switch r {
                case .keep:
                    out?.appendUnchecked(k, v)
                case .remove:
                    if out == nil {
                        var copy = JSONObject(minimumCapacity: o.count)
                        for j in 0..<i { copy.appendUnchecked(o[j].key, o[j].value) }
                        out = copy
                    }
                case .replace(let nv):
                    if out == nil {
                        var copy = JSONObject(minimumCapacity: o.count)
                        for j in 0..<i { copy.appendUnchecked(o[j].key, o[j].value) }
                        out = copy
                    }
                    out?.appendUnchecked(k, nv)
                }
            }
            if let out { return .replace(.object(out)) }
            return .keep
        case .null:
            return schema.types.contains(.null) ? .keep : .remove
        case .string(let s) where s.isEmpty:
            return schema.types.contains(.string) ? .keep : .remove
        default:
            return .keep
        }
    }

    // MARK: - Wrapping `multiple` fields

    func arrify(_ value: JSON) -> JSON {
        guard !multipleFields.isEmpty, case .object(var o) = value else { return value }
        var changed = false
        for k in multipleFields {
            guard let v = o[k] else { continue }
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

    /// Checks `input` against `schema`; returns the coerced or trimmed value, or `nil`
    /// when the value is unchanged. Paths are only turned into text for issues.
    static func check(_ input: JSON, _ schema: SchemaNode, path: inout PathStack, issues: inout IssueList) -> JSON? {
        if !schema.types.isEmpty, !Coercion.matches(input, schema.types) {
            switch Coercion.coerce(input, to: schema.types) {
            case .coerced(let c):
                // The coerced value is the result, and is checked further.
                if let checked = checkTyped(c, schema, path: &path, issues: &issues) { return checked }
                return c
            case .failed(let seen):
                let pointer = path.pointer
                issues.append(ValidationIssue(
                    pointer: pointer,
                    message: message(schema, pointer, "must be ", schema.typeList, " but it was ", Wording.typeOf(seen))
                ))
                // As Ajv (every error, `enum` not guarded by the type): the choices are still
                // checked, on the value (a one-element array's element, as coercion unwraps it),
                // and a string's format.
                var data = input
                if case .array(let a) = data, a.count == 1 { data = a[0] }
                checkChoices(data, schema, pointer, issues: &issues)
                if case .string(let s) = data { checkFormat(s, schema, pointer, issues: &issues) }
                return nil
            }
        }
        // Most values already have their type: they are checked without a copy.
        return checkTyped(input, schema, path: &path, issues: &issues)
    }

    /// ``check(_:_:path:issues:)`` of a value that has (or was coerced to) the schema's
    /// type: the trimmed or coerced value, or `nil` when it is unchanged.
    private static func checkTyped(_ value: JSON, _ schema: SchemaNode, path: inout PathStack, issues: inout IssueList) -> JSON? {
        checkChoices(value, schema, path.pointer, issues: &issues)
        switch value {
        case .string(let s):
            if schema.dateLike, !DateLike.isValid(s) {
                let pointer = path.pointer
                issues.append(ValidationIssue(pointer: pointer, message: message(schema, pointer, "must be a valid date-like string but it was not")))
            }
            if schema.minLength != nil || schema.maxLength != nil {
                // Ajv compares code points; the message gives JavaScript's `length` (UTF-16 units).
                let points = s.unicodeScalars.count, units = s.utf16.count
                func chars(_ n: Int) -> String { n == 1 ? "\(n) character" : "\(n) characters" }
                if let max = schema.maxLength, points > max {
                    let pointer = path.pointer
                    issues.append(ValidationIssue(pointer: pointer, message: message(schema, pointer, "must be \(chars(max)) or fewer but it was \(chars(units))")))
                }
                if let min = schema.minLength, points < min {
                    let pointer = path.pointer
                    issues.append(ValidationIssue(pointer: pointer, message: message(schema, pointer, "must be \(chars(min)) or more but it was \(chars(units))")))
                }
            }
            checkFormat(s, schema, path.pointer, issues: &issues)
        case .number(let n):
            if let max = schema.maximum, n.doubleValue > max.doubleValue {
                let pointer = path.pointer
                issues.append(ValidationIssue(pointer: pointer, message: message(schema, pointer, "must be equal to or less than \(max.javaScriptText)")))
            }
            if let min = schema.minimum, n.doubleValue < min.doubleValue {
                let pointer = path.pointer
                issues.append(ValidationIssue(pointer: pointer, message: message(schema, pointer, "must be equal to or greater than \(min.javaScriptText)")))
            }
        case .object(var o):
            for name in schema.required where o[name] == nil {
                issues.append(ValidationIssue(
                    pointer: path.pointer(appending: name),
                    message: message(schema, path.pointer, "is missing the required field '", name, "'")
                ))
            }
            guard let props = schema.properties else { break }
            var objectChanged = false
            if let done = checkInSchemaOrder(&o, schema, path: &path, issues: &issues) {
                if done { return JSON.object(o) }
                break
            }
            if !schema.additionalProperties {
                var hasExtra = false
                for (k, _) in o where schema.position(of: k) == nil { hasExtra = true; break }
                if hasExtra {
                    o = o.filter { k, _ in schema.position(of: k) != nil }
                    objectChanged = true
                }
            }
            // In the schema's order of properties, as Ajv's `properties` keyword reports
            // its errors (the payload keeps its own member order).
            for (k, node) in props {
                guard let member = o[k] else { continue }
                path.push(.key(k))
                let checked = check(member, node, path: &path, issues: &issues)
                path.pop()
                if let checked {
                    o[k] = checked
                    objectChanged = true
                }
            }
            if objectChanged { return JSON.object(o) }
        case .array(var a):
            guard let items = schema.itemsNode else { break }
            var arrayChanged = false
            for i in a.indices {
                path.push(.index(i))
                let checked = items.with { check(a[i], $0, path: &path, issues: &issues) }
                path.pop()
                if let checked {
                    a[i] = checked
                    arrayChanged = true
                }
            }
            if arrayChanged { return JSON.array(a) }
        default:
            break
        }
        // (Written out: a bare `nil` could be taken for the JSON null.)
        return Optional.none
    }

    /// The members of `o` checked in one pass, when the declared ones come in the
    /// schema's order (a mapped payload's do: a mapping lists the fields as the action
    /// does) and none is undeclared where undeclared members are dropped. Issues then come
    /// out in the schema's order, as the two-pass walk in ``check(_:_:path:issues:)``
    /// reports them, with one lookup per member instead of one per member and one per
    /// declared property. Returns whether a member changed, or `nil` (nothing done) when
    /// the members are in another order or need dropping.
    static func checkInSchemaOrder(
        _ o: inout JSONObject, _ schema: SchemaNode,
        path: inout PathStack, issues: inout IssueList
    ) -> Bool? {
        // With a repeated property key the two-pass walk checks a member against each.
        guard schema.hasDistinctProperties else { return nil }
        let count = o.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { positions -> Bool? in
            var last = -1
            for i in 0..<count {
                guard let p = schema.position(of: o[i].key) else {
                    if !schema.additionalProperties { return nil }
                    positions[i] = -1
                    continue
                }
                if p <= last { return nil }
                positions[i] = p
                last = p
            }
            var changed = false
            for i in 0..<count where positions[i] >= 0 {
                let (k, member) = o[i]
                path.push(.key(k))
                let checked = schema.propertyNodes[positions[i]].with { check(member, $0, path: &path, issues: &issues) }
                path.pop()
                if let checked {
                    o.replaceValue(at: i, with: checked)
                    changed = true
                }
            }
            return changed
        }
    }

    /// `Title must …` or `The value at /a/b must …`, capitalised, with a closing period.
    /// Ajv's `enum`: `value` must be one of the schema's choices.
    static func checkChoices(_ value: JSON, _ schema: SchemaNode, _ pointer: @autoclosure () -> String, issues: inout IssueList) {
        guard let allowed = schema.enumValues, !allowed.contains(value) else { return }
        let list = Wording.list(allowed.map { $0.serialized() }, conjunction: "or")
        let at = pointer()
        issues.append(ValidationIssue(pointer: at, message: message(schema, at, "must be one of: \(list)")))
    }

    /// Ajv's `format`: a string must have the schema's format.
    static func checkFormat(_ s: String, _ schema: SchemaNode, _ pointer: @autoclosure () -> String, issues: inout IssueList) {
        guard let format = schema.format, !format.accepts(s) else { return }
        let at = pointer()
        issues.append(ValidationIssue(pointer: at, message: message(schema, at, "must be a valid \(format.label) string but it was not")))
    }

    static func message(_ schema: SchemaNode, _ path: String, _ rest: String...) -> String {
        // Written in one piece (every failing event composes one or more of these).
        let lead: String, at: String
        if let subject = schema.subject {
            (lead, at) = (subject, "")
        } else if path.isEmpty {
            (lead, at) = ("The root value", "")
        } else {
            (lead, at) = ("The value at ", path)
        }
        var count = lead.utf8.count + at.utf8.count + 2
        for piece in rest { count += piece.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = Text.write(lead, into: buffer, at: 0)
            i = Text.write(at, into: buffer, at: i)
            buffer[i] = UInt8(ascii: " ")
            i += 1
            for piece in rest { i = Text.write(piece, into: buffer, at: i) }
            buffer[i] = UInt8(ascii: ".")
            return i + 1
        }
    }
}

/// The place being validated, kept as components and written as a JSON Pointer only when
/// an issue is reported.
struct PathStack {
    enum Component {
        case key(String)
        case index(Int)
    }

    private var components: [Component] = []

    mutating func push(_ c: Component) { components.append(c) }
    mutating func pop() { components.removeLast() }

    var pointer: String { pointer(appending: nil) }

    /// The pointer, with `key` as a last reference token (when given); written in one
    /// piece (see `Text`).
    func pointer(appending key: String?) -> String {
        var count = 0
        for c in components {
            switch c {
            case .key(let k): count += 1 + JSONPointer.escapedCount(k)
            case .index(let i): count += 1 + Text.decimalCount(i)
            }
        }
        if let key { count += 1 + JSONPointer.escapedCount(key) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for c in components {
                buffer[at] = UInt8(ascii: "/")
                switch c {
                case .key(let k): at = JSONPointer.writeEscaped(k, into: buffer, at: at + 1)
                case .index(let i): at = Text.writeDecimal(i, into: buffer, at: at + 1)
                }
            }
            if let key {
                buffer[at] = UInt8(ascii: "/")
                at = JSONPointer.writeEscaped(key, into: buffer, at: at + 1)
            }
            return at
        }
    }
}
