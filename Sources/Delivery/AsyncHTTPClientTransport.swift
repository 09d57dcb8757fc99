import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// ``HTTPTransport`` over swift-server/async-http-client: a pool of keep-alive
/// connections per host, TLS, no redirects followed (a redirected POST could be sent
/// twice; a 3xx is reported as a permanent failure instead).
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let ownsClient: Bool

    /// A transport with its own client (connection pool sized to `connectionsPerHost`).
    public init(connectionsPerHost: Int = DeliveryPolicy.defaultConcurrency) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, connectionsPerHost)
        )
        // A refused connection is an attempt that failed, retried by the deliverer's own
        // backoff, not silently until the time-out.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.decompression = .enabled(limit: .ratio(100))
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.ownsClient = true
    }

    /// A transport over a client the caller owns (and shuts down).
    public init(client: HTTPClient) {
        self.client = client
        self.ownsClient = false
    }

    public func send(_ request: HTTPRequestData, timeout: Duration, maxBodyBytes: Int) async throws(TransportError) -> HTTPResponseData {
        if let problem = URLParts.portProblem(in: request.url) { throw TransportError(.invalidRequest, "cannot send: \(problem)") }
        var r = HTTPClientRequest(url: request.url)
        r.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { r.headers.add(name: name, value: value) }
        if let body = request.body { r.body = .bytes(body) }
        // One deadline for the whole attempt, the body included: the client's own deadline
        // ends when the head arrives, and a vendor that then stalls or trickles its body
        // must not hold the attempt for ever.
        let end = ContinuousClock.now + AsyncHTTPClientTransport.bounded(timeout)
        let response: HTTPClientResponse
        do {
            response = try await client.execute(r, deadline: NIODeadline.now() + .nanoseconds(Self.nanoseconds(end - .now)))
        } catch let error as HTTPClientError {
            throw AsyncHTTPClientTransport.classify(error)
        } catch is CancellationError {
            throw TransportError(.connection, "cancelled")
        } catch {
            throw TransportError(.connection, "connection error: \(error)")
        }
        // The status has arrived, and decides the outcome: a body cut short (closed, reset,
        // malformed, past the deadline) only shortens the text kept. Retrying a 2xx because
        // its body failed would send the vendor the same events twice.
        var headers: [(name: String, value: String)] = []
        for (name, value) in response.headers { headers.append((name, value)) }
        let prefix = await AsyncHTTPClientTransport.readPrefix(of: response.body, maxBytes: maxBodyBytes, until: end)
        return HTTPResponseData(status: Int(response.status.code), headers: headers, bodyPrefix: prefix)
    }

    /// The first `maxBytes` of `body`, reading (and dropping) the rest so the connection
    /// can be reused, but never past `end`: then the read is cancelled, which closes the
    /// connection.
    static func readPrefix(of body: HTTPClientResponse.Body, maxBytes: Int, until end: ContinuousClock.Instant) async -> [UInt8] {
        await withTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var prefix: [UInt8] = []
                do {
                    for try await chunk in body {
                        if prefix.count < maxBytes {
                            prefix.append(contentsOf: chunk.readableBytesView.prefix(maxBytes - prefix.count))
                        }
                    }
                } catch {}
                return prefix
            }
            group.addTask {
                try? await Task.sleep(until: end, clock: .continuous)
                return nil
            }
            var prefix: [UInt8] = []
            while let next = await group.next() {
                if let body = next {
                    prefix = body
                    group.cancelAll()  // the body is read: stop the timer
                } else {
                    group.cancelAll()  // the time is up (or the timer was stopped): stop the read
                }
            }
            return prefix
        }
    }

    /// `timeout`, at most a day: a longer one is taken as "no time-out that matters", and
    /// keeps the arithmetic on nanoseconds in range.
    static func bounded(_ timeout: Duration) -> Duration {
        min(max(timeout, .zero), .seconds(86_400))
    }

    private static func nanoseconds(_ d: Duration) -> Int64 {
        let (seconds, attoseconds) = max(d, .zero).components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    static func classify(_ error: HTTPClientError) -> TransportError {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout:
            return TransportError(.timeout, "timed out")
        case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
            return TransportError(.connection, "connection timed out (\(error))")
        case .invalidURL, .emptyHost, .emptyScheme, .missingSocketPath, .traceRequestWithBody:
            return TransportError(.invalidRequest, "cannot send: \(error)")
        case .remoteConnectionClosed:
            return TransportError(.connection, "the connection was closed before a response")
        default:
            let text = "\(error)"
            if text.contains("unsupportedScheme") { return TransportError(.invalidRequest, "cannot send: \(error)") }
            // The value is not quoted: it may be a credential.
            if text.contains("invalidHeaderFieldNames") {
                return TransportError(.invalidRequest, "cannot send: a header name holds a character HTTP does not allow")
            }
            if text.contains("invalidHeaderFieldValues") {
                return TransportError(.invalidRequest, "cannot send: a header value holds a character HTTP does not allow (such as a line break)")
            }
            return TransportError(.connection, "connection error: \(error)")
        }
    }

    public func shutdown() async {
        guard ownsClient else { return }
        try? await client.shutdown()
    }
}
