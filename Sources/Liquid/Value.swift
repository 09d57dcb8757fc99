import JavaScriptRules
import JSONValues

/// A value while a template renders: JSON data plus what JavaScript (and so LiquidJS) has
/// besides it — `undefined`, and the literal drops `nil`, `empty` and `blank`.
///
/// Objects stay `JSONObject` (only input data makes objects); arrays are converted so that
/// filters can build arrays of any values (`push: nil`, `split`).
enum LValue: Sendable {
    case undefined
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([LValue])
    case object(JSONObject)
    case drop(Drop)

    /// The literal drops of LiquidJS.
    enum Drop: Sendable {
        /// `nil` / `null`: equals only nil values; its value is `null`.
        case nilDrop
        /// `empty`: equals empty strings, arrays and objects; its value is `""`.
        case empty
        /// `blank`: like `empty`, and also nil, `false` and whitespace-only strings.
        case blank
        /// The `block` variable inside a `{% block %}` tag.
        case block
    }

    static func number(_ d: Double) -> LValue { .number(JSONNumber(d)) }
    static func int(_ i: Int) -> LValue { .number(JSONNumber(i)) }

    /// Converts input data.
    init(_ json: JSON) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(LValue.init))
        case .object(let o): self = .object(o)
        }
    }

    /// LiquidJS `toValue`: a drop's `valueOf()`.
    var toValue: LValue {
        if case .drop(let d) = self {
            switch d {
            case .nilDrop: return .null
            case .empty, .blank: return .string("")
            case .block: return self
            }
        }
        return self
    }

    /// `null` or `undefined` (after `toValue`).
    var isNil: Bool {
        switch toValue {
        case .null, .undefined: return true
        default: return false
        }
    }

    var isUndefined: Bool { if case .undefined = self { return true } else { return false } }

    /// Liquid truthiness: only `false`, `null` and `undefined` (after `toValue`) are falsy.
    var isTruthy: Bool {
        switch toValue {
        case .bool(false), .null, .undefined: return false
        default: return true
        }
    }

    /// JavaScript truthiness (`if (x)`), for the few filters that test arguments that way.
    var isJSTruthy: Bool {
        switch self {
        case .undefined, .null: return false
        case .bool(let b): return b
        case .number(let n): let d = n.doubleValue; return !(d == 0 || d.isNaN)
        case .string(let s): return !s.isEmpty
        case .array, .object, .drop: return true
        }
    }

    var isString: Bool { if case .string = self { return true } else { return false } }
    var isNumber: Bool { if case .number = self { return true } else { return false } }
    var arrayValue: [LValue]? { if case .array(let a) = self { return a } else { return nil } }
    var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    var isObjectLike: Bool {
        switch self {
        case .array, .object, .drop: return true
        default: return false
        }
    }

    /// LiquidJS `stringify`: what an output writes.
    var stringified: String {
        switch toValue {
        case .string(let s): return s
        case .null, .undefined: return ""
        case .array(let a):
            var out = ""
            for x in a { out += x.stringified }
            return out
        default: return jsString
        }
    }

    /// JavaScript `String(x)`.
    var jsString: String {
        switch self {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.javaScriptText
        case .string(let s): return s
        case .array(let a): return LValue.jsJoin(a, separator: ",")
        case .object, .drop: return "[object Object]"
        }
    }

    /// JavaScript `Array.prototype.join`.
    static func jsJoin(_ a: [LValue], separator: String) -> String {
        var out = ""
        var first = true
        for x in a {
            if !first { out += separator }
            first = false
            switch x {
            case .null, .undefined: break
            default: out += x.jsString
            }
        }
        return out
    }

    /// JavaScript `ToPrimitive` (number hint): arrays and objects become strings, drops
    /// their `valueOf()`.
    var jsPrimitive: LValue {
        switch self {
        case .array, .object: return .string(jsString)
        case .drop(.block): return .string("[object Object]")
        case .drop: return toValue
        default: return self
        }
    }

    /// JavaScript `Number(x)` / unary `+`.
    var jsNumber: Double {
        switch jsPrimitive {
        case .undefined: return .nan
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .number(let n): return n.doubleValue
        case .string(let s): return NumberFromText.number(s)
        default: return .nan
        }
    }

    /// LiquidJS `toNumber`: `+toValue(x) || 0`.
    var liquidNumber: Double {
        let d = toValue.jsNumber
        return d.isNaN ? 0 : d
    }

    /// LiquidJS `toArray`: nil → [], array → itself, anything else → [x].
    var liquidArray: [LValue] {
        let v = toValue
        switch v {
        case .null, .undefined: return []
        case .array(let a): return a
        default: return [v]
        }
    }

    /// The JavaScript `length` of strings, arrays, and objects with a numeric `length` member.
    var jsLength: LValue {
        switch self {
        case .string(let s): return .int(s.utf16.count)
        case .array(let a): return .int(a.count)
        case .object(let o): return o["length"].map(LValue.init) ?? .undefined
        default: return .undefined
        }
    }

    /// The value as JSON for output (undefined and drops become null).
    var json: JSON {
        switch self {
        case .undefined, .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map(\.json))
        case .object(let o): return .object(o)
        case .drop: return .object(JSONObject())
        }
    }
}

