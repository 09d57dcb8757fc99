import JSONValues
import NIOConcurrencyHelpers

/// Writes requests into a ``JobStore``, event by event, with commits grouped: one
/// transaction (one fsync) per group of events, every ``ProducerOptions/commitInterval``
/// or ``ProducerOptions/groupSize`` jobs, whichever comes first.
///
/// An event is taken — its checkpoint may pass it — only once the transaction holding
/// all of its jobs has committed: ``flush()`` returns then, and ``add(_:messageId:checkpoint:)``
/// waits when too much is waiting to be committed.
public final class JobProducer: Sendable {
    /// What one commit did, for reports (duplicates) and workers (new jobs).
    public struct Commit: Sendable {
        /// The duplicates discarded: each event's first request's origin, and its messageId.
        public var duplicates: [(origin: JSONObject, messageId: String)]
        public var enqueued: Int
        public var maxJobID: Int
    }

    private struct Pending {
        var events: [EventJobs] = []
        var origins: [JSONObject] = []
        var jobs = 0
        var checkpoints: [String: Int] = [:]
        var encoder: StoredRequestEncoder
        /// Committed groups so far, and the number the next commit will have.
        var committed = 0
        var sealing = 0
        var flushWaiters: [(group: Int, continuation: CheckedContinuation<Void, any Error>)] = []
        var spaceWaiters: [CheckedContinuation<Void, any Error>] = []
        var failure: StoreError?
        var closed = false
        var enqueued = 0
        var duplicates = 0
        var maxJobID = 0
    }

    public let store: any JobStore
    public let destination: String
    private let options: ProducerOptions
    private let state: NIOLockedValueBox<Pending>
    private let wake = WakeSignal()
    private let onCommit: @Sendable (Commit) -> Void
    private let committer = NIOLockedValueBox<Task<Void, Never>?>(nil)

    /// - Parameters:
    ///   - store: where the jobs are written.
    ///   - destination: the name jobs are filed under (duplicates are per destination).
    ///   - secrets: the values masked as `[secret:NAME]` in the store.
    ///   - options: how commits are grouped.
    ///   - onCommit: called after each commit (from the committing task).
    public init(store: any JobStore, destination: String, secrets: [(name: String, value: String)], options: ProducerOptions,
                onCommit: @escaping @Sendable (Commit) -> Void = { _ in }) {
        self.store = store
        self.destination = destination
        self.options = options
        self.onCommit = onCommit
        self.state = NIOLockedValueBox(Pending(encoder: StoredRequestEncoder(secrets: secrets, batching: options.batching)))
        let task = Task { [self] in await commitLoop() }
        committer.withLockedValue { $0 = task }
    }

    /// Jobs enqueued and duplicates discarded so far (committed).
    public var counts: (enqueued: Int, duplicates: Int, maxJobID: Int) {
        state.withLockedValue { ($0.enqueued, $0.duplicates, $0.maxJobID) }
    }

