import JavaScriptRules
import JSONValues

/// The built-in functions of the full language, with their documented `null` defaults.
enum Functions {
    static func call(_ f: FQLFunction, _ args: [Expression], _ event: JSON) -> JSON? {
        let a = args[0].evaluate(event)
        switch f {
        case .contains:
            guard case .string(let s)? = a, case .string(let sub)? = args[1].evaluate(event) else { return .bool(false) }
            return .bool(TextOps.contains(s, sub))
        case .match:
            // A pattern taken from the event (not written in the trigger) may be no longer
            // than a trigger may be: matching costs text × pattern length / 64, and both
            // would otherwise be the event's to choose.
            guard case .string(let s)? = a, case .string(let pattern)? = args[1].evaluate(event),
                  pattern.utf8.count <= Trigger.maximumLength,
                  let glob = try? Glob(pattern) else { return .bool(false) }
            return .bool(glob.matches(s))
        default:
            return apply(f, a)
        }
    }

    /// A one-argument function applied to a value.
    static func apply(_ f: FQLFunction, _ a: JSON?) -> JSON? {
        switch f {
        case .length:
            switch a {
            case .string(let s)?: return .number(JSONNumber(s.utf8.count))
            case .array(let items)?: return .number(JSONNumber(items.count))
            default: return .number(JSONNumber(0))
            }
        case .lowercase:
            guard case .string(let s)? = a else { return .null }
            return .string(s.lowercased())
        case .uppercase:
            guard case .string(let s)? = a else { return .null }
            return .string(s.uppercased())
        case .snakecase:
            guard case .string(let s)? = a else { return .null }
            return .string(replaceSpaces(s, with: "_"))
        case .kebabcase:
            guard case .string(let s)? = a else { return .null }
            return .string(replaceSpaces(s, with: "-"))
        case .titlecase:
            guard case .string(let s)? = a else { return .null }
            return .string(titlecase(s))
        case .typeof:
            return .string(typeName(a))
        case .bool:
            return .bool(toBool(a))
        case .string:
            return .string(toText(a))
        case .number:
            return toNumber(a)
        case .contains, .match:
            return .bool(false)
        }
    }

    static func typeName(_ a: JSON?) -> String {
        switch a {
        case nil, .null?: return "null"
        case .string?: return "string"
        case .number?: return "number"
        case .bool?: return "bool"
        case .array?: return "list"
        case .object?: return "object"
        }
    }

    static func replaceSpaces(_ s: String, with replacement: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for ch in s.unicodeScalars { out.append(ch == " " ? replacement : ch) }
        return String(out)
    }

    /// Upper-cases the first letter of every space-separated word, leaving the rest as is.
    static func titlecase(_ s: String) -> String {
        var out = ""
        var atWordStart = true
        for ch in s {
            if ch == " " {
                atWordStart = true
                out.append(ch)
            } else if atWordStart {
                out += ch.uppercased()
                atWordStart = false
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// `bool(x)`: booleans as they are; numbers are true unless 0; strings are true when
    /// they read `1`, `t`, `T`, `true`, `TRUE` or `True`; lists and objects when non-empty;
    /// `null` is false.
    static func toBool(_ a: JSON?) -> Bool {
        switch a {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .number(let n)?: let d = n.doubleValue; return d != 0 && !d.isNaN
        case .string(let s)?: return ["1", "t", "T", "true", "TRUE", "True"].contains(s)
        case .array(let items)?: return !items.isEmpty
        case .object(let o)?: return !o.isEmpty
        }
    }

    /// `string(x)`: strings as they are, numbers as JavaScript prints them, booleans as
    /// `true`/`false`, `null` as the empty string, lists and objects as JSON.
    static func toText(_ a: JSON?) -> String {
        switch a {
        case nil, .null?: return ""
        case .string(let s)?: return s
        case .number(let n)?: return n.javaScriptText
        case .bool(let b)?: return b ? "true" : "false"
        case .array?, .object?: return (a ?? .null).serialized()
        }
    }

    /// `number(x)`: numbers as they are, numeric strings parsed, booleans as 1/0;
    /// anything else (`null`, text that is not a number, lists) is `null`.
    static func toNumber(_ a: JSON?) -> JSON {
        switch a {
        case .number(let n)?: return .number(n)
        case .string(let s)?:
            let trimmed = JSWhitespace.trim(s)
            guard !trimmed.isEmpty else { return .null }
            let d = NumberFromText.number(trimmed)
            return d.isFinite ? .number(JSONNumber(d)) : .null
        case .bool(let b)?: return .number(JSONNumber(b ? 1 : 0))
        default: return .null
        }
    }
}
