import JSONValues

/// One field of an action (or one setting): its type and the rules its value must follow.
///
/// Fields are declared in a definition's `fields` (and `settings`) objects; see
/// docs/definition-format.md. The payload a mapping produces is validated and coerced
/// against them the way Segment's destination kit does (see ``PayloadValidator``).
public struct FieldSpec: Sendable {
    /// The field's key in the payload.
    public let key: String
    /// The human name, used in validation messages (`Page is missing the required field 'type'.`).
    public let label: String?
    /// What the field is for.
    public let description: String?
    /// The value type.
    public let type: FieldType
    /// Whether the payload must have the field.
    public let required: Bool
    /// Whether the value is a list of `type` values (a single value is wrapped).
    public let multiple: Bool
    /// Whether `null` is an accepted value.
    public let allowNull: Bool
    /// The only values allowed, if restricted.
    public let choices: [JSON]?
    /// Declared members, for `object` fields.
    public let properties: [FieldSpec]?
    /// Whether an `object` field with `properties` keeps undeclared members (default: dropped).
    public let additionalProperties: Bool
    /// The field's default mapping (used by presets and subscriptions without a mapping),
    /// or for a setting its default value.
    public let defaultValue: JSON?
    /// The string format its value must have (`date-time`, `email`, `uri`, …; see
    /// ``StringFormat``), as JSON Schema's `format`.
    public let format: String?
    /// The least value: for a `string` field its least length, for a `number` field its
    /// least value (the reference ignores 0, and bounds on `integer` fields).
    public let minimum: JSONNumber?
    /// The greatest value: for a `string` field its greatest length, for a `number` field
    /// its greatest value.
    public let maximum: JSONNumber?

    public init(
        key: String, label: String? = nil, description: String? = nil, type: FieldType,
        required: Bool = false, multiple: Bool = false, allowNull: Bool = false,
        choices: [JSON]? = nil, properties: [FieldSpec]? = nil, additionalProperties: Bool = false,
        defaultValue: JSON? = nil, format: String? = nil, minimum: JSONNumber? = nil, maximum: JSONNumber? = nil
    ) {
        self.format = format
        self.minimum = minimum
        self.maximum = maximum
        self.key = key
        self.label = label
        self.description = description
        self.type = type
        self.required = required
        self.multiple = multiple
        self.allowNull = allowNull
        self.choices = choices
        self.properties = properties
        self.additionalProperties = additionalProperties
        self.defaultValue = defaultValue
    }
}

extension FieldSpec {
    static let knownKeys: Set<ExactKey> = [
        "label", "description", "type", "required", "multiple", "allowNull", "choices",
        "properties", "additionalProperties", "default", "format", "placeholder", "minimum", "maximum",
    ]

    /// Reads the fields object at `pointer`, reporting every problem. `depth` bounds nesting.
    static func parseFields(
        _ json: JSON, at pointer: String, problems: inout ProblemList, nested: Int = 0, isSetting: Bool = false
    ) -> [FieldSpec] {
        guard let object = json.objectValue else {
            problems.add(pointer, "fields must be an object mapping field keys to field definitions, not \(json.kindName)")
            return []
        }
        var out: [FieldSpec] = []
        for (key, value) in object {
            let p = JSONPointer.appending(pointer, key)
            if key.isEmpty { problems.add(p, "a field key must not be empty") }
            if let f = parseField(key: key, value, at: p, problems: &problems, nested: nested, isSetting: isSetting) {
                out.append(f)
            }
        }
        return out
    }

    static func parseField(
        key: String, _ json: JSON, at pointer: String, problems: inout ProblemList, nested: Int, isSetting: Bool
    ) -> FieldSpec? {
        guard let o = json.objectValue else {
            problems.add(pointer, "a field definition must be an object, not \(json.kindName)")
            return nil
        }
        var ok = true
        for (k, _) in o where !knownKeys.contains(exactly: k) {
            problems.add(JSONPointer.appending(pointer, k), "unknown field property '\(k)' (allowed: \(knownKeys.sortedList))")
        }
        // A member read as `read` takes it, or reported as not being `expected`.
        func member<T>(_ name: String, _ expected: String, _ read: (JSON) -> T?) -> T? {
            guard let v = o[name] else { return nil }
            guard let t = read(v) else {
                problems.add(JSONPointer.appending(pointer, name), "'\(name)' must be \(expected), not \(v.kindName)")
                return nil
            }
            return t
        }
        func string(_ name: String) -> String? { member(name, "a string") { $0.stringValue } }
        func bool(_ name: String) -> Bool { member(name, "true or false") { $0.boolValue } ?? false }
        let label = string("label")
        let description = string("description")
        let format = string("format")
        var type = FieldType.string
        if let t = o["type"] {
            if let s = t.stringValue, let ft = FieldType(rawValue: s) {
                type = ft
            } else {
                problems.add(JSONPointer.appending(pointer, "type"), "unknown field type \(t.serialized()) (allowed: \(FieldType.allCases.map(\.rawValue).joined(separator: ", ")))")
                ok = false
            }
        } else {
            problems.add(pointer, "the field has no 'type'")
            ok = false
        }
        let minimum = member("minimum", "a number") { $0.numberValue }
        let maximum = member("maximum", "a number") { $0.numberValue }
        let required = bool("required")
        let multiple = bool("multiple")
        let allowNull = bool("allowNull")
        let additional = bool("additionalProperties")
        var choices: [JSON]?
        if let c = o["choices"] {
            if let a = c.arrayValue, !a.isEmpty {
                choices = a.map { item in
                    // `{ "label": "…", "value": … }` choices keep only their value.
                    if let v = item["value"], item.objectValue != nil { return v }
                    return item
                }
            } else {
                problems.add(JSONPointer.appending(pointer, "choices"), "'choices' must be a non-empty array")
            }
        }
        var properties: [FieldSpec]?
        if let props = o["properties"] {
            if type != .object {
                problems.add(JSONPointer.appending(pointer, "properties"), "only object fields may declare 'properties'")
            } else if nested >= 8 {
                problems.add(JSONPointer.appending(pointer, "properties"), "fields are nested too deeply (limit 8)")
            } else {
                properties = parseFields(props, at: JSONPointer.appending(pointer, "properties"), problems: &problems, nested: nested + 1, isSetting: isSetting)
            }
        }
        if o["additionalProperties"] != nil, type != .object {
            problems.add(JSONPointer.appending(pointer, "additionalProperties"), "only object fields may set 'additionalProperties'")
        }
        if isSetting, multiple || properties != nil {
            problems.add(pointer, "settings may not be 'multiple' or declare 'properties'")
        }
        guard ok else { return nil }
        return FieldSpec(
            key: key, label: label, description: description, type: type, required: required,
            multiple: multiple, allowNull: allowNull, choices: choices, properties: properties,
            additionalProperties: additional, defaultValue: o["default"], format: format,
            minimum: minimum, maximum: maximum
        )
    }
}
