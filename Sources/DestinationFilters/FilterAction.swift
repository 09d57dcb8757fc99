import JSONValues

/// What a destination filter does to the events it applies to.
///
/// Read from a filter's `actions` in the shape of Segment's Public API
/// (``init(json:)``: `{"type": "drop"}`, `{"type": "sample", "percent": 0.1, "path": "userId"}`,
/// `{"type": "drop_properties", "fields": {"properties": ["email"]}}`, …) or from one of
/// tsub's transformers (``init(transformer:)``: `{"type": "sample_event", "config": {…}}`).
public struct FilterAction: Sendable, CustomStringConvertible {
    /// The kinds of action, in the order Segment applies them (``FilterSet``).
    public enum Kind: String, Sendable, CaseIterable {
        case sample
        case drop
        case dropProperties = "drop_properties"
        case allowProperties = "allow_properties"
        case mapProperties = "map_properties"
        /// tsub's `hash_properties`: accepted and ignored, as tsub-js does.
        case hashProperties = "hash_properties"
    }

    enum Operation: Sendable {
        case drop
        /// `path` nil: at random.
        case sample(percent: Double, path: DotPath?)
        case dropProperties(PropertyFields)
        case allowProperties(PropertyFields)
        case mapProperties(PropertyMap)
        case ignored
    }

    let operation: Operation

    init(_ operation: Operation) { self.operation = operation }

    /// Drops the event.
    public static let drop = FilterAction(.drop)

    /// Keeps a share `percent` of events (0.1 keeps 10 %): deterministically by the value
    /// at `path` (see ``ConsistentSampler``), or at random when `path` is `nil` or empty.
    public static func sample(percent: Double, path: String?) -> FilterAction {
        FilterAction(.sample(percent: percent, path: path.flatMap { $0.isEmpty ? nil : DotPath($0) }))
    }

    /// The kind of action.
    public var kind: Kind {
        switch operation {
        case .drop: return .drop
        case .sample: return .sample
        case .dropProperties: return .dropProperties
        case .allowProperties: return .allowProperties
        case .mapProperties: return .mapProperties
        case .ignored: return .hashProperties
        }
    }

    /// `drop`, `sample 10 % by userId`, `drop_properties properties.email, context.ip`, …
    public var description: String {
        switch operation {
        case .drop: return "drop"
        case .sample(let percent, let path):
            return "sample \(FilterAction.percentText(percent)) " + (path.map { "by \($0.text)" } ?? "at random")
        case .dropProperties(let f): return "drop_properties \(f.summary)"
        case .allowProperties(let f): return "allow_properties \(f.summary)"
        case .mapProperties(let m): return "map_properties \(m.summary)"
        case .ignored: return "hash_properties (no effect)"
        }
    }

    /// `10 %` for 0.1 (to a millionth of a point).
    static func percentText(_ share: Double) -> String {
        JSONNumber.javaScriptText((share * 100 * 1e6).rounded() / 1e6) + " %"
    }

    /// For a sample by a path: the value `event` holds there (`nil`: missing) and the
    /// number ``ConsistentSampler`` draws for it, which keeps the event when below the
    /// share asked for. `nil` for other actions and random samples.
    public func sampleDraw(for event: JSON) -> (value: JSON?, draw: Double)? {
        guard case .sample(_, let path?) = operation else { return nil }
        let value = path.get(event)
        return (value, ConsistentSampler.draw(for: value))
    }

    /// What applying an action came to.
    enum Effect: Equatable {
        case unchanged
        case changed
        /// The event is discarded.
        case discarded
    }

    /// Applies the action to `event`.
    func apply(to event: inout JSON, using random: inout some RandomNumberGenerator) -> Effect {
        switch operation {
        case .drop:
            return .discarded
        case .sample(let percent, let path):
            let kept: Bool
            if percent <= 0 {
                kept = false
            } else if percent >= 1 {
                kept = true
            } else if let path {
                kept = ConsistentSampler.keeps(path.get(event), percent: percent)
            } else {
                kept = Double.random(in: 0..<1, using: &random) < percent
            }
            return kept ? .unchanged : .discarded
        case .dropProperties(let f):
            return f.apply(to: &event, allow: false) ? .changed : .unchanged
        case .allowProperties(let f):
            return f.apply(to: &event, allow: true) ? .changed : .unchanged
        case .mapProperties(let m):
            return m.apply(to: &event) ? .changed : .unchanged
        case .ignored:
            return .unchanged
        }
    }
}

extension FilterAction {
    /// The type names a filters file may use, in any letter case: the Public API's and
    /// tsub's.
    static let typeNames: [String: Kind] = [
        "drop": .drop, "sample": .sample, "sample_event": .sample,
        "drop_properties": .dropProperties, "allow_properties": .allowProperties,
        "map_properties": .mapProperties,
    ]

