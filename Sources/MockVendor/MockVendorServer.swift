import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 server on loopback that answers like a vendor API, with whatever faults a
/// test or a user scripts: errors, `Retry-After`, slowness, closed connections.
///
/// ```swift
/// let server = try await MockVendorServer.start { request in
///     request.sequence == 1 ? .respond(status: 500) : .noContent
/// }
/// defer { Task { await server.stop() } }
/// // send to server.baseURL …
/// ```
public final class MockVendorServer: Sendable {
    public typealias Handler = @Sendable (MockRequest) -> MockResponse

    private let channel: any Channel
    private let state: NIOLockedValueBox<[MockRequest]>
    /// The port it listens on (127.0.0.1).
    public let port: Int

    private init(channel: any Channel, state: NIOLockedValueBox<[MockRequest]>, port: Int) {
        self.channel = channel
        self.state = state
        self.port = port
    }

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [MockRequest] { state.withLockedValue { $0 } }

    /// Starts listening on 127.0.0.1 (`port` 0 picks a free port).
    public static func start(port: Int = 0, handler: @escaping Handler) async throws -> MockVendorServer {
        let state = NIOLockedValueBox<[MockRequest]>([])
        let counter = NIOLockedValueBox(0)
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let outlet = RawOutlet()
                return channel.pipeline.addHandler(outlet).flatMap {
                    channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                }.flatMap {
                    channel.pipeline.addHandler(MockHTTPHandler(handler: handler, log: state, counter: counter, outlet: outlet))
                }
            }
            .childChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: port).get()
        let bound = channel.localAddress?.port ?? port
        return MockVendorServer(channel: channel, state: state, port: bound)
    }

    /// Stops listening (open connections are closed as they finish).
    public func stop() async {
        try? await channel.close()
    }
}

/// Collects one request (head and body), asks the handler, and answers.
final class MockHTTPHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: MockVendorServer.Handler
    private let log: NIOLockedValueBox<[MockRequest]>
    private let counter: NIOLockedValueBox<Int>
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    private let outlet: RawOutlet

    init(handler: @escaping MockVendorServer.Handler, log: NIOLockedValueBox<[MockRequest]>, counter: NIOLockedValueBox<Int>,
         outlet: RawOutlet) {
        self.handler = handler
        self.log = log
        self.counter = counter
        self.outlet = outlet
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = []
        case .body(var buffer):
            if let bytes = buffer.readBytes(length: buffer.readableBytes) { body.append(contentsOf: bytes) }
        case .end:
            guard let head else { return }
            self.head = nil
            let sequence = counter.withLockedValue { n -> Int in n += 1; return n }
            let request = MockRequest(
                sequence: sequence, method: head.method.rawValue, uri: head.uri,
                headers: head.headers.map { ($0.name, $0.value) }, body: body
            )
            log.withLockedValue { $0.append(request) }
            perform(handler(request), context: context, keepAlive: head.isKeepAlive, version: head.version)
        }
    }

    private func perform(_ response: MockResponse, context: ChannelHandlerContext, keepAlive: Bool, version: HTTPVersion) {
        switch response {
        case .closeConnection:
            context.close(promise: nil)
        case .raw(let text, let close):
            let channel = context.channel
            let done = outlet.write(Array(text.utf8), from: context)
            if close { done.whenComplete { _ in channel.close(promise: nil) } }
        case .reset(let text):
            let channel = context.channel
            // SO_LINGER on with a zero time-out makes close send RST.
            let linger = (channel as? SocketOptionProvider)?.setSoLinger(linger(l_onoff: 1, l_linger: 0))
                ?? channel.eventLoop.makeSucceededVoidFuture()
            let done = text.isEmpty ? channel.eventLoop.makeSucceededVoidFuture() : outlet.write(Array(text.utf8), from: context)
            done.and(linger).whenComplete { _ in channel.close(promise: nil) }
        case .delayed(let duration, let then):
            // At most a day, so that the nanoseconds stay in range.
            let bounded = min(max(duration, .zero), .seconds(86_400))
            let nanos = bounded.components.seconds * 1_000_000_000 + bounded.components.attoseconds / 1_000_000_000
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .nanoseconds(nanos)) {
                let (handler, context) = loopBound.value
                guard context.channel.isActive else { return }
                handler.perform(then, context: context, keepAlive: keepAlive, version: version)
            }
        case .respond(let status, let headers, let text):
            var h = HTTPHeaders()
            for (n, v) in headers { h.add(name: n, value: v) }
            let bytes = Array(text.utf8)
            h.replaceOrAdd(name: "Content-Length", value: String(bytes.count))
            if !keepAlive { h.replaceOrAdd(name: "Connection", value: "close") }
            let responseHead = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status), headers: h)
            context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
            if !bytes.isEmpty {
                var buffer = context.channel.allocator.buffer(capacity: bytes.count)
                buffer.writeBytes(bytes)
                context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if !keepAlive {
                let channel = context.channel
                done.whenComplete { _ in channel.close(promise: nil) }
            }
        }
    }
}

/// The first handler of a connection's pipeline, next to the socket: bytes written through
/// it skip the HTTP encoder (for ``MockResponse/raw(_:close:)``). Everything else passes.
final class RawOutlet: ChannelOutboundHandler, @unchecked Sendable {
    typealias OutboundIn = IOData
    private var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    /// Writes `bytes` to the socket and flushes (called on the channel's event loop, once
    /// the outlet is in the pipeline; before that, nothing is written).
    func write(_ bytes: [UInt8], from caller: ChannelHandlerContext) -> EventLoopFuture<Void> {
        guard let context else { return caller.eventLoop.makeSucceededVoidFuture() }
        var buffer = context.channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        return context.writeAndFlush(NIOAny(IOData.byteBuffer(buffer)))
    }
}
