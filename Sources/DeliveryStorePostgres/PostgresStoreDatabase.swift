import Delivery
import Logging
import NIOConcurrencyHelpers
import PostgresNIO

/// A `SQLDatabase` (the `Delivery` module's) in PostgreSQL, through vapor/postgres-nio's connection pool:
/// any number of workers, on any number of machines, share one database.
public final class PostgresStoreDatabase: Delivery.SQLDatabase {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let closed = NIOLockedValueBox(false)
    public let description: String

    public var dialect: SQLDialect { .postgres }

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]`).
    public init(url: String, maximumConnections: Int = 4) throws {
        let target = try PostgresURL(url)
        var configuration = PostgresClient.Configuration(
            host: target.host, port: target.port, username: target.user, password: target.password,
            database: target.database, tls: target.tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = .seconds(10)
        client = PostgresClient(configuration: configuration)
        description = target.description
        let client = self.client
        runner = Task { await client.run() }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                try await Connection(connection: connection).inTransaction(begin: "BEGIN", body)
            }
        } catch let error as PSQLError {
            throw StoreError("\(description): \(Self.describe(error))")
        }
    }

    static func describe(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] {
            return "\(message)" + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        return String(reflecting: error.code)
    }

    public func close() async {
        guard closed.withLockedValue({ was in defer { was = true }; return !was }) else { return }
        runner.cancel()
        await runner.value
    }

    private struct Connection: SQLConnection {
        let connection: PostgresConnection
        static let logger = Logger(label: "actions.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

        @discardableResult
        func execute(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
            var bindings = PostgresBindings(capacity: binds.count)
            for b in binds {
                switch b {
                case .null: bindings.appendNull()
                case .integer(let i): bindings.append(i)
                case .real(let d): bindings.append(d)
                case .text(let t): bindings.append(SQLValue.storable(t))
                }
            }
            let rows = try await connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings), logger: Self.logger)
            var out: [[SQLValue]] = []
            for try await row in rows {
                var values: [SQLValue] = []
                values.reserveCapacity(row.count)
                for cell in row { values.append(Self.value(cell)) }
                out.append(values)
            }
            return out
        }

        static func value(_ cell: PostgresCell) -> SQLValue {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int2, .int4, .int8:
                return (try? cell.decode(Int.self)).map { .integer($0) } ?? .null
            case .float4, .float8, .numeric:
                return (try? cell.decode(Double.self)).map { .real($0) } ?? .null
            case .bool:
                return (try? cell.decode(Bool.self)).map { .integer($0 ? 1 : 0) } ?? .null
            default:
                return (try? cell.decode(String.self)).map { .text($0) } ?? .null
            }
        }

        /// `?` placeholders as `$1`, `$2`, … (outside quoted text).
        static func numbered(_ sql: String) -> String {
            var out = ""
            out.reserveCapacity(sql.utf8.count + 64)
            var n = 0
            var quoted = false
            for ch in sql {
                if ch == "'" { quoted.toggle() }
                if ch == "?" && !quoted {
                    n += 1
                    out += "$\(n)"
                } else {
                    out.append(ch)
                }
            }
            return out
        }
    }
}

extension SQLJobStore {
    /// The job store in the PostgreSQL database at `url`, its tables created or upgraded
    /// as needed (with `upgrading` false: tables at this program's schema version, unchanged).
    public static func postgres(url: String, maximumConnections: Int = 4, upgrading: Bool = true) async throws -> SQLJobStore {
        let db = try PostgresStoreDatabase(url: url, maximumConnections: maximumConnections)
        do {
            return try await SQLJobStore(database: db, upgrading: upgrading)
        } catch {
            await db.close()
            throw error
        }
    }
}
