import JSONValues
import Triggers

/// A value while an IR condition is evaluated: a JSON value, or one of the two
/// JavaScript values tsub-js can meet that JSON lacks (`undefined` for a missing field,
/// `NaN` from `length` of something without a length).
enum IRValue: Sendable, Equatable {
    case undefined
    case nan
    case json(JSON)

    static let `true` = IRValue.json(.bool(true))
    static let `false` = IRValue.json(.bool(false))

    init(_ json: JSON?) { self = json.map(IRValue.json) ?? .undefined }

    /// JavaScript truthiness: `undefined`, `NaN`, `null`, `false`, `0` and `""` are false.
    var isTruthy: Bool {
        switch self {
        case .undefined, .nan: return false
        case .json(let v): return v.isJavaScriptTruthy
        }
    }

    /// JavaScript's `typeof`: `"undefined"`, `"number"` (`NaN` too), `"string"`,
    /// `"boolean"`, and `"object"` for `null`, arrays and objects.
    var typeName: String {
        switch self {
        case .undefined: return "undefined"
        case .nan: return "number"
        case .json(let v):
            switch v {
            case .bool: return "boolean"
            case .number: return "number"
            case .string: return "string"
            case .null, .array, .object: return "object"
            }
        }
    }

    /// The number, when this is one (`NaN` included).
    var number: Double? {
        switch self {
        case .nan: return .nan
        case .json(.number(let n)): return n.doubleValue
        default: return nil
        }
    }

    /// tsub's `=`: values JavaScript's `typeof` calls objects (`null`, arrays, objects) are
    /// equal when their `JSON.stringify` texts are (so key order counts); everything else
    /// is compared with `===` (`undefined === undefined`; `NaN` equals nothing).
    static func equal(_ a: IRValue, _ b: IRValue) -> Bool {
        switch (a, b) {
        case (.undefined, .undefined): return true
        case (.json(let x), .json(let y)):
            if x.isJavaScriptObject && y.isJavaScriptObject {
                if x.isNull && y.isNull { return true }
                return x.stringified == y.stringified
            }
            return strictlyEqualScalars(x, y)
        default: return false
        }
    }

    /// `===`, as `in` compares: objects and arrays are never equal (they are compared by
    /// reference in JavaScript), `null === null`.
    static func identical(_ a: IRValue, _ b: IRValue) -> Bool {
        switch (a, b) {
        case (.undefined, .undefined): return true
        case (.json(let x), .json(let y)):
            if x.isNull && y.isNull { return true }
            return strictlyEqualScalars(x, y)
        default: return false
        }
    }

    private static func strictlyEqualScalars(_ x: JSON, _ y: JSON) -> Bool {
        switch (x, y) {
        case (.string(let s), .string(let t)): return ExactText.equal(s, t)
        case (.number(let m), .number(let n)): return m.doubleValue == n.doubleValue
        case (.bool(let p), .bool(let q)): return p == q
        default: return false
        }
    }
}

extension JSON {
    /// Whether JavaScript's `typeof` says `"object"`: `null`, arrays and objects.
    var isJavaScriptObject: Bool {
        switch self {
        case .null, .array, .object: return true
        default: return false
        }
    }
}
