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

/// Just enough URL reading for delivery: the origin that limits are kept per.
enum URLParts {
    /// `scheme://host:port` in lower case, or `nil` when the text is not an absolute
    /// http(s) URL.
    static func origin(of url: String) -> String? {
        guard let sep = url.firstRange(of: "://") else { return nil }
        let scheme = url[..<sep.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let afterScheme = url[sep.upperBound...]
        let end = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        var authority = afterScheme[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        guard !authority.isEmpty else { return nil }
        return scheme + "://" + authority.lowercased()
    }
}
