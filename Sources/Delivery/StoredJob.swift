import JSONValues

/// Where a job is in its life. A job's state is the row's `state` column; its history is
/// the delivery log (``AttemptEntry``).
public enum JobState: String, Sendable, CaseIterable {
    /// Waiting to be tried: never tried yet ("awaiting scheduling"), or after a retryable
    /// failure, at its next attempt time ("awaiting retry").
    case pending
    /// Leased by a worker that is sending it.
    case executing
    /// A 2xx answered.
    case succeeded
    /// Failed for good: the dead letter, with its reason. ``JobStore/redrive(_:now:)``
    /// puts it back.
    case dead
    /// Never sent: a duplicate `messageId` within the window.
    case discarded

    /// Whether the job still has to be delivered.
    public var isUnfinished: Bool { self == .pending || self == .executing }
}

/// The send target of a group of jobs, as stored: a request record (``RequestRecord``)
/// with secrets masked, whose body is the envelope around the items (without the batch
/// array) or `null` for requests that are not batched.
public struct StoredTarget: Sendable, Hashable {
    /// The record's digest (SHA-256, hex): equal targets are stored once.
    public let key: String
    /// The record's JSON text.
    public let record: String

    public init(key: String, record: String) {
        self.key = key
        self.record = record
    }
}

/// One item to enqueue.
public struct NewJob: Sendable {
    public var target: StoredTarget
    /// The item's JSON text (secrets masked): a batch element or the whole body;
    /// `nil` for a request without a body.
    public var item: String?
    /// The request's origin (``DeliveryRequest/origin``) as JSON text.
    public var origin: String
    public var messageId: String?
    /// `userId`, else `anonymousId`.
    public var userId: String?
    /// The event's type (`track`, `identify`, …).
    public var eventType: String?
    public var action: String?

    public init(target: StoredTarget, item: String?, origin: String, messageId: String?, userId: String?, eventType: String?, action: String?) {
        self.target = target
        self.item = item
        self.origin = origin
        self.messageId = messageId
        self.userId = userId
        self.eventType = eventType
        self.action = action
    }
}

/// The jobs of one input event: all enqueued, or all discarded as a duplicate.
public struct EventJobs: Sendable {
    public var destination: String
    /// The event's `messageId`; `nil`: never a duplicate.
    public var messageId: String?
    public var jobs: [NewJob]

    public init(destination: String, messageId: String?, jobs: [NewJob]) {
        self.destination = destination
        self.messageId = messageId
        self.jobs = jobs
    }
}

/// What ``JobStore/enqueue(_:checkpoints:dedupeWindow:now:)`` did.
public struct EnqueueResult: Sendable {
    /// Positions (in the events given) of the events discarded as duplicates.
    public var duplicates: [Int] = []
    /// Jobs inserted to be delivered.
    public var enqueued = 0
    /// The highest job id inserted (0 when none).
    public var maxJobID = 0

    public init() {}
}

/// A job a worker holds a lease on.
public struct LeasedJob: Sendable {
    public let id: Int
    public let targetID: Int
    public let destination: String
    public let item: String?
    public let origin: String
    /// Attempts made before this lease.
    public let attempts: Int
    public let firstAttemptAt: Double?
    /// When the lease it was taken under ends: the lease's token. A result written with
    /// it applies only while that same lease holds the job (see
    /// ``AttemptResult/leaseUntil``).
    public var leaseUntil: Double? = nil
    /// Whether the job's previous lease ended without a result or a hand-back (counted as
    /// a failed attempt): its worker stopped while it held the job.
    public var previousLeaseLost = false
}

/// The result of one attempt for a set of jobs sent together, as written back.
public struct AttemptResult: Sendable {
    public enum Outcome: String, Sendable {
        case delivered, retry, dead
    }

    public var jobIDs: [Int]
    public var outcome: Outcome
    /// When the attempt started (seconds since 1970) and how long it took.
    public var at: Double
    public var durationMs: Double
    public var status: Int?
    public var responseStart: String?
    public var error: String?
    /// For `retry`: when the next attempt may start.
    public var nextAttemptAt: Double?
    /// For `dead`: why.
    public var reason: String?
    /// Whether an HTTP request was made (false for a job given up before sending).
    public var attempted = true
    /// The end of the lease the jobs were sent under (``LeasedJob/leaseUntil``): when set,
    /// the result is written only to jobs still under that lease. A result that arrives
    /// after its lease ended and the same worker leased the jobs again must not settle
    /// the new attempt (a late `retry` would let a third one start while it runs).
    public var leaseUntil: Double?

    public init(jobIDs: [Int], outcome: Outcome, at: Double, durationMs: Double, status: Int? = nil, responseStart: String? = nil,
                error: String? = nil, nextAttemptAt: Double? = nil, reason: String? = nil, attempted: Bool = true) {
        self.jobIDs = jobIDs
        self.outcome = outcome
        self.at = at
        self.durationMs = durationMs
        self.status = status
        self.responseStart = responseStart
        self.error = error
        self.nextAttemptAt = nextAttemptAt
        self.reason = reason
        self.attempted = attempted
    }
}

extension JSONObject {
    /// The first of these members that is a non-empty string.
    func firstString(_ keys: String...) -> String? {
        for k in keys { if let s = self[k]?.stringValue, !s.isEmpty { return s } }
        return nil
    }
}