    /// An action in the shape of Segment's Public API: `{"type", "fields"?, "percent"?,
    /// "path"?}` (and `"map"` for `map_properties`, an extension). The type is read in any
    /// letter case (`DROP`, `drop`). An action carrying tsub's `config` is read as one of
    /// tsub's transformers (but not `hash_properties`, which would do nothing). Problems
    /// are located inside the action.
    public init(json: JSON) throws(FilterProblem) {
        guard case .object(let o) = json else {
            throw FilterProblem("", "an action is an object such as {\"type\": \"drop\"}, not \(json.kindName)")
        }
        if o["config"] != nil {
            guard o["type"] != .string("hash_properties") else {
                throw FilterProblem("/type", "hash_properties is not supported: tsub-js ignores it, so the properties would reach the destination unhashed")
            }
            try self.init(transformer: json)
            return
        }
        guard let typeValue = o["type"] else { throw FilterProblem("", "the action has no \"type\"") }
        guard case .string(let typeName) = typeValue, let kind = FilterAction.typeNames[typeName.lowercased()] else {
            throw FilterProblem("/type", "unknown action type \(typeValue.serialized()) (known, in any letter case: drop, sample, drop_properties, allow_properties, map_properties)")
        }
        let allowed: Set<String>
        switch kind {
        case .drop, .hashProperties: allowed = ["type", "id"]
        case .sample: allowed = ["type", "id", "percent", "path"]
        case .dropProperties, .allowProperties: allowed = ["type", "id", "fields"]
        case .mapProperties: allowed = ["type", "id", "map"]
        }
        for (k, _) in o where !allowed.contains(k) {
            throw FilterProblem(JSONPointer.appending("", k), "\(kind.rawValue) takes no '\(k)' (it takes \(allowed.subtracting(["type", "id"]).sorted().joined(separator: ", ").ifEmpty("nothing but its type")))")
        }
        func required(_ key: String) throws(FilterProblem) -> JSON {
            guard let v = o[key] else { throw FilterProblem("", "\(kind.rawValue) needs \"\(key)\"") }
            return v
        }
        switch kind {
        case .drop:
            self.init(.drop)
        case .hashProperties:
            self.init(.ignored)
        case .sample:
            guard case .number(let n) = try required("percent"), n.doubleValue >= 0, n.doubleValue <= 1 else {
                throw FilterProblem("/percent", "'percent' is the share of events to keep, a number from 0 to 1 (0.1 keeps 10 %)")
            }
            var path: DotPath?
            if let p = o["path"] {
                guard case .string(let text) = p else { throw FilterProblem("/path", "'path' is a dot path such as \"userId\"") }
                path = text.isEmpty ? nil : DotPath(text)
            }
            self.init(.sample(percent: n.doubleValue, path: path))
        case .dropProperties:
            self.init(.dropProperties(try PropertyFields(json: try required("fields"), at: "/fields")))
        case .allowProperties:
            self.init(.allowProperties(try PropertyFields(json: try required("fields"), at: "/fields")))
        case .mapProperties:
            self.init(.mapProperties(try PropertyMap(json: try required("map"), at: "/map")))
        }
    }

    /// One of tsub's transformers: `{"type", "config"}` with type `drop`,
    /// `drop_properties` (`config.drop`), `allow_properties` (`config.allow`),
    /// `sample_event` (`config.sample`: `percent`, `path`), `map_properties` (`config.map`)
    /// or `hash_properties` (ignored). A type tsub-js does not know, or a `config` without
    /// the key its type reads, is a problem.
    public init(transformer json: JSON) throws(FilterProblem) {
        guard case .object(let o) = json else {
            throw FilterProblem("", "a transformer is an object {\"type\", \"config\"}, not \(json.kindName)")
        }
        guard case .string(let type)? = o["type"] else { throw FilterProblem("/type", "a transformer needs a \"type\" string") }
        func config(_ key: String) throws(FilterProblem) -> JSON {
            guard case .object(let c)? = o["config"] else {
                throw FilterProblem("/config", "a \(type) transformer needs a \"config\" object with \"\(key)\"")
            }
            guard let v = c[key] else { throw FilterProblem("/config", "a \(type) transformer's config needs \"\(key)\"") }
            return v
        }
        switch type {
        case "drop":
            operation = .drop
        case "drop_properties":
            operation = .dropProperties(try PropertyFields(json: try config("drop"), at: "/config/drop"))
        case "allow_properties":
            operation = .allowProperties(try PropertyFields(json: try config("allow"), at: "/config/allow"))
        case "sample_event":
            guard case .object(let s) = try config("sample") else {
                throw FilterProblem("/config/sample", "'sample' is an object {\"percent\", \"path\"}")
            }
            guard case .number(let n)? = s["percent"] else {
                throw FilterProblem("/config/sample/percent", "'percent' is the share of events to keep, a number (0.1 keeps 10 %)")
            }
            var path: DotPath?
            switch s["path"] {
            case nil, .null?: break
            case .string(let text)?: path = text.isEmpty ? nil : DotPath(text)
            default: throw FilterProblem("/config/sample/path", "'path' is a dot path such as \"userId\"")
            }
            operation = .sample(percent: n.doubleValue, path: path)
        case "map_properties":
            operation = .mapProperties(try PropertyMap(json: try config("map"), at: "/config/map"))
        case "hash_properties":
            operation = .ignored
        default:
            throw FilterProblem("/type", "transformer type \"\(type)\" is unsupported (known: drop, drop_properties, allow_properties, sample_event, map_properties, hash_properties)")
        }
    }
}

extension String {
    fileprivate func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
