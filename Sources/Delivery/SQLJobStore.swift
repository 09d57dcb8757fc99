import NIOConcurrencyHelpers

/// The ``JobStore`` on a SQL database: the same statements on SQLite and PostgreSQL (see
/// ``SQLDialect`` for where they differ), on one schema that it creates and upgrades.
public final class SQLJobStore: JobStore {
    let db: any SQLDatabase
    /// Target ids by key: targets never change once stored.
    private let targetIDs = NIOLockedValueBox([String: Int]())

    /// Opens the store on `db`, creating or upgrading its tables; with `upgrading` false
    /// (for commands that only look, such as `actions status`), the tables must already be
    /// there at this program's schema version, and nothing is created or changed.
    public init(database db: any SQLDatabase, upgrading: Bool = true) async throws {
        self.db = db
        if upgrading { try await StoreSchema.migrate(db) } else { try await StoreSchema.check(db) }
    }

    public var description: String { db.description }
    private var dialect: SQLDialect { db.dialect }

    public func close() async { await db.close() }

    // MARK: Enqueueing

    public func enqueue(_ events: [EventJobs], checkpoints: [String: Int], dedupeWindow: Double, now: Double) async throws -> EnqueueResult {
        let known = targetIDs.withLockedValue { $0 }
        var missing: [StoredTarget] = []
        var missingKeys = Set<String>()
        for e in events {
            for j in e.jobs where known[j.target.key] == nil && missingKeys.insert(j.target.key).inserted {
                missing.append(j.target)
            }
        }
        let dialect = self.dialect
        let missingTargets = missing
        let (result, newTargets) = try await db.transaction { c -> (EnqueueResult, [String: Int]) in
            var ids = known
            var added: [String: Int] = [:]
            for chunk in missingTargets.chunks(of: dialect.maxBinds / 2) {
                try await c.execute(
                    "INSERT INTO targets (key, record) VALUES " + Array(repeating: "(?, ?)", count: chunk.count).joined(separator: ", ")
                        + " ON CONFLICT (key) DO NOTHING",
                    chunk.flatMap { [.text($0.key), .text($0.record)] })
                let rows = try await c.execute("SELECT id, key FROM targets WHERE key IN (\(placeholders(chunk.count)))", chunk.map { .text($0.key) })
                for r in rows { if let id = r[0].int, let k = r[1].string { ids[k] = id; added[k] = id } }
            }
            let duplicates = dedupeWindow > 0 ? try await Self.duplicates(events, window: dedupeWindow, now: now, on: c, dialect: dialect) : []
            var result = EnqueueResult()
            result.duplicates = duplicates.sorted()
            // The jobs to deliver, then the duplicates' (as discarded, with a log row each).
            for discarded in [false, true] {
                var rows: [SQLValue] = []
                var count = 0
                for (i, e) in events.enumerated() where duplicates.contains(i) == discarded {
                    for j in e.jobs {
                        guard let target = ids[j.target.key] else { throw StoreError("target \(j.target.key) was not stored") }
                        rows += [.integer(target), .text(e.destination), .text(discarded ? JobState.discarded.rawValue : JobState.pending.rawValue),
                                 .text(j.item), .text(j.origin), .text(j.messageId), .text(j.userId), .text(j.eventType), .text(j.action),
                                 .real(now), .real(now),
                                 discarded ? .text("duplicate messageId (seen within \(Self.window(dedupeWindow)))") : .null,
                                 discarded ? .real(now) : .null]
                        count += 1
                    }
                }
                guard count > 0 else { continue }
                let columns = 13
                let row = "(" + placeholders(columns) + ")"
                var insertedIDs: [SQLValue] = []
                for chunk in rows.chunks(of: (dialect.maxBinds / columns) * columns) {
                    let n = chunk.count / columns
                    let inserted = try await c.execute(
                        """
                        INSERT INTO jobs (target_id, destination, state, item, origin, message_id, user_id, event_type, action,
                                          created_at, next_attempt_at, reason, finished_at)
                        VALUES \(Array(repeating: row, count: n).joined(separator: ", ")) RETURNING id
                        """, Array(chunk))
                    if discarded {
                        insertedIDs += inserted.map { $0[0] }
                    } else {
                        result.enqueued += inserted.count
                        result.maxJobID = max(result.maxJobID, inserted.compactMap { $0[0].int }.max() ?? 0)
                    }
                }
                for chunk in insertedIDs.chunks(of: dialect.maxBinds - 2) {
                    try await c.execute(
                        """
                        INSERT INTO attempts (job_id, at, destination, action, user_id, event_type, message_id, attempt, outcome, error)
                        SELECT id, ?, destination, action, user_id, event_type, message_id, 0, 'discarded', reason
                        FROM jobs WHERE id IN (\(placeholders(chunk.count)))
                        """, [.real(now)] + chunk)
                }
            }
            for (input, line) in checkpoints {
                try await c.execute(
                    """
                    INSERT INTO checkpoints (input, line, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (input) DO UPDATE SET line = \(dialect.greatest)(checkpoints.line, excluded.line), updated_at = excluded.updated_at
                    """, [.text(StoreKey.bounded(input)), .integer(line), .real(now)])
            }
            return (result, added)
        }
        if !newTargets.isEmpty { targetIDs.withLockedValue { $0.merge(newTargets) { a, _ in a } } }
        return result
    }

