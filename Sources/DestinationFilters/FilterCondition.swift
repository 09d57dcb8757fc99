import JSONValues
import Triggers

/// When a destination filter applies: FQL text (the trigger language, see
/// docs/trigger-language.md), tsub's intermediate representation (see ``IRCondition``), or
/// `all`.
///
/// ```swift
/// try FilterCondition(json: "contains(properties.email, '@example.com')")   // FQL text
/// try FilterCondition(json: ["contains", "properties.email", ["value": "@example.com"]])   // IR
/// try FilterCondition(json: "all")                                          // every event
/// ```
public struct FilterCondition: Sendable, CustomStringConvertible {
    enum Kind: Sendable {
        case all
        case trigger(Trigger)
        case ir(IRCondition)
    }

    let kind: Kind

    /// Every event.
    public static let all = FilterCondition(kind: .all)

    init(kind: Kind) { self.kind = kind }

    /// FQL text; `all` (Segment's word for "every event") matches every event.
    public init(fql text: String) throws(FilterProblem) {
        if text.split(whereSeparator: \.isWhitespace) == ["all"] {
            kind = .all
            return
        }
        do {
            kind = .trigger(try Trigger(compiling: text))
        } catch {
            throw FilterProblem("", "not a valid FQL condition: \(error)")
        }
    }

    /// A condition in tsub's intermediate representation, as a JSON value.
    public init(ir: JSON) throws(FilterProblem) {
        kind = .ir(try IRCondition(json: ir))
    }

    /// tsub's matcher object: `{"type": "all"}` or `{"type": "fql", "ir": "<IR as JSON text>"}`
    /// (an empty or missing `ir` matches nothing, as in tsub-js).
    public init(matcher: JSON) throws(FilterProblem) {
        guard case .object(let o) = matcher else {
            throw FilterProblem("", "a matcher is an object {\"type\", \"ir\"}, not \(matcher.kindName)")
        }
        switch o["type"] {
        case .string("all")?:
            kind = .all
        case .string("fql")?:
            guard let ir = o["ir"] else { kind = .ir(try IRCondition(text: "")); return }
            guard case .string(let text) = ir else {
                throw FilterProblem("/ir", "a matcher's \"ir\" is the condition as JSON text, not \(ir.kindName)")
            }
            do {
                kind = .ir(try IRCondition(text: text))
            } catch {
                throw error.located(under: "/ir")
            }
        case let other?:
            throw FilterProblem("/type", "a matcher's type is \"all\" or \"fql\", not \(other.serialized())")
        case nil:
            throw FilterProblem("", "a matcher needs a \"type\" (\"all\" or \"fql\")")
        }
    }

    /// A filter's `if`: a string is FQL text (or `all`); an array, or an object with a
    /// `value`, is the IR; an object with a `type` is tsub's matcher object.
    public init(json: JSON) throws(FilterProblem) {
        switch json {
        case .string(let text):
            try self.init(fql: text)
        case .array:
            try self.init(ir: json)
        case .object(let o) where o["type"] != nil:
            try self.init(matcher: json)
        case .object(let o) where o["value"] != nil:
            try self.init(ir: json)
        default:
            throw FilterProblem("", "a condition is FQL text (a string), the IR (an array such as [\"=\", \"type\", {\"value\": \"track\"}]) or \"all\", not \(json.kindName)")
        }
    }

    /// Whether the filter applies to `event`.
    public func matches(_ event: JSON) -> Bool {
        switch kind {
        case .all: return true
        case .trigger(let t): return t.matches(event)
        case .ir(let c): return c.matches(event)
        }
    }

    /// `all`, the FQL text, or the IR as compact JSON.
    public var description: String {
        switch kind {
        case .all: return "all"
        case .trigger(let t): return t.source
        case .ir(let c): return c.json.serialized()
        }
    }
}
