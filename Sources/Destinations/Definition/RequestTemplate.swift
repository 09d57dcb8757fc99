import JSONValues
import MappingKit

/// The request an action sends, as data: method, URL, headers and JSON body, each a
/// mapping evaluated over `{ "payload": <validated payload>, "settings": <settings> }`,
/// and an optional `skipIfEmpty` test.
///
/// ```json
/// "request": {
///   "method": "POST",
///   "url": { "@template": "https://api.{{settings.stack}}.antavo.com/v1/webhook/segment" },
///   "headers": { "Authorization": { "@template": "Bearer {{settings.api_key}}" } },
///   "json": { "events": [ { "@path": "$.payload" } ] },
///   "skipIfEmpty": { "@path": "$.json.events" }
/// }
/// ```
public struct RequestTemplate: Sendable {
    /// The HTTP method, upper case.
    public let method: String
    /// The URL (must resolve to a string).
    public let url: ValueTemplate
    /// Header name → value (a value resolving to nothing leaves the header out).
    public let headers: [(name: String, value: ValueTemplate)]
    /// The JSON body, if any.
    public let json: ValueTemplate?
    /// Evaluated over `{ "payload", "settings", "json" }` (the built body) after the body:
    /// when it resolves to an empty array, empty object or empty string, the request is
    /// not sent (the event is not an error).
    public let skipIfEmpty: ValueTemplate?
    /// How requests of this action may be merged when they are delivered (see ``BatchRule``).
    public let batch: BatchRule?

    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    static let knownKeys: Set<ExactKey> = ["method", "url", "headers", "json", "skipIfEmpty", "batch"]

    /// Reads an action's `request`, with the destination-level `request` defaults.
    static func parse(_ json: JSON, at pointer: String, defaults: JSON?, problems: inout ProblemList) -> RequestTemplate? {
        guard let o = json.objectValue else {
            problems.add(pointer, "'request' must be an object with 'method', 'url' and optionally 'headers', 'json', 'skipIfEmpty'")
            return nil
        }
        for (k, _) in o where !knownKeys.contains(exactly: k) {
            problems.add(JSONPointer.appending(pointer, k), "unknown request property '\(k)' (allowed: \(knownKeys.sortedList))")
        }
        let before = problems.items.count
        // Method: the action's, else the destination's.
        var method: String?
        let methodSource = o["method"] != nil ? (o["method"], JSONPointer.appending(pointer, "method")) : (defaults?["method"], "/request/method")
        if let m = methodSource.0 {
            if let s = m.stringValue, methods.contains(s.uppercased()) {
                method = s.uppercased()
            } else {
                problems.add(methodSource.1, "the method must be one of \(methods.sorted().joined(separator: ", "))")
            }
        } else {
            problems.add(pointer, "the request has no 'method' (set it here or in the destination's 'request')")
        }
        // URL.
        var url: ValueTemplate?
        if let u = o["url"] ?? defaults?["url"] {
            let p = o["url"] != nil ? JSONPointer.appending(pointer, "url") : "/request/url"
            if let m = MappingCompiler.compile(u, at: p, problems: &problems) { url = ValueTemplate(m) }
        } else {
            problems.add(pointer, "the request has no 'url'")
        }
        // Headers: the destination's, then the action's (same name, case-insensitively, replaces).
        var headers: [(name: String, value: ValueTemplate)] = []
        func addHeaders(_ h: JSON?, at p: String) {
            guard let h else { return }
            guard let ho = h.objectValue else {
                problems.add(p, "'headers' must be an object of header name → value mapping")
                return
            }
            for (name, value) in ho {
                let hp = JSONPointer.appending(p, name)
                if name.isEmpty || name.utf8.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: ":") || $0 >= 0x7F }) {
                    problems.add(hp, "'\(name)' is not a valid header name")
                    continue
                }
                guard let m = MappingCompiler.compile(value, at: hp, problems: &problems) else { continue }
                headers.removeAll { $0.name.lowercased() == name.lowercased() }
                headers.append((name, ValueTemplate(m)))
            }
        }
        addHeaders(defaults?["headers"], at: "/request/headers")
        addHeaders(o["headers"], at: JSONPointer.appending(pointer, "headers"))
        var body: ValueTemplate?
        if let j = o["json"], let m = MappingCompiler.compile(j, at: JSONPointer.appending(pointer, "json"), problems: &problems) {
            body = ValueTemplate(m)
        }
        var skip: ValueTemplate?
        if let s = o["skipIfEmpty"], let m = MappingCompiler.compile(s, at: JSONPointer.appending(pointer, "skipIfEmpty"), problems: &problems) {
            skip = ValueTemplate(m)
        }
        var batch: BatchRule?
        if let b = o["batch"] {
            let p = JSONPointer.appending(pointer, "batch")
            switch BatchRule.parse(b) {
            case .success(let rule):
                batch = rule
                if let j = o["json"], j.objectValue?[rule.array] == nil {
                    problems.add(p + "/array", "the request's 'json' has no top-level key '\(rule.array)' to collect items in")
                }
            case .failure(let e):
                problems.add(p + e.pointer, e.message)
            }
        }
        guard problems.items.count == before, let method, let url else { return nil }
        return RequestTemplate(method: method, url: url, headers: headers, json: body, skipIfEmpty: skip, batch: batch)
    }

    static let defaultKnownKeys: Set<String> = ["method", "url", "headers"]
}
