import Destinations
import JSONValues
import NIOConcurrencyHelpers

/// Delivers requests: batching, retries with backoff and `Retry-After`, per-origin
/// concurrency and rate limits, halving of failed batches, and dead letters.
///
/// Every item submitted ends in exactly one ``DeliveryOutcome`` — delivered or
/// dead-lettered — reported to `onOutcome` (from any task; the handler must be
/// thread-safe).
///
/// ```swift
/// let deliverer = Deliverer(policy: DeliveryPolicy()) { outcome in
///     if case .deadLettered(let letter) = outcome.result { store(letter) }
/// }
/// for event in events {
///     for request in engine.process(event: event).requests {
///         await deliverer.submit(DeliveryRequest(request))
///     }
/// }
/// let statistics = await deliverer.finish()
/// ```
public final class Deliverer: Sendable {
    /// The policy in force.
    public let policy: DeliveryPolicy
    private let transport: any HTTPTransport
    private let onOutcome: @Sendable (DeliveryOutcome) -> Void
    private let stop = StopSignal()
    /// Raised by ``finish()``: partial batches stop waiting for more items.
    private let flushNow = StopSignal()
    private let stats = NIOLockedValueBox(DeliveryStatistics())
    private let limiters = NIOLockedValueBox([String: OriginLimiter]())
    private let targets = NIOLockedValueBox([TargetKey: SendTarget]())
    private let batcher = Batcher()
    private let gate: ItemGate
    private let tasks = TaskTracker()
    private let backoff: Backoff

    /// - Parameters:
    ///   - policy: time-outs, retries, concurrency, rate and batching.
    ///   - transport: the HTTP client; by default async-http-client with a pool sized to
    ///     the policy's concurrency.
    ///   - onOutcome: called once per item with its final outcome.
    public init(policy: DeliveryPolicy, transport: (any HTTPTransport)? = nil,
                onOutcome: @escaping @Sendable (DeliveryOutcome) -> Void) {
        self.policy = policy
        self.transport = transport ?? AsyncHTTPClientTransport(connectionsPerHost: policy.concurrency)
        self.onOutcome = onOutcome
        self.gate = ItemGate(limit: policy.maxPendingItems)
        self.backoff = Backoff(base: policy.backoffBase, max: policy.backoffMax)
    }

    /// The counters now.
    public var statistics: DeliveryStatistics { stats.withLockedValue { $0 } }

    /// Whether ``shutdown(drainTimeout:)`` was called.
    public var isStopping: Bool { stop.isStopped }

    // MARK: Submitting

    /// Hands a request over for delivery. Waits while the policy's
    /// ``DeliveryPolicy/maxPendingItems`` are unfinished; returns once the request is
    /// accepted (its outcomes come later, through `onOutcome`). After a shutdown, its
    /// items are dead-lettered at once with reason "shut down".
    public func submit(_ request: DeliveryRequest) async {
        let sendURL = policy.redirects.isEmpty ? request.url : Redirect.resolve(request.url, with: policy.redirects)
        if policy.batching, let cut = request.batchItems {
            let target = target(for: request, sendURL: sendURL, rule: cut.rule, envelope: cut.envelope)
            stats.withLockedValue { s in
                s.requests += 1
                s.items += cut.items.count
            }
            for (i, element) in cut.items.enumerated() {
                var bytes: [UInt8] = []
                JSONSerializer.write(element, into: &bytes)
                let item = Item(bytes: bytes, origin: request.origin, index: i)
                guard await gate.enter() else {
                    refuse(item, target: target)
                    continue
                }
                switch batcher.add(item, size: bytes.count, target: target) {
                case .held(let timer):
                    if let timer { scheduleFlush(target, generation: timer, after: cut.rule) }
                case .ready(let jobs, let timer):
                    for job in jobs { launch(job) }
                    if let timer { scheduleFlush(target, generation: timer, after: cut.rule) }
                case .closed:
                    refuse(item, target: target)
                }
            }
        } else {
            // Not merged with other requests, but cut at its batch rule's limit, if over it.
            let target = SendTarget(method: request.method, url: request.url, sendURL: sendURL, headers: request.headers,
                                    batch: nil, envelope: JSONObject())
            for part in request.unbatchedParts {
                let item = Item(bytes: part.json.map { $0.serializedBytes() }, origin: part.origin, index: nil)
                stats.withLockedValue { s in
                    s.requests += 1
                    s.items += 1
                }
                guard await gate.enter() else {
                    refuse(item, target: target)
                    continue
                }
                launch(SendJob(target: target, items: [item]))
            }
        }
    }

