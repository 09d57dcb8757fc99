import JSONValues

/// A filter condition in tsub's intermediate representation: the JSON form Segment
/// stores a destination filter's FQL in, and tsub-js evaluates.
///
/// A bare string is a dot path into the event, `{"value": V}` a literal (a list literal's
/// elements are terms themselves), and an array an operation `[operator, operands…]`:
/// `and`, `or`, `!`, `=`, `!=`, `<`, `<=`, `>`, `>=`, `in`, `contains`, `match`,
/// `lowercase`, `length`, `typeof`.
///
/// ```swift
/// let c = try IRCondition(json: ["=", "type", ["value": "track"]])
/// c.matches(["type": "track"])   // true
/// ```
///
/// Values follow tsub-js (see docs/destination-filters.md): `=` is strict (`1` is not
/// `"1"`; lists and objects are compared by their JSON text), `typeof` gives JavaScript's
/// names, `length` counts UTF-16 units, and an event passes only when the result is the
/// boolean `true`.
public struct IRCondition: Sendable {
    let term: IRTerm
    /// The IR as given.
    public let json: JSON

    /// Compiles an IR value; throws a ``FilterProblem`` located inside it.
    public init(json: JSON) throws(FilterProblem) {
        self.init(json: json, term: try IRCompiler().term(json, at: ""))
    }

    init(json: JSON, term: IRTerm) {
        self.json = json
        self.term = term
    }

    /// Compiles an IR held as JSON text, as tsub's matchers carry it. Empty text is a
    /// condition no event passes (as in tsub-js).
    public init(text: String) throws(FilterProblem) {
        if text.isEmpty {
            self.init(json: .string(""), term: .constant(.false))
            return
        }
        let parsed: JSON
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            throw FilterProblem("", "the IR is not JSON text: \(error)")
        }
        try self.init(json: parsed)
    }

    /// Whether `event` passes: the condition evaluates to the boolean `true`.
    public func matches(_ event: JSON) -> Bool {
        if case .json(.bool(true)) = term.value(event) { return true }
        return false
    }
}
