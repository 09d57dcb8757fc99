import JSONValues

/// One row of the delivery log: an attempt to send a job (or its discard), what an
/// operator reads to answer "why isn't my data flowing?" (`actions log`).
public struct AttemptEntry: Sendable, Equatable {
    public var jobID: Int
    /// When the attempt started.
    public var at: Double
    public var destination: String
    public var action: String?
    /// `userId`, else `anonymousId`.
    public var userId: String?
    public var eventType: String?
    public var messageId: String?
    /// 1 for the first attempt.
    public var attempt: Int
    /// `delivered`, `retry`, `dead` or `discarded`.
    public var outcome: String
    public var status: Int?
    public var durationMs: Double?
    public var error: String?

    public func json() -> JSON {
        var o = JSONObject(minimumCapacity: 13)
        o.appendUnchecked("time", .string(UTCTime.iso8601(at)))
        o.appendUnchecked("destination", .string(destination))
        o.appendUnchecked("action", action.map(JSON.string) ?? .null)
        o.appendUnchecked("user", userId.map(JSON.string) ?? .null)
        o.appendUnchecked("type", eventType.map(JSON.string) ?? .null)
        o.appendUnchecked("messageId", messageId.map(JSON.string) ?? .null)
        o.appendUnchecked("outcome", .string(outcome))
        o.appendUnchecked("status", status.map(JSON.int) ?? .null)
        o.appendUnchecked("responseMs", durationMs.map { .number(JSONNumber(($0 * 10).rounded() / 10)) } ?? .null)
        o.appendUnchecked("attempt", .int(attempt))
        o.appendUnchecked("error", error.map(JSON.string) ?? .null)
        o.appendUnchecked("job", .int(jobID))
        return .object(o)
    }

    /// One line for people: time, outcome/status, response time, destination, action,
    /// type, user, messageId, error.
    public func text() -> String {
        var parts = [UTCTime.iso8601(at), status.map { "\(outcome) \($0)" } ?? outcome]
        parts.append(durationMs.map { "\(Int($0.rounded())) ms" } ?? "-")
        parts.append(destination)
        parts.append(action ?? "-")
        parts.append(eventType ?? "-")
        parts.append("user=" + (userId ?? "-"))
        parts.append("messageId=" + (messageId ?? "-"))
        if attempt > 1 { parts.append("attempt \(attempt)") }
        if let error { parts.append("error: " + error) }
        return parts.joined(separator: "  ")
    }
}

/// Which log rows to read: `nil` members match everything.
public struct LogQuery: Sendable, Equatable {
    public var destination: String?
    public var action: String?
    /// Matches `userId` (or `anonymousId` when there was no `userId`).
    public var userId: String?
    public var eventType: String?
    public var messageId: String?
    public var status: Int?
    public var outcome: String?
    /// Only rows at or after this time.
    public var since: Double?
    /// The most rows returned.
    public var limit: Int = 100

    public init() {}
}
