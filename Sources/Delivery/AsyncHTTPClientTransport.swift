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
        var r = HTTPClientRequest(url: request.url)
        r.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { r.headers.add(name: name, value: value) }
        if let body = request.body { r.body = .bytes(body) }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(timeout.seconds * 1e9))
        do {
            let response = try await client.execute(r, deadline: deadline)
            var prefix: [UInt8] = []
            // The rest of the body is read and dropped, so the connection can be reused.
            for try await chunk in response.body {
                if prefix.count < maxBodyBytes {
                    prefix.append(contentsOf: chunk.readableBytesView.prefix(maxBodyBytes - prefix.count))
                }
            }
            var headers: [(name: String, value: String)] = []
            for (name, value) in response.headers { headers.append((name, value)) }
            return HTTPResponseData(status: Int(response.status.code), headers: headers, bodyPrefix: prefix)
        } catch let error as HTTPClientError {
            throw AsyncHTTPClientTransport.classify(error)
        } catch is CancellationError {
            throw TransportError(.connection, "cancelled")
        } catch {
            throw TransportError(.connection, "connection error: \(error)")
        }
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
            if "\(error)".contains("unsupportedScheme") { return TransportError(.invalidRequest, "cannot send: \(error)") }
            return TransportError(.connection, "connection error: \(error)")
        }
    }

    public func shutdown() async {
        guard ownsClient else { return }
        try? await client.shutdown()
    }
}
