import JavaScriptRules
import JSONValues

/// Writes a reference condition tree back as trigger text, as the reference's
/// `generate-fql.ts` does, with three safety changes that keep the text parseable and
/// its meaning unchanged: quotes and backslashes inside strings are escaped, glob
/// characters inside `starts_with`/`ends_with` values are escaped, and an `=`/`!=`/
/// `contains` value that is a number or boolean is written as a quoted string (the
/// reference compares those as text).
enum Generator {
    static func generate(_ tree: JSON) throws(TriggerError) -> String {
        guard case .object(let root) = tree else {
            throw TriggerError(message: "a condition tree must be an object", column: 0)
        }
        if let err = root["error"] {
            throw TriggerError(message: "the condition tree holds a parse error: \(err.stringValue ?? err.serialized())", column: 0)
        }
        guard root["type"]?.stringValue == "group" else {
            throw TriggerError(message: "the root of a condition tree must be a group", column: 0)
        }
        let text = try group(root, depth: 0)
        // Like the reference: a single parenthesised group loses its outer parentheses.
        var parens = 0
        for b in text.utf8 where b == 0x28 || b == 0x29 { parens += 1 }
        if text.hasPrefix("("), text.hasSuffix(")"), parens == 2 {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    static func group(_ node: JSONObject, depth: Int) throws(TriggerError) -> String {
        guard depth < Trigger.maximumDepth else {
            throw TriggerError(message: "the condition tree nests deeper than \(Trigger.maximumDepth) levels", column: 0)
        }
        guard let op = node["operator"]?.stringValue, op == "and" || op == "or" else {
            throw TriggerError(message: "a group's operator must be \"and\" or \"or\"", column: 0)
        }
        guard let children = node["children"]?.arrayValue, !children.isEmpty else {
            throw TriggerError(message: "a group needs a non-empty \"children\" array", column: 0)
        }
        var parts: [String] = []
        parts.reserveCapacity(children.count)
        for child in children {
            guard case .object(let c) = child else {
                throw TriggerError(message: "a group's children must be objects", column: 0)
            }
            if c["type"]?.stringValue == "group" {
                parts.append("(" + (try group(c, depth: depth + 1)) + ")")
            } else {
                parts.append(try leafText(c))
            }
        }
        return parts.joined(separator: " \(op) ")
    }

    /// The text of one leaf (`properties.price > 10`).
    static func leafText(_ leaf: JSONObject) throws(TriggerError) -> String {
        guard let typeName = leaf["type"]?.stringValue, let type = ReferenceLeafType(rawValue: typeName) else {
            throw TriggerError(message: "unknown condition type \(leaf["type"]?.serialized() ?? "(missing)")", column: 0)
        }
        guard let opName = leaf["operator"]?.stringValue, let op = ReferenceOperator(rawValue: opName) else {
            throw TriggerError(message: "unknown operator \(leaf["operator"]?.serialized() ?? "(missing)")", column: 0)
        }
        var field = type.eventField
        if type.hasName {
            guard let name = leaf["name"]?.stringValue, !name.isEmpty else {
                throw TriggerError(message: "a \(typeName) condition needs a non-empty \"name\"", column: 0)
            }
            field += "." + escapeFieldPath(name)
        }
        let value = leaf["value"]
        switch op {
        case .contains: return "contains(\(field), \(quote(try text(of: value, for: op))))"
        case .notContains: return "!contains(\(field), \(quote(try text(of: value, for: op))))"
        case .exists: return "\(field) != null"
        case .notExists: return "\(field) = null"
        case .isTrue: return "\(field) = true"
        case .isFalse: return "\(field) = false"
        case .startsWith: return "match(\(field), \(quote(escapeGlob(try text(of: value, for: op)) + "*")))"
        case .notStartsWith: return "!match(\(field), \(quote(escapeGlob(try text(of: value, for: op)) + "*")))"
        case .endsWith: return "match(\(field), \(quote("*" + escapeGlob(try text(of: value, for: op)))))"
        case .notEndsWith: return "!match(\(field), \(quote("*" + escapeGlob(try text(of: value, for: op)))))"
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return "\(field) \(opName) \(try number(of: value, for: op))"
        case .numberEquals: return "\(field) = \(try number(of: value, for: op))"
        case .numberNotEquals: return "\(field) != \(try number(of: value, for: op))"
        case .equal, .notEqual:
            return "\(field) \(opName) \(quote(try text(of: value, for: op)))"
        }
    }

    /// JavaScript `String(value)`.
    static func text(of value: JSON?, for op: ReferenceOperator) throws(TriggerError) -> String {
        switch value {
        case .string(let s)?: return s
        case .number(let n)?: return n.javaScriptText
        case .bool(let b)?: return b ? "true" : "false"
        case .null?: return "null"
        case nil: throw TriggerError(message: "a \(op.rawValue) condition needs a value", column: 0)
        default: throw TriggerError(message: "the value of a \(op.rawValue) condition must be a string, number or boolean", column: 0)
        }
    }

    /// JavaScript `Number(value)` as text; throws when it is not a finite number.
    static func number(of value: JSON?, for op: ReferenceOperator) throws(TriggerError) -> String {
        let d: Double
        switch value {
        case .number(let n)?: return n.javaScriptText
        case .string(let s)?: d = NumberFromText.number(s)
        case .bool(let b)?: d = b ? 1 : 0
        case .null?: d = 0
        case nil: throw TriggerError(message: "a \(op.rawValue) condition needs a value", column: 0)
        default: throw TriggerError(message: "the value of a \(op.rawValue) condition must be a number", column: 0)
        }
        guard d.isFinite else {
            throw TriggerError(message: "the value \(value?.serialized() ?? "") of a \(op.rawValue) condition is not a number", column: 0)
        }
        return JSONNumber.javaScriptText(d)
    }

    /// A double-quoted string literal, escaping `\` and `"`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            if ch == "\"" || ch == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(ch)
        }
        out += "\""
        return out
    }

    /// Escapes the glob characters `* ? [ ] \` so the text matches literally.
    static func escapeGlob(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            if ch == "*" || ch == "?" || ch == "[" || ch == "]" || ch == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// Escapes every character of a field path outside `a-z A-Z 0-9 . _ -` with `\`
    /// (dots are kept: they separate the path's segments).
    static func escapeFieldPath(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            let v = ch.value
            let plain = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x2E || v == 0x5F || v == 0x2D
            if !plain { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// A field path from parsed segments, escaped so it reads back the same.
    static func fieldPath(_ segments: [String]) -> String {
        segments.map { seg in
            var out = ""
            for ch in seg.unicodeScalars {
                let v = ch.value
                let plain = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F || v == 0x2D
                if !plain { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(ch)
            }
            return out
        }.joined(separator: ".")
    }
}
