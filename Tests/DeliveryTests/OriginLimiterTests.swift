@testable import Delivery
import Testing

@Suite("Per-origin pacing")
struct OriginLimiterTests {
    @Test("429 halves the concurrency limit; successes win it back additively")
    func additiveIncreaseMultiplicativeDecrease() async {
        let limiter = OriginLimiter(concurrency: 8, ratePerSecond: nil, stop: StopSignal())
        for expected in [4, 2, 1, 1] {
            #expect(await limiter.acquire())
            limiter.release(status: 429)
            #expect(limiter.currentLimit == expected)
        }
        // From 1 back to 8 takes about 1 + 2 + … + 7 = 28 successes, not one.
        var successes = 0
        while limiter.currentLimit < 8 && successes < 100 {
            #expect(await limiter.acquire())
            limiter.release(status: 204)
            successes += 1
        }
        #expect(limiter.currentLimit == 8)
        #expect((20...40).contains(successes), "\(successes)")
    }

    @Test("no more than the limit is in flight; a waiter gets the slot a release frees")
    func concurrencyBound() async {
        let limiter = OriginLimiter(concurrency: 2, ratePerSecond: nil, stop: StopSignal())
        #expect(await limiter.acquire())
        #expect(await limiter.acquire())
        let third = Task { await limiter.acquire() }
        try? await Task.sleep(for: .milliseconds(50))
        limiter.release(status: 204)
        #expect(await third.value)
    }

    @Test("a stop fails every waiter and every later acquire")
    func stopWakesWaiters() async {
        let stop = StopSignal()
        let limiter = OriginLimiter(concurrency: 1, ratePerSecond: nil, stop: stop)
        #expect(await limiter.acquire())
        let waiter = Task { await limiter.acquire() }
        try? await Task.sleep(for: .milliseconds(50))
        stop.stop()
        limiter.wakeAllForStop()
        #expect(await waiter.value == false)
        #expect(await limiter.acquire() == false)
    }

    @Test("a pause the vendor asked for holds the next request back")
    func pause() async {
        let limiter = OriginLimiter(concurrency: 4, ratePerSecond: nil, stop: StopSignal())
        #expect(await limiter.acquire())
        limiter.release(status: 429, pause: .milliseconds(300))
        let start = ContinuousClock.now
        #expect(await limiter.acquire())
        #expect(ContinuousClock.now - start >= .milliseconds(290))
    }
}
