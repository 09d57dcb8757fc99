import NIOConcurrencyHelpers

/// Paces the requests to one origin: at most `concurrency` in flight, at most
/// `ratePerSecond` started per second, and a pause the vendor asked for.
///
/// On 429 the limits are halved (concurrency, and the rate when one is set), then won back
/// additively with each success — the AIMD rule TCP uses — so a vendor that is rate
/// limiting is given room rather than hammered.
final class OriginLimiter: Sendable {
    private struct State {
        var limit: Double
        var inFlight = 0
        var waiters: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
        var nextID = 0
        var rate: Double?
        var nextSlot: ContinuousClock.Instant
        var pausedUntil: ContinuousClock.Instant
    }

    private let maxConcurrency: Int
    private let maxRate: Double?
    private let state: NIOLockedValueBox<State>
    private let stop: StopSignal

    init(concurrency: Int, ratePerSecond: Double?, stop: StopSignal) {
        maxConcurrency = max(1, concurrency)
        maxRate = ratePerSecond.flatMap { $0 > 0 ? $0 : nil }
        let now = ContinuousClock.now
        state = NIOLockedValueBox(State(limit: Double(max(1, concurrency)), rate: maxRate, nextSlot: now, pausedUntil: now))
        self.stop = stop
    }

    /// The requests holding a slot (for tests).
    var inFlightCount: Int { state.withLockedValue { $0.inFlight } }

    /// The current concurrency limit (for tests and progress).
    var currentLimit: Int { state.withLockedValue { max(1, Int($0.limit)) } }

    /// What ``acquire(deadline:)`` got.
    enum Grant: Equatable {
        /// A slot is held: send now, then release it.
        case granted
        /// Delivery is stopping (no slot is held).
        case stopped
        /// The vendor's pause or the rate would hold the request past `deadline`; no slot
        /// is held. `opensAt` is when the origin could take it.
        case pastDeadline(opensAt: ContinuousClock.Instant)

        /// The error recorded for a request given up on `.pastDeadline` without a send.
        static let pastDeadlineError = "not sent: the vendor's pause (Retry-After) or the rate limit reaches past the retry window"
    }

    /// Waits for a slot, and for the vendor's pause and the rate, but never past
    /// `deadline`: a request whose own time (its retry window, its lease) would run out
    /// first is answered `.pastDeadline` at once instead of holding a slot while it waits.
    func acquire(deadline: ContinuousClock.Instant) async -> Grant {
        if stop.isStopped { return .stopped }
        let fast = state.withLockedValue { s -> Bool in
            guard s.waiters.isEmpty && s.inFlight < max(1, Int(s.limit)) else { return false }
            s.inFlight += 1
            return true
        }
        let granted: Bool = fast ? true : await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
            let answer = state.withLockedValue { s -> Bool? in
                // Checked under the lock, so a stop that already woke the waiters is seen.
                if stop.isStopped { return false }
                if s.waiters.isEmpty && s.inFlight < max(1, Int(s.limit)) {
                    s.inFlight += 1
                    return true
                }
                s.nextID += 1
                s.waiters.append((s.nextID, c))
                return nil
            }
            if let answer { c.resume(returning: answer) }
        }
        guard granted else { return .stopped }
        // Honour a pause and the rate while holding the slot; a rate slot is taken only
        // by a request that will use it.
        // A request that need not wait is never refused, even just past its deadline (a
        // retry that overslept its backoff; a retry window of 0).
        let (start, refused): (ContinuousClock.Instant, Bool) = state.withLockedValue { s in
            let now = ContinuousClock.now
            var start = max(now, s.pausedUntil)
            if s.rate != nil { start = max(start, s.nextSlot) }
            let refused = start > now && start > deadline
            if !refused, let rate = s.rate { s.nextSlot = start + .seconds(1 / rate) }
            return (start, refused)
        }
        if refused {
            release(status: nil)
            return .pastDeadline(opensAt: start)
        }
        let wait = start - ContinuousClock.now
        if wait > .zero {
            guard await stop.sleep(for: wait) else {
                release(status: nil)
                return .stopped
            }
        }
        if stop.isStopped {
            release(status: nil)
            return .stopped
        }
        return .granted
    }

    /// Gives a slot back, adapting the limits to what the response said, and pausing the
    /// origin for `pause` when the vendor asked for one.
    func release(status: Int?, pause: Duration? = nil) {
        var wake: [CheckedContinuation<Bool, Never>] = []
        state.withLockedValue { s in
            s.inFlight -= 1
            if status == 429 {
                s.limit = max(1, s.limit / 2)
                if let r = s.rate { s.rate = max(0.01, r / 2) }
            } else if let status, (200...299).contains(status) {
                s.limit = min(Double(maxConcurrency), s.limit + 1 / s.limit)
                if let r = s.rate, let maxRate { s.rate = min(maxRate, r + maxRate / 50) }
            }
            if let pause {
                s.pausedUntil = max(s.pausedUntil, ContinuousClock.now + pause)
            }
            while !s.waiters.isEmpty && s.inFlight < max(1, Int(s.limit)) {
                s.inFlight += 1
                wake.append(s.waiters.removeFirst().continuation)
            }
        }
        for w in wake { w.resume(returning: true) }
    }

    /// Gives a slot back after a retryable answer that will be retried in `delay`: a 429,
    /// or any answer with `Retry-After`, pauses the whole origin for that long.
    func releaseForRetry(status: Int?, retryAfter: Duration?, delay: Duration) {
        release(status: status, pause: status == 429 || retryAfter != nil ? delay : nil)
    }

    /// Fails every waiter (delivery is stopping).
    func wakeAllForStop() {
        let waiters = state.withLockedValue { s -> [CheckedContinuation<Bool, Never>] in
            defer { s.waiters.removeAll() }
            return s.waiters.map(\.continuation)
        }
        for w in waiters { w.resume(returning: false) }
    }
}
