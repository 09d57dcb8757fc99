import JSONValues

/// The keys a `drop_properties` or `allow_properties` action names, by the object they
/// are in: `{"properties": ["email"], "context.device": ["advertisingId"], "": ["userId"]}`.
///
/// A path (`""` is the event itself) leads to an object, whose listed keys are dropped
/// (or whose other keys are, for allow); a path that leads to an array acts on every
/// object in it (`properties.products` with `["price"]` drops each product's price).
/// Listed keys are literal: `["address.city"]` names a key spelled with a dot, not
/// `city` inside `address` (write `{"properties.address": ["city"]}` for that).
struct PropertyFields: Sendable {
    struct Entry: Sendable {
        /// `nil`: the event itself.
        let path: DotPath?
        let keys: [String]
        /// The keys, compared by their bytes (see `ExactText`).
        let keySet: Set<ExactKey>
    }

    let entries: [Entry]

    /// Reads `{path: [key, …], …}`; problems are located under `pointer`.
    init(json: JSON, at pointer: String) throws(FilterProblem) {
        guard case .object(let o) = json else {
            throw FilterProblem(pointer, "the fields are an object of paths to lists of keys, such as {\"properties\": [\"email\"]}, not \(json.kindName)")
        }
        var entries: [Entry] = []
        for (path, value) in o {
            let here = JSONPointer.appending(pointer, path)
            guard case .array(let items) = value else {
                throw FilterProblem(here, "the keys are a list of strings, not \(value.kindName)")
            }
            var keys: [String] = []
            for (i, item) in items.enumerated() {
                guard case .string(let key) = item else {
                    throw FilterProblem(JSONPointer.appending(here, i), "a key is a string, not \(item.kindName)")
                }
                keys.append(key)
            }
            entries.append(Entry(path: path.isEmpty ? nil : DotPath(path), keys: keys, keySet: Set(keys.map { ExactKey($0) })))
        }
        self.entries = entries
    }

    /// Drops the listed keys (`allow` false) or every other key (`allow` true); returns
    /// whether the event changed. An object with nothing to remove is not copied.
    func apply(to event: inout JSON, allow: Bool) -> Bool {
        var changed = false
        for entry in entries {
            func filter(_ value: inout JSON) -> Bool {
                guard case .object(let o) = value else { return false }
                let removes = allow
                    ? o.contains { !entry.keySet.contains(exactly: $0.key) }
                    : entry.keys.contains { o[$0] != nil }
                guard removes else { return false }
                value = .object(o.filter { key, _ in entry.keySet.contains(exactly: key) == allow })
                return true
            }
            func reach(_ target: inout JSON) -> Bool {
                guard case .array(var items) = target else { return filter(&target) }
                var any = false
                for i in items.indices where filter(&items[i]) { any = true }
                if any { target = .array(items) }
                return any
            }
            if let path = entry.path {
                if path.update(&event, reach) { changed = true }
            } else if reach(&event) {
                changed = true
            }
        }
        return changed
    }

    /// `properties.email, context.ip` (a key of the event itself alone).
    var summary: String {
        entries.flatMap { e in e.keys.map { key in e.path.map { "\($0.text).\(key)" } ?? key } }.joined(separator: ", ")
    }
}
