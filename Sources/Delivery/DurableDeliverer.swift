import JSONValues
import NIOConcurrencyHelpers

/// Delivery through a ``JobStore``: requests are enqueued durably (``JobProducer``) and
/// delivered by a ``DeliveryWorker`` in the same process — or, with `deliverHere: false`,
/// by workers elsewhere.
///
/// It takes an event's requests together (``submit(event:inputLine:)``, what `actions
/// run` does), or one at a time as ``Deliverer`` does, consecutive requests with the same
/// origin `line` being one event (one `messageId`, enqueued together). With inputs named
/// by ``beginInput(_:)``, each commit records how far the input is taken, so that a second
/// run resumes after ``resumeLine(input:)``.
///
/// ```swift
/// let store = try await SQLJobStore.sqlite(path: "state.db")   // DeliveryStoreSQLite
/// let delivery = DurableDeliverer(store: store, destination: "topsort", policy: DeliveryPolicy())
/// let skip = try await delivery.resumeLine(input: "events.ndjson")
/// try await delivery.beginInput("events.ndjson")
/// for (n, event) in lines.enumerated() where n + 1 > skip {
///     let origin: JSONObject = ["line": .int(n + 1), "messageId": event["messageId"] ?? .null]
///     try await delivery.submit(event: engine.process(event: event).requests.map { DeliveryRequest($0, origin: origin) })
/// }
/// try await delivery.endInput(lastLine: lines.count)
/// let statistics = try await delivery.finish()
/// ```
public final class DurableDeliverer: Sendable {
    public let store: any JobStore
    public let producer: JobProducer
    /// The worker in this process (`nil` with `deliverHere: false`).
    public let worker: DeliveryWorker?
    private let workerTask: Task<Void, Never>?

    private struct Current {
        var input: String?
        /// The event's origin line (requests with the same one are one event).
        var line: Int?
        /// The input line to checkpoint once the event is committed.
        var inputLine: Int?
        var messageId: String?
        var requests: [DeliveryRequest] = []
        /// Set by ``shutdown(drainTimeout:)``: what is submitted afterwards is not taken,
        /// and no checkpoint moves. Kept with the group so that both change together.
        var stopping = false
    }

    /// What makes a later event a duplicate of an earlier one.
    private let duplicateKey: DuplicateKey
    private let current = NIOLockedValueBox(Current())

    /// - Parameters:
    ///   - store: where the jobs are kept.
    ///   - destination: the name jobs are filed under (duplicates are per destination).
    ///   - policy: how the worker in this process delivers.
    ///   - secrets: masked as `[secret:NAME]` in the store, and restored when sending.
    ///   - settings: a settings object to restore more `[secret:NAME]` values from.
    ///   - headers: set on every request sent (replacing same-named ones).
    ///   - producerOptions: how enqueueing groups its commits.
    ///   - workerOptions: how the worker in this process leases, polls and prunes.
    ///   - deliverHere: whether this process delivers (else it only enqueues).
    ///   - duplicateKey: what the duplicate check compares (by default the event's
    ///     `messageId`).
    ///   - transport: the worker's HTTP client; by default async-http-client.
    ///   - onOutcome: each item's final outcome, as the worker writes it.
    ///   - onDuplicate: each event discarded as a duplicate (its first request's origin,
    ///     its messageId), once committed.
    ///   - onProblem: store errors the worker rides out (it retries), for logs.
    public init(store: any JobStore, destination: String, policy: DeliveryPolicy,
                secrets: [(name: String, value: String)] = [], settings: JSONObject? = nil,
                headers: [(name: String, value: String)] = [],
                producerOptions: ProducerOptions = ProducerOptions(), workerOptions: WorkerOptions = WorkerOptions(),
                deliverHere: Bool = true, duplicateKey: DuplicateKey = .event, transport: (any HTTPTransport)? = nil,
                onOutcome: @escaping @Sendable (DeliveryOutcome) -> Void = { _ in },
                onDuplicate: @escaping @Sendable (JSONObject, String) -> Void = { _, _ in },
                onProblem: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.duplicateKey = duplicateKey
        var restore = settings ?? JSONObject()
        for (name, value) in secrets where restore[name] == nil { restore[name] = .string(value) }
        // The worker in this process fills in this destination's secrets: it leases only
        // this destination's jobs, whatever else the store holds.
        var options = workerOptions
        options.destination = destination
        let worker = deliverHere
            ? DeliveryWorker(store: store, policy: policy, options: options, settings: restore, headers: headers,
                             transport: transport, onOutcome: onOutcome, onProblem: onProblem)
            : nil
        self.worker = worker
        var p = producerOptions
        p.batching = policy.batching
        self.producer = JobProducer(store: store, destination: destination, secrets: secrets, options: p) { commit in
            for (origin, messageId) in commit.duplicates { onDuplicate(origin, messageId) }
            if commit.enqueued > 0 { worker?.wake() }
        }
        self.workerTask = worker.map { w in Task { await w.run() } }
    }

