import JSONValues

/// What a store holds now: `actions status`.
public struct StoreStatus: Sendable, Equatable {
    /// Jobs per state (every state listed, zeros included).
    public var counts: [JobState: Int] = [:]
    /// Pending jobs never tried yet ("awaiting scheduling").
    public var awaitingScheduling = 0
    /// Pending jobs that failed and wait for their next attempt ("awaiting retry").
    public var awaitingRetry = 0
    /// When the oldest unfinished job was enqueued.
    public var oldestPending: Double?
    /// When the next retry is due.
    public var nextRetry: Double?
    /// Dead letters grouped by destination and reason.
    public var deadLetters: [DeadLetterGroup] = []
    /// Duplicates discarded.
    public var discarded = 0

    /// Dead jobs of one destination that died for one reason.
    public struct DeadLetterGroup: Sendable, Equatable {
        public var destination: String
        public var reason: String
        public var count: Int
        /// The start of the response the group's most recently finished job got (secrets
        /// masked), or `nil` when it got none (a network error, a shutdown).
        public var lastResponse: String?

        public init(destination: String, reason: String, count: Int, lastResponse: String? = nil) {
            self.destination = destination
            self.reason = reason
            self.count = count
            self.lastResponse = lastResponse
        }
    }

    /// The longest part of a response ``text(now:)`` shows.
    static let shownResponseLength = 200

    public init() {}

    /// The report as JSON (`actions status --json`).
    public func json(now: Double) -> JSON {
        var o = JSONObject()
        var states = JSONObject()
        for s in JobState.allCases { states.appendUnchecked(s.rawValue, .int(counts[s] ?? 0)) }
        o.appendUnchecked("states", .object(states))
        o.appendUnchecked("awaitingScheduling", .int(awaitingScheduling))
        o.appendUnchecked("awaitingRetry", .int(awaitingRetry))
        o.appendUnchecked("oldestPending", oldestPending.map { .string(UTCTime.iso8601($0)) } ?? .null)
        o.appendUnchecked("oldestPendingAgeSeconds", oldestPending.map { .number(JSONNumber(Swift.max(0, (now - $0) * 1000).rounded() / 1000)) } ?? .null)
        o.appendUnchecked("nextRetry", nextRetry.map { .string(UTCTime.iso8601($0)) } ?? .null)
        o.appendUnchecked("deadLetters", .array(deadLetters.map { g in
            .object(["destination": .string(g.destination), "reason": .string(g.reason), "count": .int(g.count),
                     "lastResponse": g.lastResponse.map { .string($0) } ?? .null])
        }))
        return .object(o)
    }

    /// The report for people.
    public func text(now: Double) -> String {
        var lines: [String] = []
        let order: [JobState] = [.pending, .executing, .succeeded, .dead, .discarded]
        lines.append(order.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        lines.append("awaiting scheduling \(awaitingScheduling), awaiting retry \(awaitingRetry)"
                     + (nextRetry.map { " (next at \(UTCTime.iso8601($0)))" } ?? ""))
        if let oldest = oldestPending {
            lines.append("oldest pending: \(UTCTime.iso8601(oldest)) (\(Self.age(now - oldest)) ago)")
        } else {
            lines.append("oldest pending: none")
        }
        if deadLetters.isEmpty {
            lines.append("dead letters: none")
        } else {
            lines.append("dead letters:")
            for g in deadLetters {
                lines.append("  \(g.count)  \(g.destination)  \(g.reason)")
                if let response = g.lastResponse, !response.isEmpty { lines.append("     last response: \(Self.oneLine(response))") }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` on one line, cut to ``shownResponseLength`` characters with `…`. Line breaks,
    /// tabs and every other control character become spaces: a vendor's response must not
    /// move the cursor or send escape sequences to the terminal that shows it.
    static func oneLine(_ text: String) -> String {
        let flat = String(text.map { c in c.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : c })
        return flat.count > shownResponseLength ? String(flat.prefix(shownResponseLength)) + "…" : flat
    }

    static func age(_ seconds: Double) -> String {
        let s = Int(Swift.max(0, seconds))
        if s < 120 { return "\(s) s" }
        if s < 7200 { return "\(s / 60) min" }
        if s < 172_800 { return "\(s / 3600) h" }
        return "\(s / 86400) d"
    }
}