    /// Sends every partial batch and waits until every item submitted so far is
    /// delivered or dead-lettered. Returns the final counters.
    public func finish() async -> DeliveryStatistics {
        flushNow.stop()
        for job in batcher.flushAll(close: false) { launch(job) }
        await tasks.waitIdle()
        await transport.shutdown()
        return statistics
    }

    /// Stops: nothing new is sent; requests in flight may finish within `drainTimeout`
    /// (a success is delivered, anything else is dead-lettered), and every other item —
    /// queued, waiting in a batch, or waiting to be retried — is dead-lettered with reason
    /// "shut down". Returns the final counters.
    public func shutdown(drainTimeout: Duration) async -> DeliveryStatistics {
        stop.stop()
        flushNow.stop()
        gate.close()
        for limiter in limiters.withLockedValue({ Array($0.values) }) { limiter.wakeAllForStop() }
        for job in batcher.flushAll(close: true) { deadLetter(job, .shutDown) }
        if !(await tasks.waitIdle(timeout: drainTimeout)) {
            tasks.cancelAll()
            await tasks.waitIdle()
        }
        await transport.shutdown()
        return statistics
    }

    // MARK: Sending

    private func target(for request: DeliveryRequest, sendURL: String, rule: BatchRule, envelope: JSONObject) -> SendTarget {
        let key = TargetKey(method: request.method, url: request.url, sendURL: sendURL,
                            headers: request.headers.flatMap { [$0.name, $0.value] }, rule: rule, envelope: envelope)
        return targets.withLockedValue { cache in
            if let t = cache[key] { return t }
            if cache.count >= 1024 { cache.removeAll() }
            let t = SendTarget(method: request.method, url: request.url, sendURL: sendURL, headers: request.headers,
                               batch: rule, envelope: envelope)
            cache[key] = t
            return t
        }
    }

    private func scheduleFlush(_ target: SendTarget, generation: Int, after rule: BatchRule) {
        let wait = Duration.milliseconds(rule.maxWaitMilliseconds)
        tasks.start { [self] in
            _ = await flushNow.sleep(for: wait)
            if let job = batcher.flush(target, generation: generation) {
                if stop.isStopped { deadLetter(job, .shutDown) } else { await run(job) }
            }
        }
    }

    private func launch(_ job: SendJob) {
        tasks.start { [self] in await run(job) }
    }

    private func limiter(for origin: String) -> OriginLimiter {
        limiters.withLockedValue { all in
            if let l = all[origin] { return l }
            let l = OriginLimiter(concurrency: policy.concurrency, ratePerSecond: policy.ratePerSecond, stop: stop)
            all[origin] = l
            return l
        }
    }