    /// The line of `input` after which to resume (0: from the start).
    public func resumeLine(input: String) async throws -> Int {
        try await store.checkpoint(input: input)
    }

    /// The next requests come from `input` (`nil`: an input that cannot be resumed, such
    /// as standard input).
    public func beginInput(_ input: String?) async throws {
        try await seal()
        current.withLockedValue { $0.input = input }
    }

    /// Takes a request; it is durably enqueued within ``ProducerOptions/commitInterval``.
    /// Throws when the store cannot be written.
    public func submit(_ request: DeliveryRequest) async throws {
        try await submit(request, inputLine: nil)
    }

    /// Takes a request read from line `inputLine` of the current input (by default its
    /// origin's `line`).
    ///
    /// Requests that are one event but come one at a time (the records of `actions
    /// deliver`) are gathered until a request from another line or event arrives. If the
    /// deliverer is shut down in between, the gathered requests of a named input are not
    /// taken (its checkpoint stays before them, so the next run reads them again, whole);
    /// use ``submit(event:inputLine:)`` when an event's requests are known together.
    public func submit(_ request: DeliveryRequest, inputLine: Int?) async throws {
        // A record without an origin line is an event of its own (its input line tells).
        let line = Self.originLine(of: request) ?? inputLine
        let messageId = duplicateKey.key(of: request)
        let sealNow = current.withLockedValue { c in !c.stopping && !c.requests.isEmpty && (c.line != line || c.messageId != messageId) }
        if sealNow { try await seal() }
        current.withLockedValue { c in
            if c.stopping { return }
            if c.requests.isEmpty {
                c.line = line
                c.messageId = messageId
            }
            c.inputLine = inputLine ?? line
            c.requests.append(request)
        }
    }

    /// Takes every request of one event at once (its `messageId` is the first request's
    /// origin's), read from line `inputLine` of the current input (by default the first
    /// request's origin `line`). An event is taken whole or not at all: a shutdown never
    /// commits part of it (its other requests would then be discarded as duplicates of it).
    public func submit(event requests: [DeliveryRequest], inputLine: Int? = nil) async throws {
        guard let first = requests.first else { return }
        try await seal()
        guard let input = current.withLockedValue({ $0.stopping ? nil : .some($0.input) }) else { return }
        let line = inputLine ?? Self.originLine(of: first)
        let checkpoint = input.flatMap { input in line.map { (input, $0) } }
        try await producer.add(requests, messageId: duplicateKey.key(of: first), checkpoint: checkpoint)
    }

    /// The origin `line` of a request, when it has a whole number there.
    private static func originLine(of request: DeliveryRequest) -> Int? {
        request.origin["line"]?.numberValue.flatMap { Int(exactly: $0.doubleValue) }
    }

    /// The current input was read to `lastLine`: the checkpoint moves there.
    public func endInput(lastLine: Int) async throws {
        try await seal()
        // After a stop, the group it dropped lies before `lastLine`: the checkpoint stays.
        let input = current.withLockedValue { $0.stopping ? nil : $0.input }
        if let input { try await producer.add([], messageId: nil, checkpoint: (input, lastLine)) }
    }

