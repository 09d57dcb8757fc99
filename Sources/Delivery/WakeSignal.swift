import NIOConcurrencyHelpers

/// A wake-up call between tasks: ``signal()`` makes the current or next ``wait(timeout:)``
/// return (signals given while nobody waits are kept as one).
final class WakeSignal: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = NIOLockedValueBox(State())

    func signal() {
        let w = state.withLockedValue { s -> CheckedContinuation<Void, Never>? in
            if let w = s.waiter {
                s.waiter = nil
                return w
            }
            s.pending = true
            return nil
        }
        w?.resume()
    }

    /// Returns on a signal, or after `timeout`. One waiter at a time.
    func wait(timeout: Duration) async {
        if state.withLockedValue({ s -> Bool in
            defer { s.pending = false }
            return s.pending
        }) { return }
        let timer = Task { [self] in
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { signal() }
        }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let now = state.withLockedValue { s -> Bool in
                if s.pending {
                    s.pending = false
                    return true
                }
                s.waiter = c
                return false
            }
            if now { c.resume() }
        }
        // A late timer may leave a spurious wake-up: waiters loop and check their state.
        timer.cancel()
    }
}
