import Foundation
import TestSupport

/// A throwaway PostgreSQL server for one test: `initdb` in a temporary folder, started
/// with `pg_ctl` on a free port of 127.0.0.1, always stopped and removed afterwards. When
/// this process runs as root (CI, these machines), the server runs as `nobody`, which owns
/// the folder: initdb and postgres refuse to run as root.
struct PostgresServer {
    let port: Int
    let folder: String
    let bin: String

    /// `postgres://postgres@127.0.0.1:PORT/DATABASE?sslmode=disable`
    func url(database: String) -> String { "postgres://postgres@127.0.0.1:\(port)/\(database)?sslmode=disable" }

    /// The folder of PostgreSQL's server programs: `$PG_BIN`, the newest
    /// /usr/lib/postgresql/VERSION/bin, or `initdb` on the PATH; `nil` when none is installed.
    static func serverPrograms() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["PG_BIN"], fm.isExecutableFile(atPath: env + "/initdb") { return env }
        if let versions = try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            for v in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) where fm.isExecutableFile(atPath: "/usr/lib/postgresql/\(v)/bin/initdb") {
                return "/usr/lib/postgresql/\(v)/bin"
            }
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") where fm.isExecutableFile(atPath: "\(dir)/initdb") && fm.isExecutableFile(atPath: "\(dir)/pg_ctl") {
            return String(dir)
        }
        return nil
    }

    /// Runs `body` with a fresh server and a database made for it; prints a SKIP line and
    /// returns without calling `body` when PostgreSQL's server programs are not installed.
    static func with(_ test: String, _ body: (PostgresServer, String) async throws -> Void) async throws {
        try await HeavyTestGate.run { try await withServer(test, body) }
    }

    private static func withServer(_ test: String, _ body: (PostgresServer, String) async throws -> Void) async throws {
        guard let bin = serverPrograms() else {
            print("SKIP: \(test): PostgreSQL's server programs (initdb, pg_ctl) are not installed; `apt-get install postgresql` (see README) to run this test")
            return
        }
        let folder = NSTemporaryDirectory() + "actions-pg-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let port = try freePort()
        let server = PostgresServer(port: port, folder: folder, bin: bin)
        let database = "t" + UUID().uuidString.prefix(8).lowercased()
        do {
            // The programs run off Swift's cooperative threads: blocking those slows every
            // other test running meanwhile.
            try await offPool {
                if getuid() == 0 { _ = try run(["/bin/chown", "nobody", folder]) }
                try server.asServerUser(["\(bin)/initdb", "-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], what: "initdb")
                try server.asServerUser([
                    "\(bin)/pg_ctl", "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-t", "30",
                    "-o", "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50",
                    "start",
                ], what: "pg_ctl start")
                try server.asServerUser(["\(bin)/psql", "-h", "127.0.0.1", "-p", "\(port)", "-U", "postgres", "-d", "postgres", "-q", "-c", "CREATE DATABASE \(database)"], what: "createdb")
            }
            try await body(server, database)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Stops the server and removes its folder.
    func stop() async {
        try? await offPool { [self] in
            _ = try? asServerUser(["\(bin)/pg_ctl", "-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Runs a program as the server's user (`nobody` under root, else this user).
    @discardableResult
    func asServerUser(_ args: [String], what: String? = nil) throws -> String {
        let argv = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "nobody", "--"] + args : args
        let (status, output) = try Self.run(argv)
        if status != 0, let what {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw PostgresServerError("\(what) failed (\(status)): \(output)\n\(log)")
        }
        return output
    }

    /// Runs a program to its end through `system(3)`, its output to a file: Foundation's
    /// `Process` waits on the server that `pg_ctl start` leaves running.
    static func run(_ argv: [String]) throws -> (Int32, String) {
        let outPath = TemporaryFiles.path("actions-pg-out")
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = argv.map(quote).joined(separator: " ") + " </dev/null >" + quote(outPath) + " 2>&1"
        let status = system(command)
        let exit = (status >> 8) & 0xFF
        return (exit, (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "")
    }

    /// A port nothing listens on now (bound to port 0, then released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresServerError("socket failed") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        guard bound == 0 else { throw PostgresServerError("bind failed") }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

struct PostgresServerError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
