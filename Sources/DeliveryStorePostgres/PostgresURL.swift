import PostgresNIO

/// `postgres://user[:password]@host[:port]/database[?sslmode=…]`, read.
struct PostgresURL: CustomStringConvertible {
    var user: String
    var password: String?
    var host: String
    var port: Int
    var database: String?
    var tls: PostgresClient.Configuration.TLS
    private var sslmode: String

    init(_ url: String) throws {
        var rest = Substring(url)
        if rest.hasPrefix("postgres://") { rest = rest.dropFirst("postgres://".count) }
        else if rest.hasPrefix("postgresql://") { rest = rest.dropFirst("postgresql://".count) }
        else { throw StoreErrorText("a PostgreSQL store is a URL postgres://user@host:port/database") }
        var query = Substring("")
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        if let colon = userInfo.firstIndex(of: ":") {
            user = Self.decode(userInfo[..<colon])
            password = Self.decode(userInfo[userInfo.index(after: colon)...])
        } else {
            user = userInfo.isEmpty ? "postgres" : Self.decode(userInfo)
            password = nil
        }
        if let colon = rest.lastIndex(of: ":"), let p = Int(rest[rest.index(after: colon)...]) {
            host = String(rest[..<colon])
            port = p
        } else {
            host = String(rest)
            port = 5432
        }
        if host.isEmpty { host = "127.0.0.1" }
        database = path.flatMap { $0.isEmpty ? nil : Self.decode($0) }
        sslmode = "prefer"
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0] == "sslmode" { sslmode = String(kv[1]) }
            if kv.count == 2, kv[0] == "password" { password = Self.decode(kv[1]) }
        }
        switch sslmode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": tls = .require(.makeClientConfiguration())
        default: throw StoreErrorText("sslmode=\(sslmode): expected disable, prefer or require")
        }
    }

    /// The URL without its password.
    var description: String { "postgres://\(user)@\(host):\(port)/\(database ?? "")" }

    static func decode(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

struct StoreErrorText: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
