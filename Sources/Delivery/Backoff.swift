import JSONValues

/// Randomized exponential backoff ("equal jitter"): before retry `n` (1-based) the wait is
/// uniformly random in [c/2, c] with c = min(max, base · 2^(n−1)), so waits grow
/// exponentially, never synchronize across items, and never drop to zero.
public struct Backoff: Sendable, Equatable {
    public var base: Duration
    public var max: Duration

    public init(base: Duration, max: Duration) {
        self.base = base
        self.max = max
    }

    /// The wait before retry number `retry` (1 for the first retry).
    public func delay<R: RandomNumberGenerator>(retry: Int, using rng: inout R) -> Duration {
        let baseSeconds = base.seconds
        let cap = Swift.min(max.seconds, baseSeconds * pow2(Swift.max(0, retry - 1)))
        guard cap > 0 else { return .zero }
        let seconds = cap / 2 + Double.random(in: 0...(cap / 2), using: &rng)
        return .seconds(seconds)
    }

    /// ``delay(retry:using:)`` with the system's generator (one that many threads can
    /// draw from at once, see `SystemRandom`).
    public func delay(retry: Int) -> Duration {
        var rng = SystemRandom()
        return delay(retry: retry, using: &rng)
    }

    private func pow2(_ n: Int) -> Double { n >= 62 ? Double.greatestFiniteMagnitude : Double(1 << n) }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (s, attos) = components
        return Double(s) + Double(attos) / 1e18
    }
}
