/// Sends what goes to one origin to another base URL (a sandbox, a local mock, a proxy),
/// keeping the path and query: `https://api.topsort.com=http://127.0.0.1:9000` sends
/// `https://api.topsort.com/v2/events` to `http://127.0.0.1:9000/v2/events`.
public struct Redirect: Sendable, Equatable {
    /// `scheme://host[:port]`, compared case-insensitively.
    public let from: String
    /// The base URL to send to instead (a path in it is put before the request's path).
    public let to: String

    public init(from: String, to: String) {
        var f = from.lowercased()
        while f.hasSuffix("/") { f.removeLast() }
        var t = to
        while t.hasSuffix("/") { t.removeLast() }
        self.from = f
        self.to = t
    }

    /// Reads `ORIGIN=URL`; `nil` when either side is not an absolute http(s) URL.
    public init?(argument: String) {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        let from = String(argument[..<eq]), to = String(argument[argument.index(after: eq)...])
        guard URLParts.origin(of: from) != nil, URLParts.origin(of: to) != nil else { return nil }
        self.init(from: from, to: to)
    }

    /// `url` sent to the new base, or `nil` when it does not go to ``from``.
    public func apply(to url: String) -> String? {
        guard url.utf8.count >= from.utf8.count else { return nil }
        let head = url.prefix(from.count)
        guard head.lowercased() == from else { return nil }
        let rest = url.dropFirst(from.count)
        if let c = rest.first, c != "/" && c != "?" && c != "#" { return nil }
        return to + rest
    }

    /// The first redirect that applies, or the URL unchanged.
    public static func resolve(_ url: String, with redirects: [Redirect]) -> String {
        for r in redirects { if let u = r.apply(to: url) { return u } }
        return url
    }
}

/// Just enough URL reading for delivery: the origin that limits are kept per, and the
/// checks the HTTP client leaves out.
enum URLParts {
    /// `scheme://host:port` in lower case, or `nil` when the text is not an absolute
    /// http(s) URL with a valid port (see ``portProblem(in:)``).
    static func origin(of url: String) -> String? {
        guard let (scheme, authority) = parts(of: url), portProblem(inAuthority: authority) == nil else { return nil }
        return scheme + "://" + authority.lowercased()
    }

    /// The scheme (lower case) and the host and port (userinfo left out) of an absolute
    /// http(s) URL, or `nil`.
    private static func parts(of url: String) -> (scheme: String, authority: Substring)? {
        guard let sep = url.firstRange(of: "://") else { return nil }
        let scheme = url[..<sep.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let afterScheme = url[sep.upperBound...]
        let end = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        var authority = afterScheme[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        return authority.isEmpty ? nil : (scheme, authority)
    }

    /// Why the port of an http(s) URL cannot be connected to (not digits, 0, above
    /// 65535, an IPv6 literal without its `]`), or `nil` when it can (or the URL names
    /// none). The HTTP client does not check: it stops the process on a port above
    /// 65535 with an IP-literal host, and cuts one with a host name to 16 bits, which
    /// sends the request to another port.
    static func portProblem(in url: String) -> String? {
        guard let (_, authority) = parts(of: url) else { return nil }
        return portProblem(inAuthority: authority)
    }

    private static func portProblem(inAuthority authority: Substring) -> String? {
        var rest = authority
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return "the IPv6 address in the URL has no closing ]" }
            rest = rest[rest.index(after: close)...]
            if rest.isEmpty { return nil }
            guard rest.hasPrefix(":") else { return "the URL has text after its IPv6 address that is not a port" }
        }
        guard let colon = rest.lastIndex(of: ":") else { return nil }
        let port = rest[rest.index(after: colon)...]
        if port.isEmpty { return nil }  // `host:` is the scheme's default port
        guard port.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return "the URL's port \"\(port.prefix(20))\" is not a number"
        }
        let digits = port.drop { $0 == "0" }
        guard let n = Int(digits.isEmpty ? "0" : String(digits.prefix(6))), n >= 1, n <= 65535, digits.count <= 5 else {
            return "the URL's port \(port.prefix(20)) is out of range (1 to 65535)"
        }
        return nil
    }
}
