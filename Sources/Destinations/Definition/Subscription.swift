import JSONValues

/// Which events go to which action, with which mapping — one entry of a subscriptions
/// file, or a preset.
///
/// A subscriptions file is either a JSON array of subscriptions or an object
/// `{ "subscriptions": [ … ] }`:
///
/// ```json
/// { "subscriptions": [
///   { "name": "Orders", "action": "purchase",
///     "trigger": "type = \"track\" and event = \"Order Completed\"" },
///   { "name": "Loyalty", "action": "event", "trigger": "type = \"track\"",
///     "mapping": { "customer": { "@path": "$.userId" }, "action": { "@path": "$.event" } } }
/// ] }
/// ```
public struct Subscription: Sendable {
    /// The name reported with each request and error (defaults to the action's title).
    public var name: String?
    /// The action key.
    public var action: String
    /// The trigger text; `nil` means the action's default trigger.
    public var trigger: String?
    /// The complete mapping; `nil` means the action's default mapping.
    public var mapping: JSON?

    public init(name: String? = nil, action: String, trigger: String? = nil, mapping: JSON? = nil) {
        self.name = name
        self.action = action
        self.trigger = trigger
        self.mapping = mapping
    }

    static let knownKeys: Set<ExactKey> = ["name", "action", "trigger", "mapping", "enabled"]

    /// Reads a subscriptions document; throws ``LoadError`` listing every problem.
    /// Entries with `"enabled": false` are left out.
    public static func list(from json: JSON) throws(LoadError) -> [Subscription] {
        var problems = ProblemList(.subscriptions)
        let items: [JSON]
        var base = ""
        if let a = json.arrayValue {
            items = a
        } else if let o = json.objectValue, let a = o["subscriptions"]?.arrayValue {
            items = a
            base = "/subscriptions"
            for (k, _) in o where k != "subscriptions" && k != "$schema" {
                problems.add(JSONPointer.appending("", k), "unknown property '\(k)' (a subscriptions file has 'subscriptions')")
            }
        } else {
            throw LoadError([Problem(.subscriptions, "", "expected an array of subscriptions or an object with a 'subscriptions' array")])
        }
        var out: [Subscription] = []
        for (i, item) in items.enumerated() {
            let p = JSONPointer.appending(base, i)
            guard let o = item.objectValue else {
                problems.add(p, "a subscription must be an object with 'action', 'trigger' and optionally 'name', 'mapping'")
                continue
            }
            for (k, _) in o where !knownKeys.contains(exactly: k) {
                problems.add(JSONPointer.appending(p, k), "unknown subscription property '\(k)' (allowed: \(knownKeys.sortedList))")
            }
            if let e = o["enabled"], e.boolValue == nil { problems.add(JSONPointer.appending(p, "enabled"), "'enabled' must be true or false") }
            if o["enabled"]?.boolValue == false { continue }
            guard let action = o["action"]?.stringValue else {
                problems.add(o["action"] == nil ? p : JSONPointer.appending(p, "action"), "the subscription needs an 'action' (an action key of the definition)")
                continue
            }
            var name: String?
            if let n = o["name"] {
                if let s = n.stringValue { name = s } else { problems.add(JSONPointer.appending(p, "name"), "'name' must be a string") }
            }
            var trigger: String?
            if let t = o["trigger"] {
                if let s = t.stringValue { trigger = s } else { problems.add(JSONPointer.appending(p, "trigger"), "'trigger' must be a trigger string") }
            }
            out.append(Subscription(name: name, action: action, trigger: trigger, mapping: o["mapping"]))
        }
        if !problems.isEmpty { throw LoadError(problems.items) }
        return out
    }
}
