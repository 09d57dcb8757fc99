/// The value type of an action field or a setting.
public enum FieldType: String, Sendable, CaseIterable {
    /// Text.
    case string
    /// Long text (validated as a string).
    case text
    /// A secret string: never written to errors, logs or summaries.
    case password
    /// Any number.
    case number
    /// A whole number.
    case integer
    /// `true` or `false`.
    case boolean
    /// A date and time: a string dayjs can parse, or a number.
    case datetime
    /// A JSON object, optionally with declared `properties`.
    case object

    /// The JSON types a value of this field may have (before coercion), in coercion order.
    var jsonTypes: [JSONKind] {
        switch self {
        case .string, .text, .password: return [.string]
        case .number: return [.number]
        case .integer: return [.integer]
        case .boolean: return [.boolean]
        case .datetime: return [.string, .number]
        case .object: return [.object]
        }
    }
}

/// A JSON type as JSON Schema names it.
enum JSONKind: String, Sendable {
    case string, number, integer, boolean, object, array, null
}
