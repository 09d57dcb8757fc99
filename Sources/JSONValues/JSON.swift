/// An immutable JSON value.
///
/// `JSON` is the currency of the whole engine: events, mappings, settings, payloads and
/// requests are all `JSON`. It is a plain value type (`Sendable`, `Hashable`), so a value
/// parsed once can be shared freely across threads.
///
/// Two facts of the JavaScript reference are kept that Foundation's `JSONSerialization`
/// loses: `1`, `1.0` and `true` stay distinct (see ``JSONNumber``), and object key order
/// is preserved (see ``JSONObject``).
///
/// "Absent" is not a JSON value: APIs that can resolve to nothing return `JSON?`, where
/// `nil` means absent and `.null` means the JSON `null`.
public enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSON])
    case object(JSONObject)
}

extension JSON {
    /// Values are equal as JavaScript's deep equality has them: strings by their code
    /// units (byte for byte, never Unicode normalisation), numbers by
    /// ``JSONNumber``'s rule, objects by their members in any order, arrays in order.
    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return ExactText.equal(x, y)
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        default: return false
        }
    }

    /// A JSON number holding an integer.
    @inlinable public static func int(_ value: Int) -> JSON { .number(JSONNumber(value)) }
    /// A JSON number holding a floating-point value.
    @inlinable public static func double(_ value: Double) -> JSON { .number(JSONNumber(value)) }

    /// The kind of value, as a word for error messages ("object", "array", "string",
    /// "number", "boolean", "null").
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// `true` for `.null`.
    @inlinable public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The string, if this is a string.
    @inlinable public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    /// The boolean, if this is a boolean.
    @inlinable public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    /// The number, if this is a number.
    @inlinable public var numberValue: JSONNumber? { if case .number(let n) = self { return n } else { return nil } }
    /// The number as a `Double`, if this is a number.
    @inlinable public var doubleValue: Double? { if case .number(let n) = self { return n.doubleValue } else { return nil } }
    /// The elements, if this is an array.
    @inlinable public var arrayValue: [JSON]? { if case .array(let a) = self { return a } else { return nil } }
    /// The members, if this is an object.
    @inlinable public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }

    /// The member named `key` of an object; `nil` when this is not an object or has no such key.
    @inlinable public subscript(key: String) -> JSON? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    @inlinable public subscript(index: Int) -> JSON? {
        if case .array(let a) = self, index >= 0, index < a.count { return a[index] }
        return nil
    }
}

extension JSON: ExpressibleByNilLiteral {
    @inlinable public init(nilLiteral: ()) { self = .null }
}

extension JSON: ExpressibleByBooleanLiteral {
    @inlinable public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSON: ExpressibleByIntegerLiteral {
    @inlinable public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
}

extension JSON: ExpressibleByFloatLiteral {
    @inlinable public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
}

extension JSON: ExpressibleByStringLiteral {
    @inlinable public init(stringLiteral value: String) { self = .string(value) }
}

extension JSON: ExpressibleByArrayLiteral {
    @inlinable public init(arrayLiteral elements: JSON...) { self = .array(elements) }
}

extension JSON: ExpressibleByDictionaryLiteral {
    @inlinable public init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(JSONObject(elements))
    }
}
