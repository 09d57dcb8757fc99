@_spi(Unretained) import JSONValues

/// The compiled JSON Schema of one field (or of the whole payload), shaped as Segment's
/// destination kit builds it from action fields (`fieldsToJsonSchema`):
///
/// - a field's `label` is the schema's title (it names the field in messages);
/// - `datetime` is `string` or `number` with the `date-like` format;
/// - `multiple` makes the schema an array of the field's type (without the title);
/// - an object field with `properties` drops undeclared members unless it allows them;
/// - the payload root is an object that drops undeclared fields.
final class SchemaNode: Sendable {
    let title: String?
    /// What messages call the value: the title, capitalized (`nil` without a title).
    let subject: String?
    /// The types as messages list them ("a string or number").
    let typeList: String
    let types: [JSONKind]
    let enumValues: [JSON]?
    let dateLike: Bool
    /// The format a string value must have (checked on strings only, as JSON Schema does).
    let format: StringFormat?
    /// Length bounds for strings (in code points, as Ajv counts), and value bounds for
    /// numbers.
    let minLength: Int?
    let maxLength: Int?
    let minimum: JSONNumber?
    let maximum: JSONNumber?
    let properties: [(key: String, node: SchemaNode)]?
    let propertyIndex: [ExactKey: Int]
    /// Whether no two properties share a key (fields given to the library directly may
    /// repeat one; a parsed definition cannot).
    let hasDistinctProperties: Bool
    let required: [String]
    let additionalProperties: Bool
    let items: SchemaNode?
    /// The properties' and the items' nodes again, read while validating without
    /// reference counting (`properties` and `items` own them; see `Unretained`).
    let propertyNodes: [Unretained<SchemaNode>]
    let itemsNode: Unretained<SchemaNode>?

    init(
        title: String?, types: [JSONKind], enumValues: [JSON]? = nil, dateLike: Bool = false,
        format: StringFormat? = nil, minLength: Int? = nil, maxLength: Int? = nil,
        minimum: JSONNumber? = nil, maximum: JSONNumber? = nil,
        properties: [(key: String, node: SchemaNode)]? = nil, required: [String] = [],
        additionalProperties: Bool = true, items: SchemaNode? = nil
    ) {
        self.format = format
        self.minLength = minLength
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.title = title
        self.subject = title.map(Wording.capitalized)
        self.typeList = Wording.typeList(types)
        self.types = types
        self.enumValues = enumValues
        self.dateLike = dateLike
        self.properties = properties
        var idx: [ExactKey: Int] = [:]
        for (i, p) in (properties ?? []).enumerated() { idx[ExactKey(p.key)] = i }
        self.propertyIndex = idx
        self.hasDistinctProperties = idx.count == (properties ?? []).count
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.propertyNodes = (properties ?? []).map { Unretained($0.node) }
        self.itemsNode = items.map(Unretained.init)
    }

    /// The position of the declared property `key` (a scan for the few properties
    /// fields usually have, hashed beyond that).
    @inline(__always)
    func position(of key: String) -> Int? {
        guard let properties else { return nil }
        if properties.count <= 16 {
            // Keys are compared by their bytes, as JavaScript compares property names.
            for i in properties.indices where ExactText.equal(properties[i].key, key) { return i }
            return nil
        }
        return propertyIndex[ExactKey(key)]
    }

    /// `body` on the declared property `key`'s node, lent without reference counting, or
    /// `otherwise` when there is no such property.
    @inline(__always)
    func withProperty<R>(_ key: String, otherwise: R, _ body: (SchemaNode) throws -> R) rethrows -> R {
        guard let i = position(of: key) else { return otherwise }
        return try propertyNodes[i].with(body)
    }

    /// The schema of an object whose members are `fields` (no title).
    static func object(fields: [FieldSpec], additionalProperties: Bool) -> SchemaNode {
        SchemaNode(
            title: nil, types: [.object],
            properties: fields.map { ($0.key, field($0)) },
            required: fields.filter(\.required).map(\.key),
            additionalProperties: additionalProperties
        )
    }

    /// The schema of one field.
    static func field(_ f: FieldSpec) -> SchemaNode {
        var types = f.type.jsonTypes
        var enumValues = f.choices
        if f.allowNull {
            types.append(.null)
            if enumValues != nil { enumValues?.append(.null) }
        }
        let nested = f.type == .object ? f.properties : nil
        if f.multiple {
            let items: SchemaNode
            if let nested {
                items = object(fields: nested, additionalProperties: f.additionalProperties)
            } else {
                items = SchemaNode(title: nil, types: f.type.jsonTypes, enumValues: f.choices)
            }
            return SchemaNode(title: f.label, types: [.array], items: items)
        }
        if let nested {
            // The reference spreads the nested object schema over the field's, so its
            // `type: "object"` replaces the `null` that `allowNull` added.
            return SchemaNode(
                title: f.label, types: [.object], enumValues: enumValues, dateLike: false,
                properties: nested.map { ($0.key, field($0)) },
                required: nested.filter(\.required).map(\.key),
                additionalProperties: f.additionalProperties
            )
        }
        // As the reference: `datetime`, `password` and `text` fields have formats of their
        // own; a `multiple` or object field's format sits on an array or object schema,
        // where JSON Schema does not apply it.
        let format = [.datetime, .password, .text].contains(f.type) ? nil : f.format.flatMap(StringFormat.init(rawValue:))
        // As the reference: bounds are read only for `string` (lengths) and `number`
        // (values) fields, and a bound of 0 is no bound (it tests `if (minimum)`).
        func set(_ n: JSONNumber?) -> JSONNumber? { n.flatMap { $0.doubleValue == 0 ? nil : $0 } }
        func length(_ n: JSONNumber?) -> Int? { set(n).map { Int(exactly: $0.doubleValue.rounded(.up)) ?? Int.max } }
        return SchemaNode(
            title: f.label, types: types, enumValues: enumValues, dateLike: f.type == .datetime, format: format,
            minLength: f.type == .string ? length(f.minimum) : nil, maxLength: f.type == .string ? length(f.maximum) : nil,
            minimum: f.type == .number ? set(f.minimum) : nil, maximum: f.type == .number ? set(f.maximum) : nil
        )
    }
}
