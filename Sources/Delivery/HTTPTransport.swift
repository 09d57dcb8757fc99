/// One HTTP request on the wire.
public struct HTTPRequestData: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8]?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// What came back: the status, the headers, and the start of the body.
public struct HTTPResponseData: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    /// The first bytes of the body (the transport reads at most the limit it was given).
    public var bodyPrefix: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], bodyPrefix: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.bodyPrefix = bodyPrefix
    }

    /// The first header of that name, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }
}

/// Why no response was had.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The attempt took longer than the time-out: the vendor may still have taken it.
        case timeout
        /// Refused, reset, or closed before a response.
        case connection
        /// The request cannot be sent at all (a malformed URL, an unsupported scheme).
        case invalidRequest
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Sends HTTP requests. ``AsyncHTTPClientTransport`` is the default; a pipeline can bring
/// its own client by conforming to this protocol.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response, reading at most `maxBodyBytes` of its
    /// body; throws ``TransportError`` when there is no response within `timeout`.
    func send(_ request: HTTPRequestData, timeout: Duration, maxBodyBytes: Int) async throws(TransportError) -> HTTPResponseData

    /// Releases connections; called once delivery is finished.
    func shutdown() async
}

extension HTTPTransport {
    public func shutdown() async {}
}
