import JavaScriptRules
import JSONValues

/// Type checks and coercions as Ajv performs them with `coerceTypes: "array"`.
enum Coercion {
    enum Outcome {
        case coerced(JSON)
        /// No coercion applies; the value the type error should describe.
        case failed(JSON)
    }

    /// Whether `value` already has one of `types`.
    @inline(__always)
    static func matches(_ value: JSON, _ types: [JSONKind]) -> Bool {
        for t in types where matches(value, t) { return true }
        return false
    }

    @inline(__always)
    static func matches(_ value: JSON, _ type: JSONKind) -> Bool {
        switch (type, value) {
        case (.string, .string), (.boolean, .bool), (.object, .object), (.array, .array), (.null, .null), (.number, .number):
            return true
        case (.integer, .number(let n)):
            return n.isIntegral
        default:
            return false
        }
    }

    /// The value coerced to the first of `types` it can be coerced to.
    static func coerce(_ input: JSON, to types: [JSONKind]) -> Outcome {
        var data = input
        // Ajv coerces only towards scalar types, `null` and `array`: a schema whose only
        // type is `object` gets no coercion at all (`[{…}]` stays an array and is a type
        // error), as in Ajv's `coerceToTypes`.
        guard types.contains(where: { $0 != .object }) else { return .failed(input) }
        // A one-element array stands for its element where a scalar is expected.
        if case .array(let a) = input, a.count == 1, !types.contains(.array) {
            data = a[0]
            if matches(data, types) { return .coerced(data) }
        }
        for t in types {
            if let c = coerce(data, to: t) { return .coerced(c) }
        }
        return .failed(data)
    }

    static func coerce(_ data: JSON, to type: JSONKind) -> JSON? {
        switch type {
        case .string:
            switch data {
            case .number(let n): return .string(n.javaScriptText)
            case .bool(let b): return .string(b ? "true" : "false")
            case .null: return .string("")
            default: return nil
            }
        case .number, .integer:
            switch data {
            case .bool(let b): return .int(b ? 1 : 0)
            case .null: return .int(0)
            case .string(let s) where !s.isEmpty:
                // `+s` in JavaScript (white space around the number, NBSP included, ignored).
                let d = NumberFromText.number(s)
                if d.isNaN { return nil }
                if type == .integer, d.isFinite, d != d.rounded(.towardZero) { return nil }
                return .number(JSONNumber(d))
            default: return nil
            }
        case .boolean:
            switch data {
            case .string("false"), .null: return .bool(false)
            case .string("true"): return .bool(true)
            case .number(let n) where n.doubleValue == 0: return .bool(false)
            case .number(let n) where n.doubleValue == 1: return .bool(true)
            default: return nil
            }
        case .null:
            switch data {
            case .string(""), .bool(false): return .null
            case .number(let n) where n.doubleValue == 0: return .null
            default: return nil
            }
        case .array:
            switch data {
            case .string, .number, .bool, .null: return .array([data])
            default: return nil
            }
        case .object:
            return nil
        }
    }
}
