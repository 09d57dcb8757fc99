import DestinationFilters
import JSONValues
import Destinations

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the `destination` kind: loads the definition whose slug the case names from the
/// context's definitions folder, builds an engine for the case's settings and
/// subscription, processes the event and compares the requests (or the error).
///
/// - `action` given: one subscription to that action, with `subscribe` as its trigger
///   (else the action's default trigger) and `mapping` as its complete mapping (else the
///   action's defaults).
/// - no `action`: the definition's presets (or a `subscriptions` list in the case, an
///   extension used by the fixtures under Mappings/tests).
/// - `expectRequests`: the same number of requests in the same order, each with the same
///   method, URL and JSON body; `headers` lists headers that must be present with these
///   values (names compared case-insensitively).
/// - `expectError`: loading (settings, subscriptions) or some subscription must fail with
///   a message containing the text (case-insensitively; `""` accepts any error).
/// - `filters` (a list of destination filters, as in a filters file) and `aliases` (more
///   names for the `integrations` object): fixture extensions; an event they keep out
///   sends no request.
enum DestinationCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        guard let slug = c["destination"]?.stringValue else { return .notRun("the case has no 'destination' slug") }
        let definition: DestinationDefinition
        do {
            definition = try DefinitionCache.shared.definition(slug: slug, in: context.definitionsDirectory ?? "Mappings")
        } catch {
            return .notRun(String(describing: error))
        }
        guard let event = c["event"] else { return .notRun("the case has no 'event'") }
        let settings = c["settings"] ?? .object(JSONObject())

        var subscriptions: [Subscription]?
        if let action = c["action"]?.stringValue {
            subscriptions = [Subscription(name: action, action: action, trigger: c["subscribe"]?.stringValue, mapping: c["mapping"])]
        } else if let list = c["subscriptions"] {
            do { subscriptions = try Subscription.list(from: list) } catch { return .notRun("the case's subscriptions: \(error)") }
        } else if c["subscribe"] != nil || c["mapping"] != nil {
            subscriptions = DestinationEngine.defaultSubscriptions(of: definition).map { s in
                var s = s
                if let t = c["subscribe"]?.stringValue { s.trigger = t }
                if let m = c["mapping"] { s.mapping = m }
                return s
            }
        }

        var filters = FilterSet.none
        if let list = c["filters"] {
            do { filters = try FilterSet(json: list) } catch { return .notRun("the case's filters:\n\(error)") }
        }
        var aliases: [String] = []
        if let list = c["aliases"] {
            guard let names = list.arrayValue?.compactMap(\.stringValue), names.count == list.arrayValue?.count else {
                return .notRun("the case's aliases must be a list of strings")
            }
            aliases = names
        }

        let result: EventResult
        do {
            let engine = try DestinationEngine(definition: definition, settings: settings, subscriptions: subscriptions,
                                               filters: filters, aliases: aliases)
            result = engine.process(event: event)
        } catch {
            return checkError(c, message: error.description, requests: nil)
        }
        if c["expectError"] != nil {
            return checkError(c, message: result.failures.isEmpty ? nil : result.failures.map(\.message).joined(separator: "\n"), requests: result.requests)
        }
        if !result.failures.isEmpty {
            return .failed("unexpected error: " + result.failures.map { "\($0.subscription): \($0.message)" }.joined(separator: "\n"))
        }
        guard let expected = c["expectRequests"]?.arrayValue else { return .notRun("the case has no 'expectRequests' or 'expectError'") }
        return compare(expected: expected, actual: result.requests)
    }

    static func checkError(_ c: ConformanceCase, message: String?, requests: [DestinationRequest]?) -> CaseOutcome {
        guard let wanted = c["expectError"] else {
            return .failed("unexpected error: \(message ?? "")")
        }
        let fragment = wanted.stringValue ?? ""
        guard let message else {
            let sent = (requests ?? []).map { $0.jsonValue.serialized() }.joined(separator: "\n")
            return .failed("expected an error containing \"\(fragment)\" but there was none; requests: \(sent.isEmpty ? "none" : sent)")
        }
        if fragment.isEmpty || message.lowercased().contains(fragment.lowercased()) { return .passed }
        return .failed("expected an error containing \"\(fragment)\" but the error was: \(message)")
    }

    static func compare(expected: [JSON], actual: [DestinationRequest]) -> CaseOutcome {
        var lines: [String] = []
        if expected.count != actual.count {
            lines.append("expected \(expected.count) request(s), got \(actual.count)")
            for r in actual { lines.append("  sent: \(r.jsonValue.serialized())") }
            return .failed(lines.joined(separator: "\n"))
        }
        for (i, (e, a)) in zip(expected, actual).enumerated() {
            let prefix = "request \(i)"
            if let m = e["method"]?.stringValue, m.uppercased() != a.method { lines.append("\(prefix): method expected \(m), got \(a.method)") }
            if let u = e["url"]?.stringValue, u != a.url { lines.append("\(prefix): url expected \(u), got \(a.url)") }
            if let headers = e["headers"]?.objectValue {
                for (name, value) in headers {
                    let found = a.headers.first { $0.key.lowercased() == name.lowercased() }
                    if let found {
                        if found.value != value { lines.append("\(prefix): header \(name) expected \(value.serialized()), got \(found.value.serialized())") }
                    } else {
                        lines.append("\(prefix): header \(name) missing (expected \(value.serialized()))")
                    }
                }
            }
            let wantedBody = e["json"]
            switch (wantedBody, a.json) {
            case (nil, nil): break
            case (let w?, nil): lines.append("\(prefix): expected json \(w.serialized()), got no body")
            case (nil, let g?): lines.append("\(prefix): expected no body, got \(g.serialized())")
            case (let w?, let g?):
                for d in JSONDiff.lines(expected: w, actual: g) { lines.append("\(prefix) json \(d)") }
            }
        }
        return lines.isEmpty ? .passed : .failed(lines.joined(separator: "\n"))
    }
}

/// Definitions loaded once per run, found by slug in a folder (`<dir>/<slug>.json`, else
/// any top-level `*.json` there whose `slug` matches). Shared by all cases; guarded by a
/// lock.
final class DefinitionCache: @unchecked Sendable {
    static let shared = DefinitionCache()

    private var lock = pthread_mutex_t()
    private var loaded: [String: Result<DestinationDefinition, RunnerError>] = [:]

    init() { pthread_mutex_init(&lock, nil) }

    func definition(slug: String, in directory: String) throws -> DestinationDefinition {
        let key = directory + "\u{0}" + slug
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let r = loaded[key] { return try r.get() }
        let r = DefinitionCache.load(slug: slug, in: directory)
        loaded[key] = r
        return try r.get()
    }

    static func load(slug: String, in directory: String) -> Result<DestinationDefinition, RunnerError> {
        var candidates = [directory + "/" + slug + ".json"]
        if let files = try? FileIO.listFiles(under: directory) {
            candidates += files.filter { $0.hasSuffix(".json") && !$0.dropFirst(directory.count + 1).contains("/") }
        }
        for path in candidates where FileIO.exists(path) {
            guard let bytes = try? FileIO.readAll(path: path), let doc = try? JSONParser.parse(bytes),
                  doc["slug"]?.stringValue == slug else { continue }
            do {
                return .success(try DestinationDefinition(json: doc))
            } catch {
                return .failure(RunnerError("\(path): the definition has problems:\n\(error.description)"))
            }
        }
        return .failure(RunnerError("no definition with slug '\(slug)' in \(directory)"))
    }
}
