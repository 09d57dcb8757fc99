import JSONValues

/// Keeps secrets out of what delivery stores (dead letters) and puts them back when a
/// stored request is resent.
///
/// - A known secret (a `password` setting) is written as `[secret:NAME]`, NAME being the
///   setting's key, wherever it occurs: header values, body strings, response text.
/// - A credential header (`Authorization`, `Proxy-Authorization`, `Cookie`, or a name
///   containing `key`, `token`, `secret`, `password`, `auth`, `signature`) that still holds
///   text no known secret explains is written as `[redacted]`.
///
/// ``restore(_:settings:headers:)`` reverses the first from a settings object and lets
/// explicit header values replace the second.
public struct SecretMask: Sendable {
    /// What a credential header's unexplained value becomes.
    public static let redactedHeader = "[redacted]"

    let secrets: [(name: String, value: String)]

    /// A mask for these named secrets (empty values are ignored; longer ones first).
    public init(secrets: [(name: String, value: String)] = []) {
        self.secrets = secrets.filter { !$0.value.isEmpty }.sorted { $0.value.utf8.count > $1.value.utf8.count }
    }

    /// This mask and `more`, each of those also in the form it takes inside a JSON string
    /// (a response that echoes a secret with a quote or a backslash in it escapes them).
    func adding(_ more: [(name: String, value: String)]) -> SecretMask {
        guard !more.isEmpty else { return self }
        var all = secrets
        for (name, value) in more {
            all.append((name, value))
            let escaped = SecretMask.jsonEscaped(value)
            if escaped != value { all.append((name, escaped)) }
        }
        return SecretMask(secrets: all)
    }

    /// The text a `[secret:NAME]` placeholder stands for: the setting's string, or its
    /// number as JavaScript writes it; `nil` for other values.
    static func settingText(_ value: JSON) -> String? {
        value.stringValue ?? value.numberValue.map { $0.javaScriptText }
    }

    /// `value` as it appears inside a serialized JSON string (without the quotes).
    static func jsonEscaped(_ value: String) -> String {
        var b: [UInt8] = []
        JSONSerializer.write(.string(value), into: &b)
        return String(decoding: b.dropFirst().dropLast(), as: UTF8.self)
    }

    static func placeholder(_ name: String) -> String { "[secret:\(name)]" }

    /// The credentials `headers` carry, named after their header: each credential header's
    /// value, and after its scheme (`Bearer …`) its token alone (without surrounding
    /// spaces; omitted when empty). What a vendor's text may quote back.
    static func credentialTexts(in headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        for (name, value) in headers where isCredentialHeader(name) {
            out.append((name, value))
            if let space = value.firstIndex(of: " ") {
                var token = value[value.index(after: space)...]
                while token.first == " " { token = token.dropFirst() }
                while token.last == " " { token = token.dropLast() }
                if !token.isEmpty { out.append((name, String(token))) }
            }
        }
        return out
    }

    /// Whether a header of this name carries credentials.
    public static func isCredentialHeader(_ name: String) -> Bool {
        let n = name.lowercased()
        if n == "authorization" || n == "proxy-authorization" || n == "cookie" { return true }
        return ["key", "token", "secret", "password", "auth", "signature"].contains { n.contains($0) }
    }

    /// `text` with every known secret replaced by its placeholder.
    public func mask(_ text: String) -> String {
        var out = text
        for (name, value) in secrets where out.contains(value) {
            out = out.replacingAll(value, with: SecretMask.placeholder(name))
        }
        return out
    }

    /// The headers as stored: secrets as placeholders, other credentials redacted.
    public func mask(headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        headers.map { (name, value) in
            let masked = mask(value)
            if masked == value && SecretMask.isCredentialHeader(name) { return (name, SecretMask.redactedHeader) }
            return (name, masked)
        }
    }

    /// A JSON value with secrets masked in every string and key.
    public func mask(_ value: JSON) -> JSON {
        guard !secrets.isEmpty else { return value }
        switch value {
        case .string(let s): return .string(mask(s))
        case .array(let a): return .array(a.map(mask))
        case .object(let o):
            var out = JSONObject(minimumCapacity: o.count)
            for (k, v) in o { out[mask(k)] = mask(v) }
            return .object(out)
        default: return value
        }
    }

    /// A stored request made sendable again: placeholders replaced by the settings' values,
    /// then `headers` set (replacing same-named headers, case-insensitively). Throws with
    /// the first header or body text still masked.
    public static func restore(_ request: DeliveryRequest, settings: JSONObject?, headers overrides: [(name: String, value: String)]) throws(MaskedValueError) -> DeliveryRequest {
        var r = request
        func fill(_ s: String) -> String {
            guard let settings, s.contains("[secret:") else { return s }
            var out = s
            for (k, v) in settings {
                guard let text = settingText(v) else { continue }
                let p = placeholder(k)
                if out.contains(p) { out = out.replacingAll(p, with: text) }
            }
            return out
        }
        func fill(_ j: JSON) -> JSON {
            switch j {
            case .string(let s): return .string(fill(s))
            case .array(let a): return .array(a.map(fill))
            case .object(let o):
                var out = JSONObject(minimumCapacity: o.count)
                for (k, v) in o { out[fill(k)] = fill(v) }
                return .object(out)
            default: return j
            }
        }
        r.headers = r.headers.map { ($0.name, fill($0.value)) }
        for (name, value) in overrides {
            r.headers.removeAll { $0.name.lowercased() == name.lowercased() }
            r.headers.append((name, value))
        }
        r.url = fill(r.url)
        if let json = r.json { r.json = fill(json) }
        for (name, value) in r.headers where value == redactedHeader || value.contains("[secret:") {
            throw MaskedValueError(message: "header \(name) was masked when it was stored; give its value with --header '\(name)=…'\(value.contains("[secret:") ? " or the settings it came from with --settings FILE" : "")")
        }
        if r.url.contains("[secret:") || (r.json.map(containsPlaceholder) ?? false) {
            throw MaskedValueError(message: "the request holds a masked secret ([secret:…]); give the settings it came from with --settings FILE")
        }
        return r
    }

    static func containsPlaceholder(_ j: JSON) -> Bool {
        switch j {
        case .string(let s): return s.contains("[secret:")
        case .array(let a): return a.contains(where: containsPlaceholder)
        case .object(let o): return o.contains { $0.key.contains("[secret:") || containsPlaceholder($0.value) }
        default: return false
        }
    }
}

/// A stored request that still holds a masked secret and so cannot be resent as it is.
public struct MaskedValueError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension String {
    /// Every occurrence of `target` replaced (byte-wise, left to right).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
