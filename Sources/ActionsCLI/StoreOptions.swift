import ArgumentParser
import Delivery
import DeliveryStorePostgres
import DeliveryStoreSQLite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--state STORE` and the options of delivery through a job store, shared by `run`,
/// `deliver` and `worker`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Deliver through a durable job store: a SQLite file (PATH) or PostgreSQL (postgres://user@host:port/db). Killed and run again, the command resumes where it stopped.")
    var state: String?

    @Option(name: .long, help: "With --state: seconds within which an event whose messageId the destination already got is dropped as a duplicate (default: 24 hours; 0: no check). For deliver, whose records are requests, the default is no check; given, a record is a duplicate of one with the same messageId, subscription, action and body.")
    var dedupeWindow: Double?

    /// The window for events (`run`, and what `worker` keeps `seen` entries for).
    static let eventWindow: Double = 24 * 3600

    @Option(name: .long, help: "With --state: seconds finished jobs and the delivery log are kept (default: 7 days).")
    var retention: Double = 7 * 86400

    @Option(name: .long, help: "With --state: seconds a worker's lease on its jobs lasts; a dead worker's jobs go to others after it (default: 60).")
    var lease: Double = 60

    func validate() throws {
        if let dedupeWindow, !(dedupeWindow >= 0 && dedupeWindow <= 315_360_000) {
            throw ValidationError("--dedupe-window must be from 0 to 315360000 seconds (ten years)")
        }
        if !(retention > 0 && retention <= 315_360_000) {
            throw ValidationError("--retention must be more than 0 and at most 315360000 seconds (ten years)")
        }
        if !(lease >= 1 && lease <= 86_400) { throw ValidationError("--lease must be from 1 to 86400 seconds") }
    }

    var workerOptions: WorkerOptions {
        var w = WorkerOptions()
        w.lease = .seconds(lease)
        w.retention = retention
        w.dedupeWindow = max(dedupeWindow ?? StoreOptions.eventWindow, 1)
        return w
    }

    /// How enqueueing commits; `--dedupe-window`, or `defaultWindow` without it.
    func producerOptions(defaultWindow: Double = StoreOptions.eventWindow) -> ProducerOptions {
        var p = ProducerOptions()
        p.dedupeWindow = dedupeWindow ?? defaultWindow
        return p
    }
}

/// Opening the store a `--state` names.
enum StoreOpening {
    /// Whether `state` is a PostgreSQL URL (anything else is a SQLite file).
    static func isPostgres(_ state: String) -> Bool { state.hasPrefix("postgres://") || state.hasPrefix("postgresql://") }

    /// A PostgreSQL URL opens PostgreSQL; anything else is a SQLite file. With `upgrading`
    /// false the store must be at this program's schema version, and is not changed.
    static func open(_ state: String, upgrading: Bool = true) async throws -> SQLJobStore {
        isPostgres(state) ? try await SQLJobStore.postgres(url: state, upgrading: upgrading)
                          : try await SQLJobStore.sqlite(path: state, upgrading: upgrading)
    }

    /// Opens the store or prints why not and exits with status 2.
    static func openOrExit(_ state: String, printer: DiagnosticPrinter) async throws -> SQLJobStore {
        do {
            return try await open(state)
        } catch {
            throw printer.exit(2, error)
        }
    }

    /// Opens a store that must already exist (for `status`, `log`, `redrive`): a mistyped
    /// SQLite path is an error, not a new empty store reported as idle, and a store at
    /// another schema version is refused rather than upgraded under its workers.
    static func openExistingOrExit(_ state: String, printer: DiagnosticPrinter) async throws -> SQLJobStore {
        if !isPostgres(state) && access(state, F_OK) != 0 {
            throw printer.exit(2, Diagnostic.error("no job store here: the file does not exist (`actions run --deliver --state FILE` makes one)",
                                                   at: .file(state)))
        }
        do {
            return try await open(state, upgrading: false)
        } catch {
            throw printer.exit(2, error)
        }
    }

    /// Runs `body` on the open `store`, then closes it (before the process exits, so that
    /// SQLite folds its write-ahead log back and PostgreSQL's connection ends cleanly).
    static func using<T>(_ store: SQLJobStore, _ body: () async throws -> T) async throws -> T {
        do {
            let value = try await body()
            await store.close()
            return value
        } catch {
            await store.close()
            throw error
        }
    }

    /// The checkpoint name of an input file: destination and absolute path.
    static func inputKey(destination: String, file: String) -> String? {
        guard file != "-" else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let path = realpath(file, &buffer) != nil ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : file
        return destination + " " + path
    }
}
