import JavaScriptRules
import JSONValues

/// JavaScript conversions the reference relies on (`String(v)`, truthiness, loose
/// equality with `""`, `JSON.stringify`), written once so every directive agrees.
enum JS {
    /// JavaScript truthiness of a value (`nil` is `undefined`).
    static func isTruthy(_ value: JSON?) -> Bool { value?.isJavaScriptTruthy ?? false }

    /// The reference's `realTypeOf` name; `nil` (undefined) is `"undefined"`.
    static func typeName(_ value: JSON?) -> String {
        value?.kindName ?? "undefined"
    }

    /// `value != ''` with JavaScript loose equality is false, i.e. the value is "blank".
    static func looselyEqualsEmptyString(_ value: JSON) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return !b
        case .number(let n): return n.doubleValue == 0
        case .string(let s): return s.isEmpty
        case .object: return false
        case .array(let a): return arrayTextIsEmpty(a)
        }
    }

    /// Whether `Array.prototype.join(",")` of `a` gives `""`.
    private static func arrayTextIsEmpty(_ a: [JSON], depth: Int = 0) -> Bool {
        if a.isEmpty { return true }
        guard a.count == 1, depth < 64 else { return false }
        switch a[0] {
        case .null: return true
        case .string(let s): return s.isEmpty
        case .array(let inner): return arrayTextIsEmpty(inner, depth: depth + 1)
        default: return false
        }
    }

    /// JavaScript's `String(value)` for scalars; objects are written as compact JSON
    /// (where JavaScript would print `[object Object]`), arrays as their elements joined
    /// by commas (null elements empty), as JavaScript does.
    static func text(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.javaScriptText
        case .string(let s): return s
        case .object: return stringify(value)
        case .array(let a):
            var out = ""
            for (i, element) in a.enumerated() {
                if i > 0 { out += "," }
                if case .null = element { continue }
                out += text(element)
            }
            return out
        }
    }

    /// `JSON.stringify(value)`: compact, numbers as JavaScript prints them, array-index
    /// keys first (so an object built by `@merge` or parsed by `@json` decode writes
    /// `{"1":…,"b":…}`).
    static func stringify(_ value: JSON) -> String { value.stringified }

    /// `Object.assign(target, source)` for one resolved source: objects copy their
    /// members, arrays and strings their indices, everything else nothing.
    static func assign(_ source: JSON?, into target: inout JSONObject) {
        guard let source else { return }
        switch source {
        case .object(let o):
            if target.isEmpty { target = o; return }
            for (k, v) in o { target[k] = v }
        case .array(let a):
            for (i, v) in a.enumerated() { target[String(i)] = v }
        case .string(let s):
            for (i, unit) in s.utf16.enumerated() {
                target[String(i)] = .string(JSText.string([unit]))
            }
        default:
            return
        }
    }
}
