import JSONValues

/// Why an event does not match: the first condition that failed and what the event held.
enum Explainer {
    /// `nil` when `plan` matches `event`.
    static func explain(_ plan: Plan, _ event: JSON) -> String? {
        switch plan {
        case .all(let items):
            for p in items {
                if let why = explain(p, event) { return why }
            }
            return nil
        case .any(let items):
            var reasons: [String] = []
            for p in items {
                guard let why = explain(p, event) else { return nil }
                reasons.append(why)
            }
            return reasons.joined(separator: "; ")
        case .not(let inner, let text):
            guard inner.matches(event) else { return nil }
            if let (field, value) = firstValue(inner, event) {
                return "\(text) failed: \(field) is \(describe(value))"
            }
            return "\(text) failed: the negated condition holds"
        case .leaf(let c):
            let actual = c.actual(in: event)
            if c.test(actual) { return nil }
            if case .object = event {
                return "\(c.text) failed: \(c.fieldName) is \(describe(actual))"
            }
            return "\(c.text) failed: the event is not an object"
        case .expression(let e, let text):
            if case .bool(true)? = e.evaluate(event) { return nil }
            if let field = e.firstField {
                return "\(text) failed: \(field.text) is \(describe(field.lookup(event)))"
            }
            return "\(text) failed"
        case .constant(let b):
            return b ? nil : "false never matches"
        }
    }

    /// The first field a plan reads and its value in `event`.
    static func firstValue(_ plan: Plan, _ event: JSON) -> (String, JSON?)? {
        switch plan {
        case .all(let items), .any(let items):
            for p in items { if let v = firstValue(p, event) { return v } }
            return nil
        case .not(let inner, _): return firstValue(inner, event)
        case .leaf(let c): return (c.fieldName, c.actual(in: event))
        case .expression(let e, _):
            guard let f = e.firstField else { return nil }
            return (f.text, f.lookup(event))
        case .constant: return nil
        }
    }

    /// A short rendering of a value: `missing`, `null`, or compact JSON (long values cut).
    ///
    /// Only the beginning of a large value is written (an event field of 100 MB, explained
    /// for each of thousands of subscriptions, must not be serialized whole each time).
    static func describe(_ value: JSON?) -> String {
        guard let value else { return "missing" }
        var text = ""
        let complete = preview(value, into: &text)
        if !complete || text.count > 80 { return String(text.prefix(77)) + "..." }
        return text
    }

    /// Characters of JSON text enough to show the first 80 (a Character is at least one
    /// scalar, and ``describe(_:)`` keeps 77).
    private static let previewScalars = 160

    /// Appends the compact JSON text of `value` to `out`, stopping once `out` holds more
    /// than ``previewScalars`` scalars; `false` when it stopped early.
    private static func preview(_ value: JSON, into out: inout String) -> Bool {
        if out.unicodeScalars.count > previewScalars { return false }
        switch value {
        case .string(let s):
            let head = s.unicodeScalars.prefix(previewScalars)
            if head.endIndex == s.unicodeScalars.endIndex {
                out += JSON.string(s).serialized()
                return true
            }
            out += String(JSON.string(String(String.UnicodeScalarView(head))).serialized().dropLast())
            return false
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if !preview(item, into: &out) { return false }
            }
            out += "]"
            return true
        case .object(let members):
            out += "{"
            var first = true
            for (key, member) in members {
                if !first { out += "," }
                first = false
                if !preview(.string(key), into: &out) { return false }
                out += ":"
                if !preview(member, into: &out) { return false }
            }
            out += "}"
            return true
        default:
            out += value.serialized()
            return true
        }
    }
}
