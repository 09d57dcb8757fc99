@testable import Delivery
import Testing

@Suite("Per-origin pacing")
struct OriginLimiterTests {
    @Test("429 halves the concurrency limit; successes win it back additively")
    func additiveIncreaseMultiplicativeDecrease() async {
        let limiter = OriginLimiter(concurrency: 8, ratePerSecond: nil, stop: StopSignal())
        for expected in [4, 2, 1, 1] {
            #expect(await limiter.acquired())
            limiter.release(status: 429)
            #expect(limiter.currentLimit == expected)
        }
        // From 1 back to 8 takes about 1 + 2 + … + 7 = 28 successes, not one.
        var successes = 0
        while limiter.currentLimit < 8 && successes < 100 {
            #expect(await limiter.acquired())
            limiter.release(status: 204)
            successes += 1
        }
        #expect(limiter.currentLimit == 8)
        #expect((20...40).contains(successes), "\(successes)")
    }

    @Test("no more than the limit is in flight; a waiter gets the slot a release frees")
    func concurrencyBound() async {
        let limiter = OriginLimiter(concurrency: 2, ratePerSecond: nil, stop: StopSignal())
        #expect(await limiter.acquired())
        #expect(await limiter.acquired())
        let third = Task { await limiter.acquired() }
        try? await Task.sleep(for: .milliseconds(50))
        limiter.release(status: 204)
        #expect(await third.value)
    }

    @Test("a stop fails every waiter and every later acquire")
    func stopWakesWaiters() async {
        let stop = StopSignal()
        let limiter = OriginLimiter(concurrency: 1, ratePerSecond: nil, stop: stop)
        #expect(await limiter.acquired())
        let waiter = Task { await limiter.acquired() }
        try? await Task.sleep(for: .milliseconds(50))
        stop.stop()
        limiter.wakeAllForStop()
        #expect(await waiter.value == false)
        #expect(await limiter.acquired() == false)
    }

    @Test("a pause the vendor asked for holds the next request back")
    func pause() async {
        let limiter = OriginLimiter(concurrency: 4, ratePerSecond: nil, stop: StopSignal())
        #expect(await limiter.acquired())
        limiter.release(status: 429, pause: .milliseconds(300))
        let start = ContinuousClock.now
        #expect(await limiter.acquired())
        #expect(ContinuousClock.now - start >= .milliseconds(290))
    }
    @Test("a pause or a rate slot past the caller's deadline is refused at once, holding no slot")
    func deadline() async {
        let limiter = OriginLimiter(concurrency: 1, ratePerSecond: nil, stop: StopSignal())
        #expect(await limiter.acquired())
        limiter.release(status: 429, pause: .seconds(3600))
        let start = ContinuousClock.now
        let grant = await limiter.acquire(deadline: .now + .seconds(60))
        guard case .pastDeadline(let opensAt) = grant else {
            Issue.record("expected pastDeadline, got \(grant)")
            return
        }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(opensAt - start > .seconds(3500))
        // The refused request gave its slot back.
        #expect(limiter.inFlightCount == 0)

        let paced = OriginLimiter(concurrency: 4, ratePerSecond: 0.5, stop: StopSignal())
        #expect(await paced.acquired())  // the first slot is now; the next is 2 s later
        paced.release(status: 204)
        // A refused request does not take the rate slot: the next request is offered the
        // same slot (it would be 2 s later had the refused one taken it), and a patient
        // one gets it. (Compared as instants, not timed: a slow machine or a sanitizer
        // must not change the answer.)
        guard case .pastDeadline(let offered) = await paced.acquire(deadline: .now + .milliseconds(100)),
              case .pastDeadline(let offeredAgain) = await paced.acquire(deadline: .now + .milliseconds(100)) else {
            Issue.record("expected the 2 s rate slot to be refused to short deadlines")
            return
        }
        #expect(offeredAgain == offered)
        #expect(await paced.acquire(deadline: .now + .seconds(10)) == .granted)
        #expect(paced.inFlightCount == 1)
    }
}

extension OriginLimiter {
    /// `acquire` with a deadline far away: `true` when granted.
    func acquired() async -> Bool { await acquire(deadline: .now + .seconds(86_400)) == .granted }
}
