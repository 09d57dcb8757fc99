import JSONValues
import MappingKit
import Triggers

/// A destination defined as data: its settings, actions and presets, loaded from a JSON
/// file (see docs/definition-format.md and docs/definition.schema.json) and compiled once.
///
/// ```swift
/// let definition = try DestinationDefinition(parsing: bytes)   // every problem, with pointers
/// let engine = try DestinationEngine(definition: definition, settings: ["api_key": "…"])
/// let result = engine.process(event: event)
/// ```
public struct DestinationDefinition: Sendable {
    /// The display name (`Topsort`).
    public let name: String
    /// The slug (`actions-topsort`).
    public let slug: String
    /// What the destination does.
    public let description: String?
    /// The settings a user gives (API keys and options), in order.
    public let settings: [FieldSpec]
    /// The actions by key, in definition order.
    public let actions: [ActionDefinition]
    /// The suggested subscriptions.
    public let presets: [Preset]

    /// The action with key `key`.
    public func action(_ key: String) -> ActionDefinition? { actions.first { ExactText.equal($0.key, key) } }

    static let knownKeys: Set<ExactKey> = ["$schema", "name", "slug", "description", "settings", "request", "presets", "actions"]

    /// Loads a definition from its JSON text; throws ``LoadError`` with every problem.
    public init(parsing bytes: [UInt8]) throws(LoadError) {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch let e as JSONParseError {
            throw LoadError([Problem(.definition, "", "not valid JSON: \(e)")])
        } catch {
            throw LoadError([Problem(.definition, "", "not valid JSON: \(error)")])
        }
        try self.init(json: json)
    }

    /// Loads a definition from a parsed document; throws ``LoadError`` with every problem.
    public init(json: JSON) throws(LoadError) {
        var problems = ProblemList(.definition)
        guard let o = json.objectValue else {
            throw LoadError([Problem(.definition, "", "a definition must be an object, not \(json.kindName)")])
        }
        for (k, _) in o where !DestinationDefinition.knownKeys.contains(exactly: k) {
            problems.add(JSONPointer.appending("", k), "unknown property '\(k)' (allowed: \(DestinationDefinition.knownKeys.sortedList))")
        }
        func requiredString(_ key: String) -> String {
            guard let v = o[key] else { problems.add("", "the definition has no '\(key)'"); return "" }
            guard let s = v.stringValue, !s.isEmpty else { problems.add("/\(key)", "'\(key)' must be a non-empty string"); return "" }
            return s
        }
        let name = requiredString("name")
        let slug = requiredString("slug")
        if let d = o["description"], d.stringValue == nil { problems.add("/description", "'description' must be a string") }

        var settings: [FieldSpec] = []
        if let s = o["settings"] {
            settings = FieldSpec.parseFields(s, at: "/settings", problems: &problems, isSetting: true)
            for f in settings where f.type == .object || f.type == .datetime {
                problems.add("/settings/\(JSONPointer.escape(f.key))/type", "a setting must be a string, password, text, number, integer or boolean")
            }
        }

        var requestDefaults: JSON?
        if let r = o["request"] {
            if let ro = r.objectValue {
                for (k, _) in ro where !RequestTemplate.defaultKnownKeys.contains(k) {
                    problems.add(JSONPointer.appending("/request", k), "unknown property '\(k)' (the destination-level request may set method, url, headers)")
                }
                requestDefaults = r
            } else {
                problems.add("/request", "'request' must be an object")
            }
        }

        var actions: [ActionDefinition] = []
        if let a = o["actions"] {
            if let ao = a.objectValue, !ao.isEmpty {
                for (key, value) in ao {
                    let p = JSONPointer.appending("/actions", key)
                    if let action = ActionDefinition.parse(key: key, value, at: p, requestDefaults: requestDefaults, problems: &problems) {
                        actions.append(action)
                    }
                }
            } else {
                problems.add("/actions", "'actions' must be a non-empty object of action key → action")
            }
        } else {
            problems.add("", "the definition has no 'actions'")
        }
        let actionKeys = Set((o["actions"]?.objectValue?.keys ?? []).map { ExactKey($0) })

        var presets: [Preset] = []
        if let p = o["presets"] {
            if let pa = p.arrayValue {
                for (i, item) in pa.enumerated() {
                    let pp = JSONPointer.appending("/presets", i)
                    guard let po = item.objectValue else { problems.add(pp, "a preset must be an object"); continue }
                    for (k, _) in po where !["name", "trigger", "action", "mapping"].contains(k) {
                        problems.add(JSONPointer.appending(pp, k), "unknown preset property '\(k)' (allowed: action, mapping, name, trigger)")
                    }
                    let name = po["name"]?.stringValue
                    if name == nil { problems.add(po["name"] == nil ? pp : pp + "/name", "the preset needs a 'name' string") }
                    let trigger = po["trigger"]?.stringValue
                    if let t = trigger {
                        _ = TriggerCompiler.compile(t, at: pp + "/trigger", problems: &problems)
                    } else {
                        problems.add(po["trigger"] == nil ? pp : pp + "/trigger", "the preset needs a 'trigger' string")
                    }
                    let action = po["action"]?.stringValue
                    if let ac = action {
                        if !actionKeys.contains(exactly: ac) { problems.add(pp + "/action", "no action '\(ac)' in this definition (actions: \(actionKeys.sortedList))") }
                    } else {
                        problems.add(po["action"] == nil ? pp : pp + "/action", "the preset needs an 'action' string")
                    }
                    if let m = po["mapping"] {
                        _ = MappingCompiler.compile(m, at: pp + "/mapping", problems: &problems)
                        if let ac = action, let def = actions.first(where: { ExactText.equal($0.key, ac) }) {
                            MappingChecks.checkFieldKeys(m, of: def, at: pp + "/mapping", problems: &problems)
                        }
                    }
                    if let name, let trigger, let action {
                        presets.append(Preset(name: name, trigger: trigger, action: action, mapping: po["mapping"]))
                    }
                }
            } else {
                problems.add("/presets", "'presets' must be an array")
            }
        }
        if !problems.isEmpty { throw LoadError(problems.items) }
        self.name = name
        self.slug = slug
        self.description = o["description"]?.stringValue
        self.settings = settings
        self.actions = actions
        self.presets = presets
    }
}

/// Checks shared by presets and subscriptions.
enum MappingChecks {
    /// A mapping that is a plain object must only name the action's fields.
    static func checkFieldKeys(_ mapping: JSON, of action: ActionDefinition, at pointer: String, problems: inout ProblemList) {
        guard let o = mapping.objectValue, !o.keys.contains(where: { $0.hasPrefix("@") }) else { return }
        let known = Set(action.fields.map { ExactKey($0.key) })
        for (k, _) in o where !known.contains(exactly: k) {
            problems.add(JSONPointer.appending(pointer, k), "the action '\(action.key)' has no field '\(k)' (fields: \(action.fields.map(\.key).joined(separator: ", ")))")
        }
    }
}
