import JSONValues
import MappingKit

/// A request that cannot be built for one event (its URL is not a string, a header is an
/// object, a mapping failed).
struct RequestBuildError: Error, Sendable {
    let message: String
}

/// An action's request template with everything that depends only on the settings
/// already resolved.
struct ResolvedRequest: Sendable {
    enum Part: Sendable {
        /// Resolved once: a value, or `nil` for absent.
        case fixed(JSON?)
        /// Evaluated for each event.
        case perEvent(Mapping)
    }

    enum Outcome {
        case request(method: String, url: String, headers: JSONObject, json: JSON?)
        case skipped(String)
    }

    let method: String
    let url: Part
    let fixedURL: String?
    let headers: [(name: String, value: Part)]
    /// All headers, when none depends on the payload.
    let fixedHeaders: JSONObject?
    let json: Mapping?
    let skipIfEmpty: Mapping?
    let addContentType: Bool
    let batch: BatchRule?

    init(_ template: RequestTemplate, settings: JSON) throws(RequestBuildError) {
        let settingsOnly: JSON = .object(["settings": settings])
        func resolve(_ t: ValueTemplate, _ what: String) throws(RequestBuildError) -> Part {
            if let c = t.mapping.constantValue { return .fixed(c) }
            if t.readsPayload { return .perEvent(t.mapping) }
            do {
                return .fixed(try t.mapping.evaluate(settingsOnly))
            } catch {
                throw RequestBuildError(message: "\(what): \(error)")
            }
        }
        method = template.method
        url = try resolve(template.url, "url")
        if case .fixed(let u) = url {
            guard let s = u?.stringValue else {
                throw RequestBuildError(message: "the url must resolve to a string, got \(u?.kindName ?? "nothing")")
            }
            fixedURL = s
        } else {
            fixedURL = nil
        }
        var hs: [(name: String, value: Part)] = []
        var allFixed = true
        var fixed = JSONObject()
        for (name, value) in template.headers {
            let part = try resolve(value, "header \(name)")
            hs.append((name, part))
            switch part {
            case .fixed(let v):
                if let s = try ResolvedRequest.headerValue(v, name: name) { fixed.appendUnchecked(name, .string(s)) }
            case .perEvent:
                allFixed = false
            }
        }
        let hasContentType = template.headers.contains { $0.name.lowercased() == "content-type" }
        addContentType = template.json != nil && !hasContentType
        if addContentType { fixed.appendUnchecked("Content-Type", "application/json") }
        headers = hs
        fixedHeaders = allFixed ? fixed : nil
        json = template.json?.mapping
        skipIfEmpty = template.skipIfEmpty?.mapping
        batch = template.batch
    }

    /// A header's text: strings as they are, numbers and booleans as JavaScript prints
    /// them; absent or null leaves the header out.
    static func headerValue(_ v: JSON?, name: String) throws(RequestBuildError) -> String? {
        switch v {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case .number(let n)?: return n.javaScriptText
        case .bool(let b)?: return b ? "true" : "false"
        case let other?: throw RequestBuildError(message: "header \(name) must resolve to a string, got \(other.kindName)")
        }
    }

    func build(payload: JSON, settings: JSON) throws -> Outcome {
        var input = JSONObject(minimumCapacity: 3)
        input.appendUnchecked("payload", payload)
        input.appendUnchecked("settings", settings)
        let inputJSON = JSON.object(input)
        let urlString: String
        if let fixedURL {
            urlString = fixedURL
        } else if case .perEvent(let m) = url {
            guard let s = try m.evaluate(inputJSON)?.stringValue else {
                throw RequestBuildError(message: "the url did not resolve to a string")
            }
            urlString = s
        } else {
            throw RequestBuildError(message: "the url did not resolve to a string")
        }
        var headerObject: JSONObject
        if let fixedHeaders {
            headerObject = fixedHeaders
        } else {
            headerObject = JSONObject(minimumCapacity: headers.count + 1)
            for (name, part) in headers {
                let v: JSON?
                switch part {
                case .fixed(let f): v = f
                case .perEvent(let m): v = try m.evaluate(inputJSON)
                }
                if let s = try ResolvedRequest.headerValue(v, name: name) { headerObject.appendUnchecked(name, .string(s)) }
            }
            if addContentType { headerObject.appendUnchecked("Content-Type", "application/json") }
        }
        let body = try json?.evaluate(inputJSON)
        if let skipIfEmpty {
            var skipInput = input
            if let body { skipInput.appendUnchecked("json", body) }
            let v = try skipIfEmpty.evaluate(.object(skipInput))
            switch v {
            case .array(let a)? where a.isEmpty: return .skipped("skipIfEmpty resolved to an empty array")
            case .object(let o)? where o.isEmpty: return .skipped("skipIfEmpty resolved to an empty object")
            case .string(let s)? where s.isEmpty: return .skipped("skipIfEmpty resolved to an empty string")
            default: break
            }
        }
        return .request(method: method, url: urlString, headers: headerObject, json: body)
    }
}
