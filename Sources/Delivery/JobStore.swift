/// A durable store of delivery jobs, shaped like Segment's Centrifuge and RudderStack's
/// jobsdb: jobs in states (``JobState``), leased by workers, retried at a stored time,
/// dead letters kept as a state, and an append-only log of attempts.
///
/// ``SQLJobStore`` implements it over any ``SQLDatabase``; the `DeliveryStoreSQLite` and
/// `DeliveryStorePostgres` modules provide the databases. ``JobProducer`` and
/// ``DeliveryWorker`` drive it.
///
/// Every method is one transaction. Times are seconds since 1970, from the caller's clock.
public protocol JobStore: Sendable {
    /// Where the store is (no password), for messages.
    var description: String { get }

    /// Inserts the events' jobs, except for events whose `(destination, messageId)` was
    /// seen within `dedupeWindow` seconds (their jobs are recorded as `discarded`), and
    /// records the checkpoints (input → last line taken) — all or nothing.
    func enqueue(_ events: [EventJobs], checkpoints: [String: Int], dedupeWindow: Double, now: Double) async throws -> EnqueueResult

    /// The line of `input` up to which everything is enqueued (0 when unknown).
    func checkpoint(input: String) async throws -> Int

    /// Leases up to `limit` due jobs (pending and due, or leased by a worker whose lease
    /// ended) for `owner` until `until`. Jobs leased by another worker are skipped.
    ///
    /// A job whose lease by `owner` itself ended is leased again only once a further lease
    /// length has passed: until then a task of that same worker may still hold it (waiting
    /// to hand it back), and leasing it twice would send it twice.
    ///
    /// With a `destination`, only that destination's jobs are leased: a worker fills in
    /// its own destination's secrets, which must never go to another vendor.
    ///
    /// A lease that ended without a result or a hand-back (its worker was killed, hung, or
    /// crashed while sending) counts as a failed attempt of its jobs, as RudderStack counts
    /// jobs left executing by a crash: a job that stops every worker sending it is ended by
    /// the retry window or the attempt limit instead of stopping workers for ever.
    func lease(owner: String, limit: Int, until: Double, now: Double, destination: String?) async throws -> [LeasedJob]

    /// The stored record of each target (``StoredTarget/record``), by id.
    func targets(_ ids: [Int]) async throws -> [Int: String]

    /// Writes attempt results for jobs `owner` still holds (a job whose lease was taken
    /// over is left to its new owner) and appends them to the log. Returns the ids of the
    /// jobs written: only their outcomes are final.
    ///
    /// A result with ``AttemptResult/leaseUntil`` is written only to jobs still under that
    /// lease: a store keeps a leased job's next attempt time at its lease's end
    /// (``LeasedJob/leaseUntil``), exactly, as the lease's token.
    @discardableResult
    func complete(_ results: [AttemptResult], owner: String) async throws -> Set<Int>

    /// Hands back `owner`'s leases (or only `jobIDs`), due at `now`.
    func release(owner: String, jobIDs: [Int]?, now: Double) async throws

    /// Hands back these leased jobs, due at `now`: each only while it is still under the
    /// lease it was taken with (``LeasedJob/leaseUntil``), so that a hand-back that comes
    /// late does not release a newer lease of the same job.
    func release(owner: String, leases: [LeasedJob], now: Double) async throws

    /// The lease owners that hold jobs now.
    func leaseOwners() async throws -> [String]

    /// The highest job id so far (0 when none).
    func maxJobID() async throws -> Int

    /// How many jobs with an id up to `maxID` (of `destination`, when given) are
    /// unfinished, and the earliest time one is due.
    func unfinished(upTo maxID: Int, destination: String?) async throws -> (count: Int, nextDue: Double?)

    /// Counts by state, oldest pending, retry backlog, dead letters by reason.
    func status(now: Double) async throws -> StoreStatus

    /// Puts dead letters matching `filter` back in the queue, due at `now`; returns how many.
    func redrive(_ filter: JobFilter, now: Double) async throws -> Int

    /// The delivery log, newest first.
    func log(_ query: LogQuery) async throws -> [AttemptEntry]

    /// Deletes finished jobs and log rows older than `before`, and `seen` entries older
    /// than `seenBefore`. Returns the jobs deleted.
    func prune(before: Double, seenBefore: Double) async throws -> Int

    func close() async
}

/// Which jobs (or log rows) an operation applies to; `nil` members match everything.
public struct JobFilter: Sendable, Equatable {
    public var destination: String?
    public var action: String?
    /// The last HTTP status.
    public var status: Int?
    /// The dead letter's reason, exactly (`permanent status 400`).
    public var reason: String?

    public init(destination: String? = nil, action: String? = nil, status: Int? = nil, reason: String? = nil) {
        self.destination = destination
        self.action = action
        self.status = status
        self.reason = reason
    }
}
