import Delivery
import NIOConcurrencyHelpers
import SQLiteNIO

/// A `SQLDatabase` (the `Delivery` module's) in one SQLite file, through vapor/sqlite-nio (which bundles
/// SQLite itself, so nothing is needed from the system).
///
/// The file is in WAL mode with `synchronous = FULL`: a committed transaction survives a
/// crash of the process or of the machine. A transaction is `BEGIN IMMEDIATE`, so several
/// processes can share the file (each waits up to 10 s for another's write).
public final class SQLiteStoreDatabase: Delivery.SQLDatabase {
    private let connection: SQLiteConnection
    private let lock = AsyncLock()
    private let closed = NIOLockedValueBox(false)
    public let path: String

    public var dialect: SQLDialect { .sqlite }
    public var description: String { "sqlite:" + path }

    /// Opens (or creates) the file at `path`.
    public init(path: String) async throws {
        self.path = path
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path))
        } catch {
            throw StoreError("cannot open the SQLite store \(path): \(error)")
        }
        // A failure here (another process setting a new file up for WAL: "database is
        // locked") closes the connection; `SQLJobStore.sqlite(path:)` tries again.
        do {
            for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 10000"] {
                _ = try await connection.query(pragma, [])
            }
        } catch {
            await Self.close(connection)
            throw StoreError("cannot open the SQLite store \(path): \(error)")
        }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        try await lock.withLock {
            try await Connection(connection: connection).inTransaction(begin: "BEGIN IMMEDIATE", body)
        }
    }

    public func close() async {
        guard closed.withLockedValue({ was in defer { was = true }; return !was }) else { return }
        await Self.close(connection)
    }

    /// Closes `connection` in a task of its own: a cancelled caller must not leave the
    /// file open.
    private static func close(_ connection: SQLiteConnection) async {
        await Task { try? await connection.close() }.value
    }

    private struct Connection: SQLConnection {
        let connection: SQLiteConnection

        @discardableResult
        func execute(_ sql: String, _ binds: [SQLValue]) async throws -> [[SQLValue]] {
            let rows = NIOLockedValueBox<[[SQLValue]]>([])
            try await connection.query(sql, binds.map(Self.data)) { row in
                let values = row.columns.map { Self.value($0.data) }
                rows.withLockedValue { $0.append(values) }
            }
            return rows.withLockedValue { $0 }
        }

        static func data(_ v: SQLValue) -> SQLiteData {
            switch v {
            case .null: return .null
            case .integer(let i): return .integer(i)
            case .real(let d): return .float(d)
            case .text(let t): return .text(SQLValue.storable(t))
            }
        }

        static func value(_ d: SQLiteData) -> SQLValue {
            switch d {
            case .null: return .null
            case .integer(let i): return .integer(Int(i))
            case .float(let f): return .real(f)
            case .text(let t): return .text(t)
            case .blob(let b): return .text(String(buffer: b))
            }
        }
    }
}

extension SQLJobStore {
    /// The job store in the SQLite file at `path`, created or upgraded as needed (with
    /// `upgrading` false: one that exists at this program's schema version, unchanged).
    ///
    /// Processes that open a new file at the same moment can find it busy while another
    /// sets it up for WAL: that is tried again for a few seconds.
    public static func sqlite(path: String, upgrading: Bool = true) async throws -> SQLJobStore {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let db = try await SQLiteStoreDatabase(path: path)
                do {
                    return try await SQLJobStore(database: db, upgrading: upgrading)
                } catch {
                    await db.close()
                    throw error
                }
            } catch where attempt < 8 && "\(error)".contains("database is locked") {
                try await Task.sleep(for: .milliseconds(25 << attempt))
            }
        }
    }
}
