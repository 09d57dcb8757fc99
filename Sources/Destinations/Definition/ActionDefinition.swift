import JSONValues
import MappingKit
import Triggers

/// One action of a destination: its fields, default trigger and default mapping, and the
/// request it sends.
public struct ActionDefinition: Sendable {
    /// The action's key in the definition's `actions` object (`purchase`).
    public let key: String
    /// The display title.
    public let title: String
    /// What the action does.
    public let description: String?
    /// The trigger a subscription gets when it does not give one.
    public let defaultTrigger: String?
    /// The fields of the payload, in order.
    public let fields: [FieldSpec]
    /// The mapping made of the fields' defaults (`defaultValues(fields)` in Segment).
    public let defaultMapping: JSON
    /// The request sent for each validated payload.
    public let request: RequestTemplate
    /// The payload validator built from ``fields``.
    public let validator: PayloadValidator

    static let knownKeys: Set<ExactKey> = ["title", "description", "defaultTrigger", "fields", "request"]

    static func parse(
        key: String, _ json: JSON, at pointer: String, requestDefaults: JSON?, problems: inout ProblemList
    ) -> ActionDefinition? {
        guard let o = json.objectValue else {
            problems.add(pointer, "an action must be an object, not \(json.kindName)")
            return nil
        }
        let before = problems.items.count
        for (k, _) in o where !knownKeys.contains(exactly: k) {
            problems.add(JSONPointer.appending(pointer, k), "unknown action property '\(k)' (allowed: \(knownKeys.sortedList))")
        }
        var title = key
        if let t = o["title"] {
            if let s = t.stringValue { title = s } else { problems.add(JSONPointer.appending(pointer, "title"), "'title' must be a string") }
        } else {
            problems.add(pointer, "the action has no 'title'")
        }
        let description = o["description"]?.stringValue
        if let d = o["description"], d.stringValue == nil { problems.add(JSONPointer.appending(pointer, "description"), "'description' must be a string") }
        var defaultTrigger: String?
        if let t = o["defaultTrigger"] {
            let p = JSONPointer.appending(pointer, "defaultTrigger")
            if let s = t.stringValue {
                if TriggerCompiler.compile(s, at: p, problems: &problems) != nil { defaultTrigger = s }
            } else {
                problems.add(p, "'defaultTrigger' must be a trigger string")
            }
        }
        var fields: [FieldSpec] = []
        if let f = o["fields"] {
            fields = FieldSpec.parseFields(f, at: JSONPointer.appending(pointer, "fields"), problems: &problems)
        } else {
            problems.add(pointer, "the action has no 'fields'")
        }
        // Each field's default must be a valid mapping; together they are the default mapping.
        var defaults = JSONObject()
        for f in fields {
            guard let d = f.defaultValue else { continue }
            let p = JSONPointer.appending(JSONPointer.appending(JSONPointer.appending(pointer, "fields"), f.key), "default")
            _ = MappingCompiler.compile(d, at: p, problems: &problems)
            defaults.appendUnchecked(f.key, d)
        }
        var request: RequestTemplate?
        if let r = o["request"] {
            request = RequestTemplate.parse(r, at: JSONPointer.appending(pointer, "request"), defaults: requestDefaults, problems: &problems)
        } else {
            problems.add(pointer, "the action has no 'request'")
        }
        guard problems.items.count == before, let request else { return nil }
        return ActionDefinition(
            key: key, title: title, description: description, defaultTrigger: defaultTrigger,
            fields: fields, defaultMapping: .object(defaults), request: request,
            validator: PayloadValidator(fields: fields)
        )
    }
}

/// Compiles triggers, turning errors into located problems.
enum TriggerCompiler {
    static func compile(_ source: String, at pointer: String, problems: inout ProblemList) -> Trigger? {
        do {
            return try Trigger(source)
        } catch let e as TriggerError {
            problems.add(pointer, "invalid trigger: \(e.message) (column \(e.column))")
        } catch {
            problems.add(pointer, "invalid trigger: \(error)")
        }
        return nil
    }
}
