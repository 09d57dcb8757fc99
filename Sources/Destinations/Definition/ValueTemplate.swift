import JavaScriptRules
import JSONValues
import MappingKit

/// A mapping that is part of a request (URL, a header, the JSON body, a skip test),
/// evaluated over `{ "payload": …, "settings": … }`.
public struct ValueTemplate: Sendable {
    /// The compiled mapping.
    public let mapping: Mapping
    /// Whether the mapping may read the payload. Templates that read only `settings`
    /// are resolved once when an engine is created, not per event.
    public let readsPayload: Bool

    init(_ mapping: Mapping) {
        self.mapping = mapping
        self.readsPayload = ValueTemplate.mayReadPayload(mapping.configuration)
    }

    /// Conservative: any string naming `payload`, `json` or the whole input (`$`, `.`,
    /// an empty path) counts as reading the payload.
    static func mayReadPayload(_ json: JSON, depth: Int = 0) -> Bool {
        if depth > 64 { return true }
        switch json {
        case .string(let s):
            if s.contains("payload") || s.contains("json") { return true }
            let t = JSWhitespace.trim(s)
            return t.isEmpty || t == "$" || t == "$." || t == "." || t.contains("{{}}") || t.contains("{{ }}")
        case .array(let a):
            return a.contains { mayReadPayload($0, depth: depth + 1) }
        case .object(let o):
            for (k, v) in o {
                if k.contains("payload") || k.contains("json") { return true }
                if mayReadPayload(v, depth: depth + 1) { return true }
            }
            return false
        default:
            return false
        }
    }
}
