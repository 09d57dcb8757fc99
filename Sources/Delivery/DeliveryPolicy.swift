/// How requests are delivered: time-outs, retries, concurrency, rate and batching.
///
/// The defaults follow Segment where it documents one (10 s per request, retries for
/// 4 hours) and are justified in docs/delivery.md otherwise.
public struct DeliveryPolicy: Sendable, Equatable {
    /// How long one attempt may take, from sending to the end of the response (10 s,
    /// Segment's request-client default).
    public var timeout: Duration = .seconds(10)
    /// How long after its first attempt an item may still be retried (4 hours, as Segment).
    public var retryWindow: Duration = .seconds(4 * 3600)
    /// The most attempts per item, counting the first (`nil`: only the window limits).
    public var maxAttempts: Int? = nil
    /// The first retry waits about this long; each next one twice as long (randomized).
    public var backoffBase: Duration = .milliseconds(500)
    /// No single backoff wait is longer than this.
    public var backoffMax: Duration = .seconds(300)
    /// The most requests in flight to one origin (scheme, host and port).
    public var concurrency: Int = DeliveryPolicy.defaultConcurrency
    /// The most requests per second to one origin (`nil`: no cap).
    public var ratePerSecond: Double? = nil
    /// Whether requests whose action declares a `BatchRule` are merged.
    public var batching: Bool = true
    /// The most items submitted but not yet delivered or dead-lettered; ``Deliverer/submit(_:)``
    /// waits beyond it, so a fast reader cannot fill memory.
    public var maxPendingItems: Int = 20_000
    /// How many bytes of a response body are kept for reports.
    public var responsePrefixBytes: Int = 512
    /// Whether a batch that fails for good is halved and resent until the failing items
    /// stand alone (see ``ResponseClass/isSplittable(status:)``).
    public var splitFailedBatches: Bool = true
    /// Origins sent elsewhere (see ``Redirect``); reports keep the original URL.
    public var redirects: [Redirect] = []

    /// 8: async-http-client's default pool of connections per host, enough to keep a
    /// vendor that answers in 50 ms at 160 requests (8,000 batched events) per second.
    public static let defaultConcurrency = 8

    public init() {}
}

extension DeliveryPolicy {
    /// The wait before retry number `retry`: the vendor's `Retry-After` when it gave one,
    /// but never less than ``backoffBase`` (a vendor answering `Retry-After: 0` again and
    /// again would otherwise be retried as fast as it answers, for the whole window), and
    /// the randomized backoff otherwise.
    public func retryDelay(retryAfter: Duration?, retry: Int, backoff: Backoff) -> Duration {
        guard let retryAfter else { return backoff.delay(retry: retry) }
        return max(retryAfter, backoffBase)
    }
}
