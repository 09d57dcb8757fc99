import NIOConcurrencyHelpers

/// One test at a time among those that start servers and processes (PostgreSQL, killed
/// `actions` runs): on two cores, several at once starve the timing-sensitive delivery
/// tests that run beside them.
enum HeavyTestGate {
    private struct State {
        var held = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private static let state = NIOLockedValueBox(State())

    static func run<T>(_ body: () async throws -> T) async throws -> T {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLockedValue { s -> Bool in
                if !s.held { s.held = true; return true }
                s.waiters.append(c)
                return false
            }
            if now { c.resume() }
        }
        defer {
            let next = state.withLockedValue { s -> CheckedContinuation<Void, Never>? in
                if s.waiters.isEmpty { s.held = false; return nil }
                return s.waiters.removeFirst()
            }
            next?.resume()
        }
        return try await body()
    }
}
