import JSONValues
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Delivers the jobs of a ``JobStore``: leases due jobs, sends them (the jobs of one
/// batched target together, up to its rule's items and bytes), and writes each attempt's
/// result back — delivered, due again after a backoff, or dead.
///
/// One attempt per lease: a retry is not slept through in memory but stored as the job's
/// next attempt time, so any worker may make it, and a worker that dies loses nothing
/// (its leases end and its jobs fall due for the others). Results are written in groups
/// (every ``WorkerOptions/flushInterval``); ``DeliveryOutcome``s are reported once their
/// group is committed.
///
/// ```swift
/// let worker = DeliveryWorker(store: store, policy: DeliveryPolicy(), settings: settings)
/// let task = Task { await worker.run() }
/// // … on SIGTERM:
/// await worker.stop(drainTimeout: .seconds(10))   // leases handed back
/// ```
public final class DeliveryWorker: Sendable {
    /// This worker's name on its leases: `host/pid/random`.
    public let owner: String
    public let store: any JobStore
    public let policy: DeliveryPolicy
    private let options: WorkerOptions
    private let transport: any HTTPTransport
    private let decoder: StoredTargetDecoder
    private let onOutcome: @Sendable (DeliveryOutcome) -> Void
    private let onProblem: @Sendable (String) -> Void
    private let stopSignal = StopSignal()
    private let wakeSignal = WakeSignal()
    private let flushWake = WakeSignal()
    private let tasks = TaskTracker()
    private let limiters = NIOLockedValueBox([String: OriginLimiter]())
    private let targetCache = NIOLockedValueBox([Int: Result<SendTarget, TargetProblem>]())
    private let stats = NIOLockedValueBox(DeliveryStatistics())
    private let backoff: Backoff

    private struct Flow {
        /// Jobs leased and not yet written back or handed back.
        var inFlight = 0
        var results: [(result: AttemptResult, outcomes: [DeliveryOutcome])] = []
        /// Finish once no job up to this id is unfinished.
        var drainUpTo: (@Sendable () -> Int)?
        var rescheduled = 0
        /// Set when the run loop ended: the flusher writes what is left and returns.
        var flushing = false
    }

    private let flow = NIOLockedValueBox(Flow())

    /// - Parameters:
    ///   - store: the store whose jobs it delivers.
    ///   - policy: time-outs, retries, concurrency, rate and batching.
    ///   - options: how it leases, polls and prunes; the lease is lengthened to fit an
    ///     attempt (twice the policy's time-out, plus a second).
    ///   - settings: restores `[secret:NAME]` in stored requests.
    ///   - headers: set on every request (replacing same-named ones).
    ///   - transport: the HTTP client; by default async-http-client with a pool sized to
    ///     the policy's concurrency.
    ///   - onOutcome: each job's final outcome (delivered or dead), once written.
    ///   - onProblem: store errors the worker rides out (it retries), for logs.
    public init(store: any JobStore, policy: DeliveryPolicy, options: WorkerOptions = WorkerOptions(),
                settings: JSONObject? = nil, headers: [(name: String, value: String)] = [],
                transport: (any HTTPTransport)? = nil,
                onOutcome: @escaping @Sendable (DeliveryOutcome) -> Void = { _ in },
                onProblem: @escaping @Sendable (String) -> Void = { _ in }) {
        self.store = store
        self.policy = policy
        // An attempt must fit in a lease (see ``WorkerOptions/lease``).
        var options = options
        options.lease = max(options.lease, policy.timeout * 2 + .seconds(1))
        self.options = options
        self.transport = transport ?? AsyncHTTPClientTransport(connectionsPerHost: policy.concurrency)
        self.decoder = StoredTargetDecoder(settings: settings, headers: headers, redirects: policy.redirects)
        self.onOutcome = onOutcome
        self.onProblem = onProblem
        self.backoff = Backoff(base: policy.backoffBase, max: policy.backoffMax)
        self.owner = WorkerIdentity.make()
    }

    /// The counters now: items are jobs leased; retries are attempts after a job's first.
    public var statistics: DeliveryStatistics { stats.withLockedValue { $0 } }

    /// Attempts that failed and were stored to be tried again.
    public var rescheduled: Int { flow.withLockedValue { $0.rescheduled } }

    /// Looks for work now (new jobs were enqueued).
    public func wake() { wakeSignal.signal() }

    /// From now on, ``run()`` returns once no job with an id up to `maxID()` is unfinished.
    public func finishWhenIdle(upTo maxID: @escaping @Sendable () -> Int) {
        flow.withLockedValue { $0.drainUpTo = maxID }
        wakeSignal.signal()
    }

    /// Whether ``stop(drainTimeout:)`` was called.
    public var isStopping: Bool { stopSignal.isStopped }

    // MARK: Running

    /// Leases and delivers until stopped (or, after ``finishWhenIdle(upTo:)``, until idle).
    /// Leases held by dead processes on this machine are handed back first.
    public func run() async {
        await reclaimDeadLocalLeases()
        let flusher = Task { await flushLoop() }
        var lastPrune: ContinuousClock.Instant?
        while !stopSignal.isStopped {
            if lastPrune.map({ ContinuousClock.now - $0 >= options.pruneInterval }) ?? true {
                lastPrune = .now
                await prune()
            }
            let inFlight = flow.withLockedValue { $0.inFlight }
            let room = options.leaseBatch - inFlight
            if room < max(1, options.leaseBatch / 4) {
                await wakeSignal.wait(timeout: options.pollInterval)
                continue
            }
            let now = UTCTime.now()
            let until = now + options.lease.seconds
            let leased: [LeasedJob]
            do {
                leased = try await store.lease(owner: owner, limit: room, until: until, now: now, destination: options.destination)
            } catch {
                onProblem("cannot lease jobs from \(store.description): \(error)")
                await wakeSignal.wait(timeout: .seconds(1))
                continue
            }
            if stopSignal.isStopped {
                try? await store.release(owner: owner, leases: leased, now: UTCTime.now())
                break
            }
            if leased.isEmpty {
                if await isDrained() { break }
                await wakeSignal.wait(timeout: options.pollInterval)
                continue
            }
            flow.withLockedValue { $0.inFlight += leased.count }
            stats.withLockedValue { $0.items += leased.count }
            await dispatch(leased, until: until)
        }
        await tasks.waitIdle()
        flow.withLockedValue { $0.flushing = true }
        flushWake.signal()
        await flusher.value
        // Whatever is still leased (a send cut short by a stop) is handed back.
        try? await store.release(owner: owner, jobIDs: nil, now: UTCTime.now())
        await transport.shutdown()
    }

    /// Stops leasing; sends under way may finish within `drainTimeout`, then are cut
    /// short. Every lease still held is handed back. ``run()`` returns after.
    public func stop(drainTimeout: Duration) async {
        stopSignal.stop()
        for limiter in limiters.withLockedValue({ Array($0.values) }) { limiter.wakeAllForStop() }
        wakeSignal.signal()
        if !(await tasks.waitIdle(timeout: drainTimeout)) { tasks.cancelAll() }
    }

    private func isDrained() async -> Bool {
        guard let maxID = flow.withLockedValue({ $0.drainUpTo }) else { return false }
        guard flow.withLockedValue({ $0.inFlight == 0 && $0.results.isEmpty }) else { return false }
        guard let (count, _) = try? await store.unfinished(upTo: maxID(), destination: options.destination) else { return false }
        return count == 0
    }

    private func prune() async {
        let now = UTCTime.now()
        do {
            // The messageIds seen are shared by every producer of the store: a worker never
            // forgets them sooner than the default window, whatever its own says (one run
            // with --dedupe-window 0 would otherwise end deduplication for all).
            _ = try await store.prune(before: now - options.retention,
                                      seenBefore: now - max(options.dedupeWindow, WorkerOptions().dedupeWindow))
        } catch {
            onProblem("cannot prune \(store.description): \(error)")
        }
    }

    /// Hands back the leases of processes on this machine that no longer run.
    private func reclaimDeadLocalLeases() async {
        guard let owners = try? await store.leaseOwners() else { return }
        for o in owners where o != owner && WorkerIdentity.isDeadLocalProcess(o) {
            try? await store.release(owner: o, jobIDs: nil, now: UTCTime.now())
        }
    }

    // MARK: Sending

    /// Jobs sent together, with their leases in the same order as the job's items.
    private struct Batch: Sendable {
        var job: SendJob
        var leases: [LeasedJob]
        /// For a half of a rejected batch: that rejected attempt, which counts for the
        /// half's jobs if the half goes back to the store unsent.
        var rejection: AttemptResult?

        /// The two halves, each remembering `rejection` (the attempt that rejected this batch).
        func halves(rejectedBy rejection: AttemptResult) -> (Batch, Batch) {
            let (a, b) = job.halves()
            let mid = leases.count / 2
            return (Batch(job: a, leases: Array(leases[..<mid]), rejection: rejection),
                    Batch(job: b, leases: Array(leases[mid...]), rejection: rejection))
        }

        /// The number of the retry that follows an attempt of this batch (1 after the first).
        var retryNumber: Int { (leases.map(\.attempts).max() ?? 0) + 1 }

        /// The jobs at `indexes`, with their items.
        func part(_ indexes: [Int]) -> Batch {
            var j = job
            j.items = indexes.map { job.items[$0] }
            return Batch(job: j, leases: indexes.map { leases[$0] }, rejection: rejection)
        }
    }

    private func dispatch(_ leased: [LeasedJob], until: Double) async {
        var order: [Int] = []
        var groups: [Int: [LeasedJob]] = [:]
        for j in leased {
            if groups[j.targetID] == nil { order.append(j.targetID) }
            groups[j.targetID, default: []].append(j)
        }
        let unknown = order.filter { id in targetCache.withLockedValue { $0[id] == nil } }
        if !unknown.isEmpty {
            do {
                let records = try await store.targets(unknown)
                let decoded = unknown.map { id in (id, records[id].map(decoder.target(record:)) ?? .failure(TargetProblem("the stored target \(id) is missing"))) }
                targetCache.withLockedValue { for (id, r) in decoded { $0[id] = r } }
            } catch {
                onProblem("cannot read targets from \(store.description): \(error)")
                await handBack(leased)
                return
            }
        }
        for targetID in order {
            guard let jobs = groups[targetID], let cached = targetCache.withLockedValue({ $0[targetID] }) else { continue }
            let target: SendTarget
            switch cached {
            case .failure(let problem):
                giveUp(jobs, target: nil, reason: .invalidRequest, error: problem.message)
                continue
            case .success(let t):
                target = t
            }
            var items: [(Item, LeasedJob)] = []
            let now = UTCTime.now()
            for j in jobs {
                // A job whose last lease ended without a result had that counted as an
                // attempt; past its limits it is not sent again: the workers sending it
                // keep stopping (a response that crashes the HTTP client, say).
                if j.previousLeaseLost, let reason = lostLeaseLimit(j, now: now) {
                    giveUp([j], target: target, reason: reason, error: Self.lostLeases)
                    continue
                }
                guard let bytes = decoder.item(j.item) else {
                    giveUp([j], target: target, reason: .invalidRequest,
                           error: "the request holds a masked secret ([secret:…]); give the worker the settings it came from")
                    continue
                }
                items.append((Item(bytes: bytes, origin: Self.origin(j.origin), index: nil), j))
            }
            for batch in Self.cut(items, target: target) {
                tasks.start { [self] in await send(batch, until: until) }
            }
        }
    }

    /// Why a job past its limits is not sent again.
    static let lostLeases = "not sent again: its last lease ended without a result (the worker sending it stopped: killed, hung, or crashed on it)"

    /// The limit a job whose lease was lost has reached, if any.
    private func lostLeaseLimit(_ j: LeasedJob, now: Double) -> DeadLetterReason? {
        if let max = policy.maxAttempts, j.attempts >= max { return .attemptLimitReached }
        if let first = j.firstAttemptAt, now - first > policy.retryWindow.seconds { return .retryWindowSpent }
        return nil
    }

    /// The items in batches within the target's rule (one per batch without a rule).
    private static func cut(_ items: [(Item, LeasedJob)], target: SendTarget) -> [Batch] {
        guard let rule = target.batch, rule.maxItems > 1 else {
            return items.map { Batch(job: SendJob(target: target, items: [$0.0]), leases: [$0.1]) }
        }
        var out: [Batch] = []
        var current = Batch(job: SendJob(target: target, items: []), leases: [])
        let fixed = target.prefix.count + target.suffix.count
        var bytes = fixed
        for (item, lease) in items {
            let size = (item.bytes?.count ?? 0) + 1
            if !current.leases.isEmpty && (current.leases.count >= rule.maxItems || bytes + size > rule.maxBytes) {
                out.append(current)
                current = Batch(job: SendJob(target: target, items: []), leases: [])
                bytes = fixed
            }
            current.job.items.append(item)
            current.leases.append(lease)
            bytes += size
        }
        if !current.leases.isEmpty { out.append(current) }
        return out
    }

    private static func origin(_ text: String) -> JSONObject {
        (try? JSONParser.parse(Array(text.utf8)))?.objectValue ?? JSONObject()
    }

    private func limiter(for origin: String) -> OriginLimiter {
        limiters.withLockedValue { all in
            if let l = all[origin] { return l }
            let l = OriginLimiter(concurrency: policy.concurrency, ratePerSecond: policy.ratePerSecond, stop: stopSignal)
            all[origin] = l
            return l
        }
    }

    /// One attempt for a batch (and, when a splittable status rejects it, for its halves).
    private func send(_ batch: Batch, until: Double) async {
        let job = batch.job
        let limiter = limiter(for: job.target.originKey)
        // The wait for a slot, a vendor's pause and the rate must end while the lease still
        // covers an attempt; otherwise the jobs go back to the store, due when the origin
        // opens again (so that no worker leases them only to wait).
        let leaseLeft = until - UTCTime.now() - policy.timeout.seconds - 1
        switch await limiter.acquire(deadline: .now + .seconds(max(0, min(leaseLeft, 1e9)))) {
        case .granted:
            break
        case .stopped:
            // Stopping makes no dead letter: the rejection counts, the limits wait.
            await giveBack(batch, stopping: true)
            return
        case .pastDeadline(let opensAt):
            // Jobs whose retry window ends before the origin opens are dead letters now, as
            // in memory; the others go back, due when it opens.
            let now = UTCTime.now()
            let opens = now + max(0, (opensAt - .now).seconds)
            let isLate = batch.leases.map { opens - ($0.firstAttemptAt ?? now) > policy.retryWindow.seconds }
            let late = batch.leases.indices.filter { isLate[$0] }
            if !late.isEmpty {
                var r = AttemptResult(jobIDs: late.map { batch.leases[$0].id }, outcome: .dead, at: now, durationMs: 0)
                r.error = OriginLimiter.Grant.pastDeadlineError
                r.attempted = false
                var part = batch.part(late)
                part.job.lastError = r.error
                record(r, batch: part, dead: .retryWindowSpent)
            }
            await giveBack(batch.part(batch.leases.indices.filter { !isLate[$0] }), dueAt: opens)
            return
        }
        // A lease that would end during the attempt is handed back rather than risk a
        // second worker sending the same items.
        if UTCTime.now() + policy.timeout.seconds + 1 > until {
            limiter.release(status: nil)
            await giveBack(batch)
            return
        }
        let request = HTTPRequestData(method: job.target.method, url: job.target.sendURL, headers: job.target.headers, body: job.body())
        let isRetry = batch.leases.contains { $0.attempts > 0 }
        stats.withLockedValue { s in
            s.httpRequests += 1
            s.inFlight += 1
            if isRetry { s.retries += 1 }
            if job.items.count > 1 { s.batches += 1 }
        }
        let at = UTCTime.now()
        let started = ContinuousClock.now
        let result: Result<HTTPResponseData, TransportError>
        do {
            result = .success(try await transport.send(request, timeout: policy.timeout, maxBodyBytes: policy.responsePrefixBytes))
        } catch {
            result = .failure(error)
        }
        let durationMs = (ContinuousClock.now - started).seconds * 1000
        stats.withLockedValue { $0.inFlight -= 1 }
        var attempt = AttemptResult(jobIDs: batch.leases.map(\.id), outcome: .delivered, at: at, durationMs: durationMs)
        // What is stored of the response is masked with the secrets this request was sent
        // with: the target's, and those put back into its items.
        func masked(_ text: String) -> String {
            job.target.mask.adding(batch.leases.flatMap { $0.item.map(decoder.restoredSecrets(in:)) ?? [] }).mask(text)
        }
        switch result {
        case .success(let response):
            attempt.status = response.status
            attempt.responseStart = response.bodyPrefix.isEmpty ? nil : masked(String(decoding: response.bodyPrefix, as: UTF8.self))
            attempt.error = response.note.map { recordText(masked($0)) }
        case .failure(let error):
            attempt.error = masked(error.message)
            if error.kind == .timeout { stats.withLockedValue { $0.timeouts += 1 } }
        }
        let delay: Duration
        let verdict = AttemptVerdict(result, now: UTCTime.now())
        if !verdict.isDelivered { stats.withLockedValue { $0.noteFailure(result, url: request.url) } }
        switch verdict {
        case .delivered(let status):
            limiter.release(status: status)
            record(attempt, batch: batch, dead: nil)
            return
        case .permanent(let status):
            limiter.release(status: status)
            if policy.splits(status, items: job.items.count, stopping: stopSignal.isStopped) {
                stats.withLockedValue { $0.splits += 1 }
                // Each half is tried at once, within the same lease.
                var rejected = attempt
                rejected.outcome = .retry
                let (a, b) = batch.halves(rejectedBy: rejected)
                await withDiscardingTaskGroup { group in
                    group.addTask { await self.send(a, until: until) }
                    group.addTask { await self.send(b, until: until) }
                }
                return
            }
            // Stopping, a batch that would have been halved is not known bad item by item:
            // it is stored to be tried again (and halved then), not dead-lettered for the stop.
            if policy.splits(status, items: job.items.count, stopping: false) {
                attempt.outcome = .retry
                attempt.nextAttemptAt = UTCTime.now()
                record(attempt, batch: batch, dead: nil)
                return
            }
            attempt.outcome = .dead
            record(attempt, batch: batch, dead: .permanentStatus(status))
            return
        case .invalidRequest:
            limiter.release(status: nil)
            attempt.outcome = .dead
            record(attempt, batch: batch, dead: .invalidRequest)
            return
        case .retryable(let retryAfter):
            // Stored with its next attempt time, unless a limit says to give up.
            delay = policy.retryDelay(retryAfter: retryAfter, retry: batch.retryNumber, backoff: backoff)
            limiter.releaseForRetry(status: attempt.status, retryAfter: retryAfter, delay: delay)
        }
        recordRetry(attempt, batch: batch, dueAt: UTCTime.now() + delay.seconds)
    }

    /// Records `attempt` for `batch` as a retry due at `next`, except for the jobs it brings
    /// to the attempt limit or past the retry window: those become dead letters (with
    /// `deadError` when the attempt has no error of its own). With `limits` false (a stop)
    /// every job is a retry.
    private func recordRetry(_ attempt: AttemptResult, batch: Batch, dueAt next: Double, limits: Bool = true, deadError: String? = nil) {
        var retry: [Int] = [], limit: [Int] = [], window: [Int] = []
        for (i, lease) in batch.leases.enumerated() {
            if !limits {
                retry.append(i)
            } else if let max = policy.maxAttempts, lease.attempts + 1 >= max {
                limit.append(i)
            } else if next - (lease.firstAttemptAt ?? attempt.at) > policy.retryWindow.seconds {
                window.append(i)
            } else {
                retry.append(i)
            }
        }
        if !retry.isEmpty {
            var r = attempt
            r.outcome = .retry
            r.nextAttemptAt = next
            record(r, batch: batch.part(retry), dead: nil)
        }
        for (indexes, reason) in [(limit, DeadLetterReason.attemptLimitReached), (window, .retryWindowSpent)] where !indexes.isEmpty {
            var r = attempt
            r.outcome = .dead
            r.error = r.error ?? deadError
            record(r, batch: batch.part(indexes), dead: reason)
        }
    }

    /// Jobs given up on without an attempt (their target or item cannot be rebuilt).
    private func giveUp(_ jobs: [LeasedJob], target: SendTarget?, reason: DeadLetterReason, error: String) {
        var r = AttemptResult(jobIDs: jobs.map(\.id), outcome: .dead, at: UTCTime.now(), durationMs: 0)
        r.error = error
        r.attempted = false
        let placeholder = target ?? SendTarget(method: "POST", url: "", sendURL: "", headers: [], batch: nil, envelope: JSONObject())
        let items = jobs.map { Item(bytes: $0.item.map { Array($0.utf8) }, origin: Self.origin($0.origin), index: nil) }
        var job = SendJob(target: placeholder, items: items)
        job.lastError = error
        record(r, batch: Batch(job: job, leases: jobs), dead: reason)
    }

    /// Queues an attempt's result to be written, with the outcomes to report after.
    private func record(_ attempt: AttemptResult, batch: Batch, dead: DeadLetterReason?) {
        var r = attempt
        // The result is for this batch's jobs alone (an attempt's other jobs may have
        // another outcome: a retry for some, the attempt limit for others).
        r.jobIDs = batch.leases.map(\.id)
        if let dead { r.reason = dead.description }
        // A batch's jobs come from one lease: the result holds only while it does.
        r.leaseUntil = batch.leases.first?.leaseUntil
        var outcomes: [DeliveryOutcome] = []
        switch r.outcome {
        case .delivered:
            outcomes = zip(batch.job.items, batch.leases).map { item, lease in
                DeliveryOutcome(origin: item.origin, itemIndex: nil, attempts: lease.attempts + 1, result: .delivered(status: r.status ?? 200))
            }
        case .dead:
            let reason = dead ?? .invalidRequest
            outcomes = zip(batch.job.items, batch.leases).map { item, lease in
                let attempts = lease.attempts + (r.attempted ? 1 : 0)
                let letter = DeadLetter(reason: reason, request: batch.job.request(for: item), status: r.status, responseStart: r.responseStart,
                                        error: r.error, attempts: attempts, firstAttempt: lease.firstAttemptAt ?? (r.attempted ? r.at : nil),
                                        lastAttempt: r.attempted ? r.at : nil)
                return DeliveryOutcome(origin: item.origin, itemIndex: nil, attempts: attempts, result: .deadLettered(letter))
            }
        case .retry:
            break
        }
        let big = flow.withLockedValue { f -> Bool in
            f.results.append((r, outcomes))
            if r.outcome == .retry { f.rescheduled += r.jobIDs.count }
            return f.results.count >= 256
        }
        if big { flushWake.signal() }
    }

    /// Returns a batch to the store unsent, due at `dueAt` (now by default). A half of a
    /// rejected batch is not simply handed back: the rejected attempt counts for its jobs
    /// (a retry, due then), so that halving that never finishes within a lease (a slow
    /// vendor, a tight rate) ends, once the retry window or the attempt limit is spent,
    /// in dead letters rather than starting over from the whole batch for ever.
    private func giveBack(_ batch: Batch, dueAt: Double? = nil, stopping: Bool = false) async {
        guard let rejection = batch.rejection, !batch.leases.isEmpty else {
            await handBack(batch.leases, dueAt: dueAt)
            return
        }
        // Due after the backoff as well: a vendor too slow for halving within a lease must
        // not be sent the whole batch again at once, lease after lease.
        let next = max(dueAt ?? 0, UTCTime.now() + policy.retryDelay(retryAfter: nil, retry: batch.retryNumber, backoff: backoff).seconds)
        recordRetry(rejection, batch: batch, dueAt: next, limits: !stopping,
                    deadError: "rejected with \(rejection.status ?? 400) as part of a batch; halving it to find the bad items did not finish within a lease")
    }

    private func handBack(_ leases: [LeasedJob], dueAt: Double? = nil) async {
        guard !leases.isEmpty else { return }
        do {
            try await store.release(owner: owner, leases: leases, now: dueAt ?? UTCTime.now())
        } catch {
            onProblem("cannot hand leases back to \(store.description) (they will expire): \(error)")
        }
        flow.withLockedValue { $0.inFlight -= leases.count }
        wakeSignal.signal()
    }

    // MARK: Writing results

    private func flushLoop() async {
        while true {
            let last = flow.withLockedValue { $0.flushing }
            await flushWake.wait(timeout: options.flushInterval)
            let taken = flow.withLockedValue { f -> [(result: AttemptResult, outcomes: [DeliveryOutcome])] in
                defer { f.results.removeAll() }
                return f.results
            }
            if !taken.isEmpty { await write(taken) }
            if last && taken.isEmpty { return }
        }
    }

    /// Writes results (retrying while the store is unreachable), then reports the outcomes
    /// that were written: a result the store did not take (its lease was taken over, or
    /// the store stayed unreachable) is not final, since its jobs will be sent again.
    private func write(_ taken: [(result: AttemptResult, outcomes: [DeliveryOutcome])]) async {
        var tries = 0
        var written = Set<Int>()
        while true {
            do {
                written.formUnion(try await store.complete(taken.map(\.result), owner: owner))
                break
            } catch {
                tries += 1
                onProblem("cannot write results to \(store.description) (try \(tries)): \(error)")
                // Given up on, the jobs stay leased: when the lease ends they are due again.
                if tries >= 20 { break }
                try? await Task.sleep(for: .milliseconds(min(2000, 50 << min(tries, 6))))
            }
        }
        var delivered = 0, dead = 0, jobs = 0
        for (r, outcomes) in taken {
            jobs += r.jobIDs.count
            // One outcome per job, in order: each is reported when its job was written.
            let reported = outcomes.count == r.jobIDs.count
                ? zip(r.jobIDs, outcomes).filter { written.contains($0.0) }.map(\.1)
                : (r.jobIDs.allSatisfy(written.contains) ? outcomes : [])
            for o in reported {
                if o.isDelivered { delivered += 1 } else { dead += 1 }
                onOutcome(o)
            }
        }
        stats.withLockedValue { s in
            s.delivered += delivered
            s.deadLettered += dead
        }
        flow.withLockedValue { $0.inFlight -= jobs }
        wakeSignal.signal()
    }
}

/// How a ``DeliveryWorker`` leases, polls and prunes.
public struct WorkerOptions: Sendable, Equatable {
    /// How long a lease lasts (60 s; at least twice the attempt time-out plus a second). A
    /// job whose worker dies is due again when it ends; a worker does not start an attempt
    /// that could outlast its lease, and hands such jobs back.
    public var lease: Duration = .seconds(60)
    /// The most jobs leased and not yet written back (1,000).
    public var leaseBatch = 1000
    /// How often an idle worker looks for due jobs (250 ms).
    public var pollInterval: Duration = .milliseconds(250)
    /// How often results are written, at the latest (20 ms).
    public var flushInterval: Duration = .milliseconds(20)
    /// Finished jobs and log rows older than this many seconds are deleted (7 days).
    public var retention: Double = 7 * 86400
    /// `seen` entries older than this many seconds are deleted (24 hours; a longer window
    /// is honoured, a shorter one is not: the entries serve every producer of the store,
    /// so give workers the longest window any producer uses).
    public var dedupeWindow: Double = 24 * 3600
    /// How often the worker prunes (1 minute).
    public var pruneInterval: Duration = .seconds(60)
    /// The only destination whose jobs this worker leases (`nil`: every destination's).
    /// Set it whenever the store is shared: the worker fills in its own settings'
    /// secrets, which belong to one vendor.
    public var destination: String?

    public init() {}
}

/// Worker names, and whether the process behind one is gone.
enum WorkerIdentity {
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func make() -> String {
        "\(placeName)/\(getpid())/\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    /// Where process ids mean the same process: the host name, with (on Linux) this boot
    /// and this PID namespace. Containers that share a host name, or machines cloned with
    /// one, have different places, so one never takes the other's live workers for dead.
    static let placeName: String = {
        var name = hostName()
        #if os(Linux)
        if let boot = firstLine("/proc/sys/kernel/random/boot_id") { name += "~" + boot.prefix(8) }
        var link = [CChar](repeating: 0, count: 64)
        let n = readlink("/proc/self/ns/pid", &link, link.count - 1)
        if n > 0 {
            let text = String(decoding: link.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            name += "~" + text.filter(\.isNumber)
        }
        #endif
        return name.replacingSlashes()
    }()

    /// Whether `owner` names a process in this place that no longer exists.
    static func isDeadLocalProcess(_ owner: String) -> Bool {
        let parts = owner.split(separator: "/")
        guard parts.count == 3, String(parts[0]) == placeName, let pid = Int32(parts[1]), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    private static func firstLine(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 128)
        let n = read(fd, &bytes, bytes.count)
        guard n > 0 else { return nil }
        return String(decoding: bytes.prefix(n).prefix { $0 != 0x0A }, as: UTF8.self)
    }
}

private extension String {
    /// The text with `/` (the separator of a worker's name) replaced.
    func replacingSlashes() -> String { String(map { $0 == "/" ? "_" : $0 }) }
}
