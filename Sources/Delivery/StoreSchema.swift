/// The job store's tables, created and upgraded by the program: each migration runs once,
/// in order, in a transaction, and is recorded in `store_migrations`. Never edit a
/// migration that has shipped; add the next one.
///
/// - `targets`: what a group of jobs is sent to (method, URL, headers with secrets masked,
///   batch rule and the body around the items), stored once.
/// - `jobs`: one row per item (an element of a batched request's array, or a whole
///   request). `state` is `pending` (never tried, or awaiting retry when `attempts` > 0),
///   `executing` (leased by `lease_owner`), `succeeded`, `dead` (the dead letter, with
///   `reason`) or `discarded` (a duplicate `messageId`). `next_attempt_at` is when it may
///   next be tried — while leased, when the lease ends, so a dead worker's job falls due
///   by itself.
/// - `attempts`: the delivery log, append-only, one row per job per attempt (and per
///   discard).
/// - `seen`: `(destination, messageId)` first seen at, for the duplicate window.
/// - `checkpoints`: per input, the last line whose requests are durably enqueued.
enum StoreSchema {
    /// The newest schema version this program knows.
    static let version = 1

    static func migrations(_ d: SQLDialect) -> [(version: Int, statements: [String])] {
        let real = "DOUBLE PRECISION"
        return [
            (1, [
                """
                CREATE TABLE targets (
                    id \(d.autoID),
                    key TEXT NOT NULL UNIQUE,
                    record TEXT NOT NULL
                )
                """,
                """
                CREATE TABLE jobs (
                    id \(d.autoID),
                    target_id BIGINT NOT NULL REFERENCES targets(id),
                    destination TEXT NOT NULL,
                    state TEXT NOT NULL,
                    item TEXT,
                    origin TEXT NOT NULL,
                    message_id TEXT,
                    user_id TEXT,
                    event_type TEXT,
                    action TEXT,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at \(real) NOT NULL,
                    first_attempt_at \(real),
                    last_attempt_at \(real),
                    next_attempt_at \(real) NOT NULL,
                    lease_owner TEXT,
                    last_status INTEGER,
                    last_response TEXT,
                    last_error TEXT,
                    reason TEXT,
                    finished_at \(real)
                )
                """,
                "CREATE INDEX jobs_due ON jobs (next_attempt_at) WHERE state IN ('pending', 'executing')",
                "CREATE INDEX jobs_finished ON jobs (finished_at) WHERE finished_at IS NOT NULL",
                "CREATE INDEX jobs_state ON jobs (state, destination)",
                """
                CREATE TABLE attempts (
                    id \(d.autoID),
                    job_id BIGINT NOT NULL,
                    at \(real) NOT NULL,
                    destination TEXT NOT NULL,
                    action TEXT,
                    user_id TEXT,
                    event_type TEXT,
                    message_id TEXT,
                    attempt INTEGER NOT NULL,
                    outcome TEXT NOT NULL,
                    status INTEGER,
                    duration_ms \(real),
                    error TEXT
                )
                """,
                "CREATE INDEX attempts_at ON attempts (at)",
                """
                CREATE TABLE seen (
                    destination TEXT NOT NULL,
                    message_id TEXT NOT NULL,
                    seen_at \(real) NOT NULL,
                    PRIMARY KEY (destination, message_id)
                )
                """,
                "CREATE INDEX seen_at ON seen (seen_at)",
                """
                CREATE TABLE checkpoints (
                    input TEXT PRIMARY KEY,
                    line BIGINT NOT NULL,
                    updated_at \(real) NOT NULL
                )
                """,
            ]),
        ]
    }

    /// Refuses a database that is not a job store at this program's ``version``, changing
    /// nothing: a newer program's look at a store must not upgrade it under the workers.
    static func check(_ db: any SQLDatabase) async throws {
        let current: Int
        do {
            current = try await db.transaction { c in
                try await c.execute("SELECT MAX(version) FROM store_migrations").first?.first?.int ?? 0
            }
        } catch {
            // Only a missing table means "no store here"; a lock, a permission or a lost
            // connection is reported as it is.
            let text = "\(error)"
            if text.contains("no such table") || text.contains("42P01") || text.contains("does not exist") {
                throw StoreError("\(db.description) is not a job store (no schema version found)")
            }
            throw error
        }
        guard current == version else {
            let hint = current < version
                ? "older than this program's \(version); a worker or a run of this program upgrades it"
                : "newer than this program's \(version); upgrade the program"
            throw StoreError("the store \(db.description) has schema version \(current), \(hint)")
        }
    }

    /// Brings the database to ``version``; refuses a database made by a newer program.
    static func migrate(_ db: any SQLDatabase) async throws {
        let dialect = db.dialect
        try await db.transaction { c in
            if dialect == .postgres {
                // One migrator at a time across every worker (released at commit).
                try await c.execute("SELECT pg_advisory_xact_lock(7461636174)")
            }
            try await c.execute("CREATE TABLE IF NOT EXISTS store_migrations (version INTEGER PRIMARY KEY, applied_at DOUBLE PRECISION NOT NULL)")
            let current = try await c.execute("SELECT MAX(version) FROM store_migrations").first?.first?.int ?? 0
            if current > version {
                throw StoreError("the store \(db.description) has schema version \(current), newer than this program's \(version); upgrade the program")
            }
            for (v, statements) in migrations(dialect) where v > current {
                for s in statements { try await c.execute(s) }
                try await c.execute("INSERT INTO store_migrations (version, applied_at) VALUES (?, ?)", [.integer(v), .real(UTCTime.now())])
            }
        }
    }
}
