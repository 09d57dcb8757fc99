import JSONValues

/// A request the mock vendor received.
public struct MockRequest: Sendable {
    /// The order it arrived in (1 for the first).
    public let sequence: Int
    public let method: String
    /// The path and query (`/v2/events?x=1`).
    public let uri: String
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    /// The body read as JSON, when it is.
    public var json: JSON? { try? JSONParser.parse(body) }

    /// The path without the query.
    public var path: String { String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }

    /// The first header of that name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }
}

/// What the mock vendor does with a request.
public indirect enum MockResponse: Sendable {
    /// Answers with this status, headers and body.
    case respond(status: Int, headers: [(name: String, value: String)] = [], body: String = "")
    /// Waits, then does the other thing (a slow vendor).
    case delayed(Duration, MockResponse)
    /// Closes the connection without answering.
    case closeConnection
    /// Writes these bytes as they are, bypassing the HTTP encoder, then closes the
    /// connection (`close: true`) or keeps it open and silent: a head and then nothing, a
    /// body cut short, malformed chunks, or text that is not HTTP at all.
    case raw(String, close: Bool)
    /// Writes these bytes as they are (none, or a head, or part of a body), then resets
    /// the connection (a TCP RST, as a crashed or overloaded vendor's load balancer does)
    /// instead of closing it cleanly.
    case reset(after: String)

    /// `204 No Content`.
    public static let noContent = MockResponse.respond(status: 204)
}