    /// The positions of events whose `(destination, messageId)` is already seen within
    /// the window (or earlier in this same group); the others are recorded as seen now.
    private static func duplicates(_ events: [EventJobs], window: Double, now: Double, on c: any SQLConnection, dialect: SQLDialect) async throws -> Set<Int> {
        var duplicates = Set<Int>()
        var first: [String: Int] = [:]
        var candidates: [(index: Int, destination: String, messageId: String)] = []
        for (i, e) in events.enumerated() {
            guard let id = e.messageId, !e.jobs.isEmpty else { continue }
            // As stored, so that the rows returned compare equal to what was bound.
            let m = SQLValue.storable(StoreKey.bounded(id)), destination = SQLValue.storable(e.destination)
            let key = destination + "\u{1}" + m
            if first[key] != nil { duplicates.insert(i) } else { first[key] = i; candidates.append((i, destination, m)) }
        }
        for chunk in candidates.chunks(of: dialect.maxBinds / 3 - 1) {
            let rows = try await c.execute(
                "INSERT INTO seen (destination, message_id, seen_at) VALUES " + Array(repeating: "(?, ?, ?)", count: chunk.count).joined(separator: ", ")
                    + " ON CONFLICT (destination, message_id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen.seen_at < ? RETURNING destination, message_id",
                chunk.flatMap { [SQLValue.text($0.destination), .text($0.messageId), .real(now)] } + [.real(now - window)])
            let fresh = Set(rows.map { ($0[0].string ?? "") + "\u{1}" + ($0[1].string ?? "") })
            for c in chunk where !fresh.contains(c.destination + "\u{1}" + c.messageId) { duplicates.insert(c.index) }
        }
        return duplicates
    }

