import JSONValues

/// Why an item was given up on.
public enum DeadLetterReason: Sendable, Equatable, CustomStringConvertible {
    /// The vendor answered with a status that will not change on a retry.
    case permanentStatus(Int)
    /// The retry window ended (or a `Retry-After` reached past it) before a success.
    case retryWindowSpent
    /// The attempt limit was reached before a success.
    case attemptLimitReached
    /// Delivery was stopped (SIGINT/SIGTERM, or ``Deliverer/shutdown(drainTimeout:)``) first.
    case shutDown
    /// The request cannot be sent (a malformed URL, an unsupported scheme).
    case invalidRequest

    /// `permanent status 400`, `retry window spent`, …
    public var description: String {
        switch self {
        case .permanentStatus(let s): return "permanent status \(s)"
        case .retryWindowSpent: return "retry window spent"
        case .attemptLimitReached: return "attempt limit reached"
        case .shutDown: return "shut down"
        case .invalidRequest: return "invalid request"
        }
    }
}

/// An item (or whole request) that failed for good, with what is known of its attempts.
public struct DeadLetter: Sendable {
    public let reason: DeadLetterReason
    /// The request as it would be resent: for an item of a batch, the envelope holding
    /// that item alone.
    public let request: DeliveryRequest
    /// The last HTTP status, if any response came.
    public let status: Int?
    /// The start of the last response body.
    public let responseStart: String?
    /// The last transport error (`timed out`, `the connection was closed before a
    /// response`), or what a response's status does not say: where a redirect pointed
    /// (`redirected to https://…; redirects are not followed`).
    public let error: String?
    public let attempts: Int
    /// Wall-clock times, seconds since 1970 (`nil` when never attempted).
    public let firstAttempt: Double?
    public let lastAttempt: Double?
}

/// The final outcome of one submitted item: delivered or dead-lettered, exactly once.
public struct DeliveryOutcome: Sendable {
    public enum Result: Sendable {
        case delivered(status: Int)
        case deadLettered(DeadLetter)
    }

    /// The submitted request's ``DeliveryRequest/origin``.
    public let origin: JSONObject
    /// For an item of a batched request, its position in the request's array.
    public let itemIndex: Int?
    /// How many HTTP requests carried the item.
    public let attempts: Int
    public let result: Result

    public var isDelivered: Bool {
        if case .delivered = result { return true }
        return false
    }
}

/// Counters of a delivery, readable at any time.
public struct DeliveryStatistics: Sendable, Equatable {
    /// Requests submitted.
    public var requests = 0
    /// Items submitted (a request that is not batched is one item).
    public var items = 0
    /// Items delivered.
    public var delivered = 0
    /// Items dead-lettered.
    public var deadLettered = 0
    /// HTTP requests sent (every attempt counts).
    public var httpRequests = 0
    /// Attempts after the first of each send.
    public var retries = 0
    /// HTTP requests that carried more than one item.
    public var batches = 0
    /// Times a failed batch was halved.
    public var splits = 0
    /// Attempts that timed out.
    public var timeouts = 0
    /// Sends waiting to be retried now.
    public var retrying = 0
    /// HTTP requests in flight now.
    public var inFlight = 0
    /// Attempts that did not deliver: a failing status, or no response.
    public var failedAttempts = 0
    /// What the latest failed attempt met, and the origin it went to (`HTTP 503 from
    /// https://api.topsort.com`, `timed out from http://127.0.0.1:9000`), for reports while
    /// a vendor is failing. The origin is written without user, path or query (which may
    /// hold a credential); the transport's error text as the transport wrote it.
    public var lastFailure: String?
    /// Events not sent because their `messageId` was seen before (with a job store; their
    /// items are not counted in ``items``).
    public var duplicates = 0

    public init() {}

    /// Counts a failed attempt of `result` (anything but a 2xx), sent to `url`.
    mutating func noteFailure(_ result: Result<HTTPResponseData, TransportError>, url: String) {
        failedAttempts += 1
        let what: String
        switch result {
        case .success(let response): what = "HTTP \(response.status)"
        case .failure(let error): what = error.message
        }
        lastFailure = URLParts.origin(of: url).map { "\(what) from \($0)" } ?? what
    }

    /// Items neither delivered nor dead-lettered yet.
    public var pending: Int { items - delivered - deadLettered }
}