// MARK: - Operators

enum LiquidOps {
    /// LiquidJS `equals` (`==`).
    static func equals(_ l: LValue, _ r: LValue) -> Bool {
        if case .drop(let d) = l { return dropEquals(d, r) }
        if case .drop(let d) = r { return dropEquals(d, l) }
        return strictEquals(l, r)
    }

    private static func strictEquals(_ l: LValue, _ r: LValue) -> Bool {
        switch (l, r) {
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for i in a.indices where !equals(a[i], b[i]) { return false }
            return true
        case (.array, _), (_, .array): return false
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a.doubleValue == b.doubleValue
        case (.string(let a), .string(let b)): return a.utf16.elementsEqual(b.utf16)
        // JavaScript compares objects by identity; data objects compare by content here.
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }

    private static func dropEquals(_ d: LValue.Drop, _ v: LValue) -> Bool {
        switch d {
        case .nilDrop: return v.isNil
        case .empty: return isEmptyValue(v)
        case .blank:
            if case .bool(false) = v { return true }
            if v.isNil { return true }
            if case .string(let s) = v { return s.unicodeScalars.allSatisfy { JSWhitespace.contains($0.value) } }
            return isEmptyValue(v)
        case .block: return false
        }
    }

    private static func isEmptyValue(_ v: LValue) -> Bool {
        if case .drop(.empty) = v { return false }
        if case .drop(.blank) = v { return false }
        switch v.toValue {
        case .string(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return false
        }
    }

    enum Relation { case lt, gt, le, ge }

    /// `<`, `>`, `<=`, `>=`: drops compare false; otherwise JavaScript's relational operators.
    static func compare(_ l: LValue, _ r: LValue, _ rel: Relation) -> Bool {
        if case .drop = l { return false }
        if case .drop = r { return false }
        return jsCompare(l, r, rel)
    }

    /// `contains`: array membership, or substring for strings.
    static func contains(_ l: LValue, _ r: LValue) -> Bool {
        switch l.toValue {
        case .array(let a): return a.contains { equals($0, r) }
        case .string(let s):
            let needle = r.toValue.jsString
            return JSText.indexOf(Array(s.utf16), Array(needle.utf16), from: 0) != nil
        default: return false
        }
    }

    /// JavaScript binary `+` (string concatenation when either side is a string).
    static func jsAdd(_ l: LValue, _ r: LValue) -> LValue {
        let a = l.jsPrimitive, b = r.jsPrimitive
        if a.isString || b.isString { return .string(a.jsString + b.jsString) }
        return .number(a.jsNumber + b.jsNumber)
    }
}

extension LiquidOps {
    /// JavaScript's relational operators on raw values (no drop special case), for filters
    /// that compare their arguments with `<` / `<=` the way JavaScript code does.
    static func jsCompare(_ l: LValue, _ r: LValue, _ rel: Relation) -> Bool {
        let a = l.jsPrimitive, b = r.jsPrimitive
        if case .string(let x) = a, case .string(let y) = b {
            let c = JSText.compareUTF16(x, y)
            switch rel {
            case .lt: return c < 0
            case .gt: return c > 0
            case .le: return c <= 0
            case .ge: return c >= 0
            }
        }
        let x = a.jsNumber, y = b.jsNumber
        switch rel {
        case .lt: return x < y
        case .gt: return x > y
        case .le: return x <= y
        case .ge: return x >= y
        }
    }
}
