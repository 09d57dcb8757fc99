import JSONValues

/// What a `map_properties` action does, target path by target path:
/// `{"traits.plan": {"copy": "properties.plan"}, "properties.total": {"to_string": true}}`.
///
/// Each target takes one of `{"set": V}`, `{"copy": "path"}` or `{"move": "path"}`, and
/// optionally `"to_string": true` (numbers, booleans and `null` become their JSON text, a
/// missing value the text `undefined`, as in tsub-js; strings, lists and objects stay as
/// they are). Copies and moves read the event as it was before the action began, so the
/// targets' order does not matter. A target whose parent object does not exist in that
/// event is skipped.
struct PropertyMap: Sendable {
    enum Source: Sendable {
        case set(JSON)
        case copy(DotPath)
        case move(DotPath)
        case none
    }

    struct Entry: Sendable {
        let target: DotPath
        let source: Source
        let toString: Bool
    }

    let entries: [Entry]

    static let keys: Set<String> = ["set", "copy", "move", "to_string"]

    init(json: JSON, at pointer: String) throws(FilterProblem) {
        guard case .object(let o) = json else {
            throw FilterProblem(pointer, "the map is an object of target paths to actions, such as {\"traits.plan\": {\"copy\": \"properties.plan\"}}, not \(json.kindName)")
        }
        var entries: [Entry] = []
        for (target, value) in o {
            let here = JSONPointer.appending(pointer, target)
            guard case .object(let a) = value else {
                throw FilterProblem(here, "a map action is an object with one of set, copy, move and optionally to_string, not \(value.kindName)")
            }
            for (k, _) in a where !PropertyMap.keys.contains(k) {
                throw FilterProblem(JSONPointer.appending(here, k), "unknown map action '\(k)' (known: set, copy, move, to_string)")
            }
            let given = ["set", "copy", "move"].filter { a[$0] != nil }
            guard given.count <= 1 else {
                throw FilterProblem(here, "set, copy and move exclude each other; this action has \(given.joined(separator: " and "))")
            }
            var source = Source.none
            for name in ["copy", "move"] {
                guard let v = a[name] else { continue }
                guard case .string(let path) = v, !path.isEmpty else {
                    throw FilterProblem(JSONPointer.appending(here, name), "'\(name)' is the path to read, a non-empty string")
                }
                source = name == "copy" ? .copy(DotPath(path)) : .move(DotPath(path))
            }
            if let v = a["set"] { source = .set(v) }
            var toString = false
            if let t = a["to_string"] {
                guard case .bool(let b) = t else {
                    throw FilterProblem(JSONPointer.appending(here, "to_string"), "'to_string' is true or false")
                }
                toString = b
            }
            if case .none = source, !toString {
                throw FilterProblem(here, "a map action needs one of set, copy, move or to_string")
            }
            entries.append(Entry(target: DotPath(target), source: source, toString: toString))
        }
        self.entries = entries
    }

    /// Applies every target; returns whether the event changed.
    func apply(to event: inout JSON) -> Bool {
        let before = event
        for entry in entries {
            if let parent = entry.target.parent {
                // tsub-js checks `typeof parent === "object"`: null, lists and objects.
                guard let p = parent.get(before), p.isJavaScriptObject else { continue }
            }
            switch entry.source {
            case .set(let v):
                entry.target.set(v, in: &event)
            case .copy(let from):
                if let v = from.get(before) { entry.target.set(v, in: &event) }
            case .move(let from):
                if let v = from.get(before) { entry.target.set(v, in: &event) }
                from.remove(from: &event)
            case .none:
                break
            }
            if entry.toString {
                switch entry.target.get(event) {
                case nil: entry.target.set("undefined", in: &event)
                case .string?, .array?, .object?: break
                case let v?: entry.target.set(.string(v.stringified), in: &event)
                }
            }
        }
        return event != before
    }

    /// The target paths.
    var summary: String { entries.map(\.target.text).joined(separator: ", ") }
}