    /// Sends a job until it is delivered, dead-lettered, or split into halves that are
    /// sent the same way.
    private func run(_ job: SendJob) async {
        var job = job
        let limiter = limiter(for: job.target.originKey)
        let body = job.body()
        let request = HTTPRequestData(method: job.target.method, url: job.target.sendURL, headers: job.target.headers, body: body)
        while true {
            // The item's own retry window bounds its wait for a vendor's pause and the rate:
            // past it, the item is dead-lettered rather than kept waiting. (A request that
            // need not wait is sent, even a retry that woke a little late.)
            switch await limiter.acquire(deadline: (job.firstInstant ?? .now) + policy.retryWindow) {
            case .granted:
                break
            case .stopped:
                deadLetter(job, .shutDown)
                return
            case .pastDeadline:
                if job.lastError == nil && job.lastStatus == nil {
                    job.lastError = OriginLimiter.Grant.pastDeadlineError
                }
                deadLetter(job, .retryWindowSpent)
                return
            }
            let now = UTCTime.now()
            if job.firstAttempt == nil {
                job.firstAttempt = now
                job.firstInstant = .now
            }
            job.attempts += 1
            let isRetry = job.attempts > 1
            stats.withLockedValue { s in
                s.httpRequests += 1
                s.inFlight += 1
                if isRetry { s.retries += 1 }
                if job.items.count > 1 { s.batches += 1 }
            }
            let result: Result<HTTPResponseData, TransportError>
            do {
                result = .success(try await transport.send(request, timeout: policy.timeout, maxBodyBytes: policy.responsePrefixBytes))
            } catch {
                result = .failure(error)
            }
            job.lastAttempt = UTCTime.now()
            stats.withLockedValue { $0.inFlight -= 1 }

            switch result {
            case .success(let response):
                job.lastStatus = response.status
                job.lastResponse = response.bodyPrefix
                job.lastError = response.note
            case .failure(let error):
                job.lastError = error.message
                job.lastStatus = nil
                job.lastResponse = []
                if error.kind == .timeout { stats.withLockedValue { $0.timeouts += 1 } }
            }
            let delay: Duration
            let verdict = AttemptVerdict(result, now: UTCTime.now())
            if !verdict.isDelivered { stats.withLockedValue { $0.noteFailure(result, url: request.url) } }
            switch verdict {
            case .delivered(let status):
                limiter.release(status: status)
                for item in job.items {
                    emit(DeliveryOutcome(origin: item.origin, itemIndex: item.index, attempts: job.attempts,
                                         result: .delivered(status: status)))
                }
                return
            case .permanent(let status):
                limiter.release(status: status)
                if policy.splits(status, items: job.items.count, stopping: stop.isStopped) {
                    stats.withLockedValue { $0.splits += 1 }
                    let (a, b) = job.halves()
                    await withDiscardingTaskGroup { group in
                        group.addTask { await self.run(a) }
                        group.addTask { await self.run(b) }
                    }
                } else if policy.splits(status, items: job.items.count, stopping: false) {
                    // Stopping: which items of the batch are bad is not known, so none is
                    // called bad; all are dead-lettered for the stop, to be resent.
                    deadLetter(job, .shutDown)
                } else {
                    deadLetter(job, .permanentStatus(status))
                }
                return
            case .invalidRequest:
                limiter.release(status: nil)
                deadLetter(job, .invalidRequest)
                return
            case .retryable(let retryAfter):
                // Wait, unless a limit says to give up.
                delay = policy.retryDelay(retryAfter: retryAfter, retry: job.attempts, backoff: backoff)
                limiter.releaseForRetry(status: job.lastStatus, retryAfter: retryAfter, delay: delay)
            }
            if let max = policy.maxAttempts, job.attempts >= max {
                deadLetter(job, .attemptLimitReached)
                return
            }
            let elapsed = job.firstInstant.map { ContinuousClock.now - $0 } ?? .zero
            if elapsed + delay > policy.retryWindow {
                deadLetter(job, .retryWindowSpent)
                return
            }
            if stop.isStopped {
                deadLetter(job, .shutDown)
                return
            }
            stats.withLockedValue { $0.retrying += 1 }
            let slept = await stop.sleep(for: delay)
            stats.withLockedValue { $0.retrying -= 1 }
            if !slept {
                deadLetter(job, .shutDown)
                return
            }
        }
    }

    // MARK: Outcomes

    private func emit(_ outcome: DeliveryOutcome) {
        stats.withLockedValue { s in
            if outcome.isDelivered { s.delivered += 1 } else { s.deadLettered += 1 }
        }
        onOutcome(outcome)
        gate.leave()
    }

    private func deadLetter(_ job: SendJob, _ reason: DeadLetterReason) {
        let response = job.lastResponse.isEmpty ? nil : String(decoding: job.lastResponse, as: UTF8.self)
        for item in job.items {
            let letter = DeadLetter(
                reason: reason, request: job.request(for: item), status: job.lastStatus, responseStart: response,
                error: job.lastError, attempts: job.attempts, firstAttempt: job.firstAttempt, lastAttempt: job.lastAttempt
            )
            emit(DeliveryOutcome(origin: item.origin, itemIndex: item.index, attempts: job.attempts, result: .deadLettered(letter)))
        }
    }

    /// An item refused after a shutdown: dead-lettered without an attempt. It never
    /// entered the gate, so it does not leave it.
    private func refuse(_ item: Item, target: SendTarget) {
        let job = SendJob(target: target, items: [item])
        let letter = DeadLetter(reason: .shutDown, request: job.request(for: item), status: nil, responseStart: nil,
                                error: nil, attempts: 0, firstAttempt: nil, lastAttempt: nil)
        stats.withLockedValue { $0.deadLettered += 1 }
        onOutcome(DeliveryOutcome(origin: item.origin, itemIndex: item.index, attempts: 0, result: .deadLettered(letter)))
    }
}

/// What makes two batchable requests mergeable: method, URLs, headers, rule and the body
/// around the items.
struct TargetKey: Hashable {
    let method: String
    let url: String
    let sendURL: String
    let headers: [String]
    let rule: BatchRule
    let envelope: JSONObject
}
