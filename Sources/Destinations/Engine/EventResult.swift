import DestinationFilters
import JSONValues

/// A request the engine produced for one event and one subscription.
public struct DestinationRequest: Sendable, Equatable {
    /// The position of the subscription that produced it (0-based, in listing order).
    public let subscriptionIndex: Int
    /// The subscription's name.
    public let subscription: String
    /// The action key.
    public let action: String
    /// The HTTP method (`POST`).
    public let method: String
    /// The URL.
    public let url: String
    /// Header name → value (all strings).
    public let headers: JSONObject
    /// The JSON body, if any.
    public let json: JSON?
    /// How the action lets this request be merged with others when delivered.
    public let batch: BatchRule?

    public init(subscriptionIndex: Int, subscription: String, action: String, method: String, url: String,
                headers: JSONObject, json: JSON?, batch: BatchRule? = nil) {
        self.subscriptionIndex = subscriptionIndex
        self.subscription = subscription
        self.action = action
        self.method = method
        self.url = url
        self.headers = headers
        self.json = json
        self.batch = batch
    }

    /// `{ "method", "url", "headers", "json" }`.
    public var jsonValue: JSON {
        var o = JSONObject(minimumCapacity: 4)
        o.appendUnchecked("method", .string(method))
        o.appendUnchecked("url", .string(url))
        o.appendUnchecked("headers", .object(headers))
        if let json { o.appendUnchecked("json", json) }
        return .object(o)
    }
}

/// A subscription that matched an event but could not produce its request: a mapping
/// error, a payload that does not fit the action's fields, or a request that cannot be
/// built. Only this subscription fails; the others still run.
public struct SubscriptionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The position of the subscription (0-based).
    public let subscriptionIndex: Int
    /// The subscription's name.
    public let subscription: String
    /// The action key.
    public let action: String
    /// What went wrong, with secrets redacted.
    public let message: String
    /// The failing field as a JSON Pointer into the payload (`/items`), when one is to blame.
    public let field: String?

    public var description: String { message }
}

/// A subscription that matched but chose to send nothing (its request's `skipIfEmpty`).
public struct SkippedSubscription: Sendable, Equatable {
    public let subscriptionIndex: Int
    public let subscription: String
    /// Why (`skipIfEmpty resolved to an empty array`).
    public let reason: String
}

/// What processing one event came to.
public struct EventResult: Sendable {
    /// How the event is counted: each event is exactly one of these.
    public enum Outcome: Sendable, Equatable {
        /// At least one request and no failure.
        case sent
        /// No request and no failure: the `integrations` object or a destination filter
        /// kept the event out, nothing matched, or every match was skipped.
        case discarded
        /// At least one subscription failed (requests from the others are still in
        /// ``EventResult/requests``).
        case failed
    }

    /// The requests, in subscription order.
    public internal(set) var requests: [DestinationRequest] = []
    /// The subscriptions that failed.
    public internal(set) var failures: [SubscriptionFailure] = []
    /// The subscriptions that matched and sent nothing.
    public internal(set) var skipped: [SkippedSubscription] = []
    /// How many subscriptions' triggers matched.
    public internal(set) var matched = 0
    /// Why the event never reached the triggers: the destination filter action or the
    /// `integrations` entry that kept it out (`nil` when it went through).
    public internal(set) var filterDiscard: FilterDiscard?
    /// The destination filter actions that changed the event before the triggers saw it.
    public internal(set) var filterChanges: [FilterEffect] = []
    /// The event as the triggers saw it, when the destination filters changed it.
    public internal(set) var filteredEvent: JSON?

    public init() {}

    /// The event's single outcome (see ``Outcome``).
    public var outcome: Outcome {
        if !failures.isEmpty { return .failed }
        return requests.isEmpty ? .discarded : .sent
    }

    /// Why nothing was sent, for a discarded event: the filter's or the `integrations`
    /// object's reason (`destination filter "Drop test traffic" (#1): drop`,
    /// `integrations: Topsort is false`), `no matching mapping` (Segment's words) when no
    /// trigger matched, otherwise the skip reasons.
    public var discardReason: String? {
        guard outcome == .discarded else { return nil }
        if let filterDiscard { return filterDiscard.reason }
        if matched == 0 { return "no matching mapping" }
        return skipped.map { "\($0.subscription): \($0.reason)" }.joined(separator: "; ")
    }
}
