import JavaScriptRules
import JSONValues

/// The operators of the reference condition tree.
enum ReferenceOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case numberEquals = "number_equals"
    case numberNotEquals = "number_not_equals"
    case contains
    case notContains = "not_contains"
    case startsWith = "starts_with"
    case notStartsWith = "not_starts_with"
    case endsWith = "ends_with"
    case notEndsWith = "not_ends_with"
    case exists
    case notExists = "not_exists"
    case isTrue = "is_true"
    case isFalse = "is_false"

    /// Whether the operator carries a `value`.
    var takesValue: Bool {
        switch self {
        case .exists, .notExists, .isTrue, .isFalse: return false
        default: return true
        }
    }
}

/// The leaf types of the reference condition tree.
enum ReferenceLeafType: String, Sendable, CaseIterable {
    case eventType = "event-type"
    case event
    case name
    case userId
    case eventProperty = "event-property"
    case eventTrait = "event-trait"
    case eventContext = "event-context"

    /// The top-level event field a leaf of this type reads (or the object it looks inside).
    var eventField: String {
        switch self {
        case .eventType: return "type"
        case .event: return "event"
        case .name: return "name"
        case .userId: return "userId"
        case .eventProperty: return "properties"
        case .eventTrait: return "traits"
        case .eventContext: return "context"
        }
    }

    var hasName: Bool {
        switch self {
        case .eventProperty, .eventTrait, .eventContext: return true
        default: return false
        }
    }

    init?(fieldRoot: String) {
        switch fieldRoot {
        case "type": self = .eventType
        case "event": self = .event
        case "name": self = .name
        case "userId": self = .userId
        case "properties": self = .eventProperty
        case "traits": self = .eventTrait
        case "context": self = .eventContext
        default: return nil
        }
    }
}

/// One leaf of a reference condition tree, compiled: evaluates exactly as the reference's
/// `validate.ts` does (strict string equality against the value as text, numeric
/// operators only on numbers, string operators only on strings, `null` and missing alike
/// for `exists`).
final class ReferenceCondition: Sendable {
    /// One key of a nested path, with its array index when it is a canonical integer.
    struct Key: Sendable {
        let name: String
        let index: Int?
    }

    let type: ReferenceLeafType
    /// The top-level event field read (`type`, `event`, …, or `properties`/`traits`/`context`).
    let topKey: String
    /// Whether the leaf looks inside `topKey` along `keys`.
    let nested: Bool
    let op: ReferenceOperator
    /// The path keys under the root object (empty for top-level leaves).
    let keys: [Key]
    /// JavaScript `String(value)`.
    let expectedText: String
    /// JavaScript `Number(value)`.
    let expectedNumber: Double
    /// The condition as trigger text, for explanations.
    let text: String
    /// The field the condition reads, as a field path (`properties.price`).
    let fieldName: String

    /// Builds the leaf from its tree form; throws on a malformed leaf.
    init(tree: JSONObject, text: String?) throws(TriggerError) {
        guard let typeName = tree["type"]?.stringValue, let type = ReferenceLeafType(rawValue: typeName) else {
            throw TriggerError(message: "unknown condition type \(tree["type"]?.serialized() ?? "(missing)")", column: 0)
        }
        guard let opName = tree["operator"]?.stringValue, let op = ReferenceOperator(rawValue: opName) else {
            throw TriggerError(message: "unknown operator \(tree["operator"]?.serialized() ?? "(missing)") in a \(typeName) condition", column: 0)
        }
        self.type = type
        self.topKey = type.eventField
        self.nested = type.hasName
        self.op = op
        var keys: [Key] = []
        var fieldName = type.eventField
        if type.hasName {
            guard let name = tree["name"]?.stringValue else {
                throw TriggerError(message: "a \(typeName) condition needs a \"name\" string", column: 0)
            }
            keys = ReferenceCondition.splitPath(name)
            fieldName += "." + Generator.escapeFieldPath(name)
        }
        self.keys = keys
        self.fieldName = fieldName
        let value = tree["value"]
        switch value {
        case nil:
            expectedText = "undefined"
            expectedNumber = .nan
        case .null?:
            expectedText = "null"
            expectedNumber = 0
        case .bool(let b)?:
            expectedText = b ? "true" : "false"
            expectedNumber = b ? 1 : 0
        case .number(let n)?:
            expectedText = n.javaScriptText
            expectedNumber = n.doubleValue
        case .string(let s)?:
            expectedText = s
            expectedNumber = NumberFromText.number(s)
        case .array?, .object?:
            throw TriggerError(message: "the value of a \(typeName) condition must be a string, number or boolean", column: 0)
        }
        if let text {
            self.text = text
        } else {
            self.text = (try? Generator.leafText(tree)) ?? fieldName + " " + opName
        }
    }

