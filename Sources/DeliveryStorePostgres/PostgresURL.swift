import NIOSSL
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
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }  // [::1]
        sslmode = "prefer"
        var rootCertificate: String?
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { throw StoreErrorText("'\(pair)' in the URL's query: expected NAME=VALUE") }
            switch kv[0] {
            case "sslmode": sslmode = String(kv[1])
            case "password": password = Self.decode(kv[1])
            case "sslrootcert": rootCertificate = Self.decode(kv[1])
            default:
                throw StoreErrorText("'\(kv[0])' in the URL's query: the parameters read are sslmode, sslrootcert and password")
            }
        }
        tls = try Self.tls(sslmode: sslmode, rootCertificate: rootCertificate)
    }

    /// Whether the connection is encrypted.
    enum Encryption: Equatable { case off, preferred, required }

    /// TLS as libpq's `sslmode` means it: `prefer` and `require` encrypt without checking
    /// the server's certificate (a stock server's is self-signed), `verify-ca` checks that
    /// a trusted authority signed it, and `verify-full` also that it names the host.
    /// `sslrootcert` is the PEM file of the authorities to trust (else the system's).
    static func tlsSettings(sslmode: String, rootCertificate: String?) throws -> (Encryption, TLSConfiguration) {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { configuration.trustRoots = .file(rootCertificate) }
        switch sslmode {
        case "disable":
            return (.off, configuration)
        case "allow", "prefer":
            configuration.certificateVerification = .none
            return (.preferred, configuration)
        case "require":
            configuration.certificateVerification = rootCertificate == nil ? .none : .noHostnameVerification
            return (.required, configuration)
        case "verify-ca":
            configuration.certificateVerification = .noHostnameVerification
            return (.required, configuration)
        case "verify-full":
            configuration.certificateVerification = .fullVerification
            return (.required, configuration)
        default:
            throw StoreErrorText("sslmode=\(sslmode): expected disable, allow, prefer, require, verify-ca or verify-full")
        }
    }

    static func tls(sslmode: String, rootCertificate: String?) throws -> PostgresClient.Configuration.TLS {
        let (encryption, configuration) = try tlsSettings(sslmode: sslmode, rootCertificate: rootCertificate)
        switch encryption {
        case .off: return .disable
        case .preferred: return .prefer(configuration)
        case .required: return .require(configuration)
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