    private func seal() async throws {
        let taken = current.withLockedValue { c -> Current? in
            guard !c.requests.isEmpty, !c.stopping else { return nil }
            defer { c.requests = []; c.line = nil; c.inputLine = nil; c.messageId = nil }
            return c
        }
        guard let taken else { return }
        let checkpoint = taken.input.flatMap { input in taken.inputLine.map { (input, $0) } }
        try await producer.add(taken.requests, messageId: taken.messageId, checkpoint: checkpoint)
    }

    /// Returns once everything submitted so far is committed (duplicates reported).
    public func flush() async throws {
        try await seal()
        try await producer.flush()
    }

    /// Commits what was submitted, then (when delivering here) waits until every job
    /// enqueued so far — and every older one — is delivered or dead.
    public func finish() async throws -> DeliveryStatistics {
        try await seal()
        try await producer.close()
        if let worker, let workerTask {
            // Jobs left by earlier runs count too.
            let last = max(producer.counts.maxJobID, try await store.maxJobID())
            worker.finishWhenIdle { last }
            await workerTask.value
        }
        return statistics
    }

    /// Commits what was submitted, then stops the worker: sends under way may finish
    /// within `drainTimeout`; every other job stays in the store for the next run.
    ///
    /// Every event submitted whole is committed. Requests gathered one at a time into an
    /// event that may not be complete yet are committed only from an input without a
    /// name (which cannot be read again); from a named input they are left to the next
    /// run, which resumes before them. What is submitted after this call is not taken.
    public func shutdown(drainTimeout: Duration) async -> DeliveryStatistics {
        // At once, under the lock: the group is taken (from standard input) or dropped
        // (from a named input), and nothing submitted after it is taken.
        let unnamed = current.withLockedValue { c -> Current? in
            defer { c.stopping = true; c.requests = []; c.line = nil; c.inputLine = nil; c.messageId = nil }
            return c.input == nil && !c.requests.isEmpty ? c : nil
        }
        if let unnamed { try? await producer.add(unnamed.requests, messageId: unnamed.messageId, checkpoint: nil) }
        try? await producer.close()
        if let worker, let workerTask {
            await worker.stop(drainTimeout: drainTimeout)
            await workerTask.value
        }
        return statistics
    }

    /// Items enqueued by this process (`items`, `duplicates`) and what its worker did.
    public var statistics: DeliveryStatistics {
        var s = worker?.statistics ?? DeliveryStatistics()
        let counts = producer.counts
        s.items = counts.enqueued
        s.duplicates = counts.duplicates
        s.requests = 0
        return s
    }

    /// Jobs this process's worker leased (its own and any left by earlier runs).
    public var jobsLeased: Int { worker?.statistics.items ?? 0 }
}

/// What a ``DurableDeliverer``'s duplicate check compares.
public enum DuplicateKey: Sendable, Equatable {
    /// The event's `messageId` (its requests' origin's): an event whose `messageId` the
    /// destination got within the window is dropped whole, as Segment drops it.
    case event
    /// The `messageId` with the request's origin `subscription` and `action`, and a digest
    /// of its body: for inputs of requests rather than events (dead letters sent again),
    /// where the requests of one event (one per subscription, or one per item of a batched
    /// action) come apart and are not duplicates of each other.
    case request

    /// The key of `request`, or `nil` when it has no `messageId` (never a duplicate).
    func key(of request: DeliveryRequest) -> String? {
        guard let messageId = request.origin["messageId"]?.stringValue else { return nil }
        switch self {
        case .event: return messageId
        case .request:
            let subscription = request.origin["subscription"]?.stringValue ?? ""
            let action = request.origin["action"]?.stringValue ?? ""
            let body = StoreKey.digest(request.json?.serializedBytes() ?? [], length: 12)
            return [messageId, subscription, action, body].joined(separator: "\u{1F}")
        }
    }
}