    /// The reference's path splitting (`get.ts`): runs of characters other than `.`, `[`, `]`.
    static func splitPath(_ path: String) -> [Key] {
        var keys: [Key] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let s = String(decoding: current, as: UTF8.self)
            keys.append(Key(name: s, index: ArrayIndex.offset(s)))
            current = []
        }
        for b in path.utf8 {
            if b == 0x2E || b == 0x5B || b == 0x5D { flush() } else { current.append(b) }
        }
        flush()
        return keys
    }

    /// The value the condition reads from `event` (`nil` when JavaScript would see `undefined`).
    @inline(__always)
    func actual(in event: JSON) -> JSON? {
        guard case .object(let root) = event else { return nil }
        let top = root[topKey]
        if !nested { return top }
        if keys.isEmpty { return nil }
        return ReferenceCondition.get(top, keys)
    }

    /// `get(object, path)` as the reference defines it: `previous && previous[key]` at each
    /// step, so a falsy value part-way (null, false, 0, "") is returned as is.
    static func get(_ root: JSON?, _ keys: [Key]) -> JSON? {
        var cur = root
        for key in keys {
            guard let c = cur else { return nil }
            switch c {
            case .null: return c
            case .bool(let b):
                if !b { return c }
                cur = nil
            case .number(let n):
                let d = n.doubleValue
                if d == 0 || d.isNaN { return c }
                cur = nil
            case .string(let s):
                if s.isEmpty { return c }
                if key.name == "length" {
                    cur = .number(JSONNumber(s.utf16.count))
                } else if let i = key.index, let unit = JSText.unit(s, at: i) {
                    cur = .string(unit)
                } else {
                    cur = nil
                }
            case .array(let a):
                if key.name == "length" {
                    cur = .number(JSONNumber(a.count))
                } else if let i = key.index, i < a.count {
                    cur = a[i]
                } else {
                    cur = nil
                }
            case .object(let o):
                cur = o[key.name]
            }
        }
        return cur
    }

    /// Whether the condition holds for `event`.
    @inline(__always)
    func matches(_ event: JSON) -> Bool {
        test(actual(in: event))
    }

    /// `validateValue(actual, operator, value)` of the reference.
    func test(_ actual: JSON?) -> Bool {
        switch op {
        case .equal:
            if case .string(let s)? = actual { return ExactText.equal(s, expectedText) }
            return false
        case .notEqual:
            if case .string(let s)? = actual { return !ExactText.equal(s, expectedText) }
            return true
        case .numberEquals:
            if case .number(let n)? = actual { return n.doubleValue == expectedNumber }
            return false
        case .numberNotEquals:
            if case .number(let n)? = actual { return n.doubleValue != expectedNumber }
            return false
        case .less:
            if case .number(let n)? = actual { return n.doubleValue < expectedNumber }
            return false
        case .lessOrEqual:
            if case .number(let n)? = actual { return n.doubleValue <= expectedNumber }
            return false
        case .greater:
            if case .number(let n)? = actual { return n.doubleValue > expectedNumber }
            return false
        case .greaterOrEqual:
            if case .number(let n)? = actual { return n.doubleValue >= expectedNumber }
            return false
        case .contains:
            if case .string(let s)? = actual { return TextOps.contains(s, expectedText) }
            return false
        case .notContains:
            if case .string(let s)? = actual { return !TextOps.contains(s, expectedText) }
            return false
        case .startsWith:
            if case .string(let s)? = actual { return TextOps.hasPrefix(s, expectedText) }
            return false
        case .notStartsWith:
            if case .string(let s)? = actual { return !TextOps.hasPrefix(s, expectedText) }
            return false
        case .endsWith:
            if case .string(let s)? = actual { return TextOps.hasSuffix(s, expectedText) }
            return false
        case .notEndsWith:
            if case .string(let s)? = actual { return !TextOps.hasSuffix(s, expectedText) }
            return false
        case .exists:
            switch actual {
            case nil, .null?: return false
            default: return true
            }
        case .notExists:
            switch actual {
            case nil, .null?: return true
            default: return false
            }
        case .isTrue:
            if case .bool(true)? = actual { return true }
            return false
        case .isFalse:
            if case .bool(false)? = actual { return true }
            return false
        }
    }
}