    static func window(_ seconds: Double) -> String {
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600)) h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60)) min" }
        return "\(JSONNumberText.of(seconds)) s"
    }

    public func checkpoint(input: String) async throws -> Int {
        try await db.transaction { c in
            try await c.execute("SELECT line FROM checkpoints WHERE input = ?", [.text(StoreKey.bounded(input))]).first?.first?.int ?? 0
        }
    }

    // MARK: Working

    /// The condition (and its value) that keeps a query to one destination's jobs; nothing
    /// for every destination.
    private static func onlyDestination(_ destination: String?) -> (sql: String, binds: [SQLValue]) {
        destination.map { (" AND destination = ?", [.text($0)]) } ?? ("", [])
    }

    /// The `last_error` of a job whose previous lease ended without a result (see
    /// ``JobStore/lease(owner:limit:until:now:destination:)``).
    static let lostLease = "its lease ended without a result: the worker sending it stopped (killed, hung, or crashed on it)"

    public func lease(owner: String, limit: Int, until: Double, now: Double, destination: String?) async throws -> [LeasedJob] {
        let skipLocked = dialect.skipLocked
        let only = Self.onlyDestination(destination)
        return try await db.transaction { c in
            let rows = try await c.execute(
                """
                UPDATE jobs SET state = 'executing', lease_owner = ?, next_attempt_at = ?,
                    attempts = attempts + CASE WHEN state = 'executing' THEN 1 ELSE 0 END,
                    first_attempt_at = CASE WHEN state = 'executing' THEN COALESCE(first_attempt_at, CAST(? AS DOUBLE PRECISION)) ELSE first_attempt_at END,
                    last_error = CASE WHEN state = 'executing' THEN CAST(? AS TEXT) WHEN last_error = CAST(? AS TEXT) THEN NULL ELSE last_error END
                WHERE id IN (SELECT id FROM jobs
                             WHERE state IN ('pending', 'executing') AND next_attempt_at <= ?\(only.sql)
                               AND (state = 'pending' OR lease_owner <> ? OR next_attempt_at <= ?)
                             ORDER BY next_attempt_at LIMIT ?\(skipLocked))
                RETURNING id, target_id, destination, item, origin, attempts, first_attempt_at, last_error
                """, [.text(owner), .real(until), .real(now), .text(SQLJobStore.lostLease), .text(SQLJobStore.lostLease), .real(now)]
                    + only.binds + [.text(owner), .real(now - (until - now)), .integer(limit)])
            return rows.map { r in
                LeasedJob(id: r[0].int ?? 0, targetID: r[1].int ?? 0, destination: r[2].string ?? "", item: r[3].string,
                          origin: r[4].string ?? "{}", attempts: r[5].int ?? 0, firstAttemptAt: r[6].double, leaseUntil: until,
                          previousLeaseLost: r[7].string == SQLJobStore.lostLease)
            }.sorted { $0.id < $1.id }
        }
    }

    public func targets(_ ids: [Int]) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        return try await db.transaction { c in
            var out: [Int: String] = [:]
            for r in try await c.execute("SELECT id, record FROM targets WHERE id IN (\(placeholders(ids.count)))", ids.map { .integer($0) }) {
                if let id = r[0].int, let record = r[1].string { out[id] = record }
            }
            return out
        }
    }

    @discardableResult
    public func complete(_ results: [AttemptResult], owner: String) async throws -> Set<Int> {
        guard !results.isEmpty else { return [] }
        let maxIDs = dialect.maxBinds - 16
        return try await db.transaction { c in
            var written = Set<Int>()
            let now = UTCTime.now()
            for r in results {
                let state: JobState = r.outcome == .delivered ? .succeeded : r.outcome == .retry ? .pending : .dead
                let finished: SQLValue = state == .pending ? .null : .real(now)
                for chunk in r.jobIDs.chunks(of: maxIDs) {
                    let updated = try await c.execute(
                        """
                        UPDATE jobs SET state = ?, attempts = attempts + ?, first_attempt_at = COALESCE(first_attempt_at, CAST(? AS DOUBLE PRECISION)),
                            last_attempt_at = COALESCE(CAST(? AS DOUBLE PRECISION), last_attempt_at), last_status = CAST(? AS INTEGER),
                            last_response = CAST(? AS TEXT), last_error = CAST(? AS TEXT),
                            next_attempt_at = COALESCE(CAST(? AS DOUBLE PRECISION), next_attempt_at), reason = CAST(? AS TEXT),
                            finished_at = CAST(? AS DOUBLE PRECISION), lease_owner = NULL
                        WHERE state = 'executing' AND lease_owner = ?\(r.leaseUntil == nil ? "" : " AND next_attempt_at = ?") AND id IN (\(placeholders(chunk.count)))
                        RETURNING id
                        """,
                        [.text(state.rawValue), .integer(r.attempted ? 1 : 0), r.attempted ? .real(r.at) : .null, r.attempted ? .real(r.at) : .null,
                         .integer(r.status), .text(r.responseStart), .text(r.error), .real(r.nextAttemptAt), .text(r.reason), finished, .text(owner)]
                            + (r.leaseUntil.map { [SQLValue.real($0)] } ?? []) + chunk.map { .integer($0) })
                    guard !updated.isEmpty else { continue }
                    for row in updated { if let id = row[0].int { written.insert(id) } }
                    try await c.execute(
                        """
                        INSERT INTO attempts (job_id, at, destination, action, user_id, event_type, message_id, attempt, outcome, status, duration_ms, error)
                        SELECT id, ?, destination, action, user_id, event_type, message_id, attempts, ?, CAST(? AS INTEGER), CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT)
                        FROM jobs WHERE id IN (\(placeholders(updated.count)))
                        """,
                        [.real(r.at), .text(r.outcome.rawValue), .integer(r.status), r.attempted ? .real(r.durationMs) : .null,
                         .text(r.error ?? (r.outcome == .dead ? r.reason : nil))] + updated.map { $0[0] })
                }
            }
            return written
        }
    }

    /// Hands leases back, due at a time; `owner` and more conditions follow.
    private static let releaseSQL = "UPDATE jobs SET state = 'pending', lease_owner = NULL, next_attempt_at = ? WHERE state = 'executing' AND lease_owner = ?"

    public func release(owner: String, jobIDs: [Int]?, now: Double) async throws {
        try await db.transaction { c in
            let sql = Self.releaseSQL
            if let jobIDs {
                for chunk in jobIDs.chunks(of: 10_000) {
                    try await c.execute(sql + " AND id IN (\(placeholders(chunk.count)))", [.real(now), .text(owner)] + chunk.map { .integer($0) })
                }
            } else {
                try await c.execute(sql, [.real(now), .text(owner)])
            }
        }
    }

    public func release(owner: String, leases: [LeasedJob], now: Double) async throws {
        var grouped: [Double?: [Int]] = [:]
        for l in leases { grouped[l.leaseUntil, default: []].append(l.id) }
        let byLease = grouped
        try await db.transaction { c in
            for (until, ids) in byLease {
                let sql = Self.releaseSQL + (until == nil ? "" : " AND next_attempt_at = ?")
                for chunk in ids.chunks(of: 10_000) {
                    try await c.execute(sql + " AND id IN (\(placeholders(chunk.count)))",
                                        [.real(now), .text(owner)] + (until.map { [SQLValue.real($0)] } ?? []) + chunk.map { .integer($0) })
                }
            }
        }
    }

    public func leaseOwners() async throws -> [String] {
        try await db.transaction { c in
            try await c.execute("SELECT DISTINCT lease_owner FROM jobs WHERE state = 'executing' AND lease_owner IS NOT NULL").compactMap { $0[0].string }
        }
    }

    public func maxJobID() async throws -> Int {
        try await db.transaction { c in try await c.execute("SELECT MAX(id) FROM jobs").first?[0].int ?? 0 }
    }

    public func unfinished(upTo maxID: Int, destination: String?) async throws -> (count: Int, nextDue: Double?) {
        let only = Self.onlyDestination(destination)
        return try await db.transaction { c in
            let r = try await c.execute(
                "SELECT COUNT(*), MIN(next_attempt_at) FROM jobs WHERE state IN ('pending', 'executing') AND id <= ?" + only.sql,
                [.integer(maxID)] + only.binds).first
            return (r?[0].int ?? 0, r?[1].double)
        }
    }

    // MARK: Operating

    public func status(now: Double) async throws -> StoreStatus {
        try await db.transaction { c in
            var s = StoreStatus()
            for st in JobState.allCases { s.counts[st] = 0 }
            for r in try await c.execute("SELECT state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END, COUNT(*) FROM jobs GROUP BY state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END") {
                guard let name = r[0].string, let state = JobState(rawValue: name), let n = r[2].int else { continue }
                s.counts[state, default: 0] += n
                if state == .pending { if r[1].int == 1 { s.awaitingRetry += n } else { s.awaitingScheduling += n } }
            }
            s.discarded = s.counts[.discarded] ?? 0
            s.oldestPending = try await c.execute("SELECT MIN(created_at) FROM jobs WHERE state IN ('pending', 'executing')").first?[0].double
            s.nextRetry = try await c.execute("SELECT MIN(next_attempt_at) FROM jobs WHERE state = 'pending' AND attempts > 0").first?[0].double
            // With each group, the start of the response its most recently finished job got
            // (masked by the worker before it was stored).
            for r in try await c.execute("""
                SELECT destination, COALESCE(reason, ''), COUNT(*),
                    (SELECT last_response FROM jobs AS latest
                     WHERE latest.state = 'dead' AND latest.destination = jobs.destination
                       AND COALESCE(latest.reason, '') = COALESCE(jobs.reason, '')
                     ORDER BY COALESCE(latest.finished_at, 0) DESC, latest.id DESC LIMIT 1)
                FROM jobs WHERE state = 'dead' GROUP BY destination, reason
                ORDER BY COUNT(*) DESC, destination, COALESCE(reason, '')
                """) {
                s.deadLetters.append(.init(destination: r[0].string ?? "", reason: r[1].string ?? "", count: r[2].int ?? 0,
                                           lastResponse: r[3].string))
            }
            return s
        }
    }

    public func redrive(_ filter: JobFilter, now: Double) async throws -> Int {
        var sql = """
            UPDATE jobs SET state = 'pending', attempts = 0, first_attempt_at = NULL, next_attempt_at = ?, reason = NULL,
                finished_at = NULL, lease_owner = NULL
            WHERE state = 'dead'
            """
        var binds: [SQLValue] = [.real(now)]
        if let d = filter.destination { sql += " AND destination = ?"; binds.append(.text(d)) }
        if let a = filter.action { sql += " AND action = ?"; binds.append(.text(a)) }
        if let s = filter.status { sql += " AND last_status = ?"; binds.append(.integer(s)) }
        if let r = filter.reason { sql += " AND reason = ?"; binds.append(.text(r)) }
        let query = sql + " RETURNING id"
        let b = binds
        return try await db.transaction { c in try await c.execute(query, b).count }
    }

    public func log(_ query: LogQuery) async throws -> [AttemptEntry] {
        var sql = """
            SELECT job_id, at, destination, action, user_id, event_type, message_id, attempt, outcome, status, duration_ms, error
            FROM attempts WHERE 1 = 1
            """
        var binds: [SQLValue] = []
        func match(_ column: String, _ value: String?) {
            if let value { sql += " AND \(column) = ?"; binds.append(.text(value)) }
        }
        match("destination", query.destination)
        match("action", query.action)
        match("user_id", query.userId)
        match("event_type", query.eventType)
        match("message_id", query.messageId)
        match("outcome", query.outcome)
        if let s = query.status { sql += " AND status = ?"; binds.append(.integer(s)) }
        if let t = query.since { sql += " AND at >= ?"; binds.append(.real(t)) }
        sql += " ORDER BY id DESC LIMIT ?"
        binds.append(.integer(max(0, query.limit)))
        let (text, b) = (sql, binds)
        return try await db.transaction { c in
            try await c.execute(text, b).map { r in
                AttemptEntry(jobID: r[0].int ?? 0, at: r[1].double ?? 0, destination: r[2].string ?? "", action: r[3].string,
                             userId: r[4].string, eventType: r[5].string, messageId: r[6].string, attempt: r[7].int ?? 0,
                             outcome: r[8].string ?? "", status: r[9].int, durationMs: r[10].double, error: r[11].string)
            }
        }
    }

    public func prune(before: Double, seenBefore: Double) async throws -> Int {
        try await db.transaction { c in
            let n = try await c.execute("SELECT COUNT(*) FROM jobs WHERE finished_at IS NOT NULL AND finished_at < ?", [.real(before)]).first?[0].int ?? 0
            if n > 0 { try await c.execute("DELETE FROM jobs WHERE finished_at IS NOT NULL AND finished_at < ?", [.real(before)]) }
            try await c.execute("DELETE FROM attempts WHERE at < ?", [.real(before)])
            try await c.execute("DELETE FROM seen WHERE seen_at < ?", [.real(seenBefore)])
            return n
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        let n = Swift.max(1, size)
        return stride(from: 0, to: count, by: n).map { self[$0..<Swift.min($0 + n, count)] }
    }
}

/// Seconds as short text (`0.5`, `90`).
enum JSONNumberText {
    static func of(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}