    /// Adds the requests of one event (none: only the checkpoint moves). `checkpoint`:
    /// this event is line `line` of `input`. Throws when the store failed; after
    /// ``close()``, does nothing.
    public func add(_ requests: [DeliveryRequest], messageId: String?, checkpoint: (input: String, line: Int)?) async throws {
        let mustWait = try state.withLockedValue { s -> Bool in
            if let f = s.failure { throw f }
            // Closed (the deliverer was stopped): not taken, and no checkpoint moves.
            if s.closed { return false }
            if !requests.isEmpty {
                var jobs: [NewJob] = []
                for r in requests { jobs += s.encoder.jobs(for: r) }
                s.jobs += jobs.count
                s.events.append(EventJobs(destination: destination, messageId: messageId, jobs: jobs))
                s.origins.append(requests[0].origin)
            }
            if let checkpoint { s.checkpoints[checkpoint.input] = max(s.checkpoints[checkpoint.input] ?? 0, checkpoint.line) }
            return s.jobs >= options.groupSize * 2
        }
        if state.withLockedValue({ $0.jobs >= options.groupSize }) { wake.signal() }
        if mustWait {
            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
                let now = state.withLockedValue { s -> Bool in
                    if s.jobs < options.groupSize * 2 || s.failure != nil { return true }
                    s.spaceWaiters.append(c)
                    return false
                }
                if now { c.resume() }
            }
            if let f = state.withLockedValue({ $0.failure }) { throw f }
        }
    }

    /// Returns once everything added so far is committed.
    public func flush() async throws {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
            let answer = state.withLockedValue { s -> Result<Bool, StoreError> in
                if let f = s.failure { return .failure(f) }
                let group = s.sealing + (s.events.isEmpty && s.checkpoints.isEmpty ? 0 : 1)
                if group <= s.committed { return .success(true) }
                s.flushWaiters.append((group, c))
                return .success(false)
            }
            switch answer {
            case .failure(let error): c.resume(throwing: error)
            case .success(true): c.resume()
            case .success(false): wake.signal()
            }
        }
    }

    /// Commits what is left and stops the committing task. What is added from then on is
    /// not taken.
    public func close() async throws {
        state.withLockedValue { $0.closed = true }
        wake.signal()
        try await flush()
    }

    private func commitLoop() async {
        while true {
            await wake.wait(timeout: options.commitInterval)
            let (group, events, origins, checkpoints, closed) = state.withLockedValue { s in
                let taken = (s.events, s.origins, s.checkpoints)
                s.events = []
                s.origins = []
                s.checkpoints = [:]
                s.jobs = 0
                if !taken.0.isEmpty || !taken.2.isEmpty { s.sealing += 1 }
                return (s.sealing, taken.0, taken.1, taken.2, s.closed)
            }
            releaseSpace()
            if !events.isEmpty || !checkpoints.isEmpty {
                var attempt = 0
                while true {
                    attempt += 1
                    do {
                        let r = try await store.enqueue(events, checkpoints: checkpoints, dedupeWindow: options.dedupeWindow, now: UTCTime.now())
                        // Reported by the event's own messageId (the key may say more).
                        let dupes = r.duplicates.map { (origins[$0], origins[$0]["messageId"]?.stringValue ?? events[$0].messageId ?? "") }
                        state.withLockedValue { s in
                            s.enqueued += r.enqueued
                            s.duplicates += dupes.count
                            s.maxJobID = max(s.maxJobID, r.maxJobID)
                        }
                        onCommit(Commit(duplicates: dupes, enqueued: r.enqueued, maxJobID: r.maxJobID))
                        break
                    } catch {
                        // A busy or briefly unreachable database is tried again; after that
                        // the producer fails and the command stops reading.
                        if attempt < 6 {
                            try? await Task.sleep(for: .milliseconds(100 << attempt))
                            continue
                        }
                        fail(StoreError("cannot write to the store \(store.description): \(error)"))
                        return
                    }
                }
            }
            let ready = state.withLockedValue { s -> [CheckedContinuation<Void, any Error>] in
                s.committed = group
                let r = s.flushWaiters.filter { $0.group <= group }.map(\.continuation)
                s.flushWaiters.removeAll { $0.group <= group }
                return r
            }
            for c in ready { c.resume() }
            if closed && state.withLockedValue({ $0.events.isEmpty && $0.checkpoints.isEmpty }) { return }
        }
    }

    private func releaseSpace() {
        let waiters = state.withLockedValue { s -> [CheckedContinuation<Void, any Error>] in
            defer { s.spaceWaiters.removeAll() }
            return s.spaceWaiters
        }
        for w in waiters { w.resume() }
    }

    private func fail(_ error: StoreError) {
        let (flush, space) = state.withLockedValue { s in
            s.failure = error
            defer { s.flushWaiters.removeAll(); s.spaceWaiters.removeAll() }
            return (s.flushWaiters.map(\.continuation), s.spaceWaiters)
        }
        for c in flush { c.resume(throwing: error) }
        for c in space { c.resume(throwing: error) }
    }
}

/// How a ``JobProducer`` groups its commits.
public struct ProducerOptions: Sendable, Equatable {
    /// The longest an added event waits for its commit (50 ms).
    public var commitInterval: Duration = .milliseconds(50)
    /// A commit starts once this many jobs wait (2,000); adding waits beyond twice as many.
    public var groupSize = 2000
    /// An event whose `messageId` the destination saw within this many seconds is a
    /// duplicate (24 hours, as Segment; 0 turns the check off).
    public var dedupeWindow: Double = 24 * 3600
    /// Whether batchable requests are cut into items (as ``DeliveryPolicy/batching``).
    public var batching = true

    public init() {}
}
