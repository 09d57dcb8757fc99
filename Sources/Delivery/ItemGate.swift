import NIOConcurrencyHelpers

/// Counts items submitted but not finished; `enter` waits while the count is at the limit.
final class ItemGate: Sendable {
    private struct State {
        var count = 0
        var waiters: [CheckedContinuation<Bool, Never>] = []
        var closed = false
    }

    private let limit: Int
    private let state = NIOLockedValueBox(State())

    init(limit: Int) { self.limit = max(1, limit) }

    /// Takes a place for one item; `false` when the gate was closed (delivery stopping).
    func enter() async -> Bool {
        // The usual case takes a place without suspending (a continuation would cost a
        // task switch per item).
        let immediate = state.withLockedValue { s -> Bool? in
            if s.closed { return false }
            if s.count < limit && s.waiters.isEmpty {
                s.count += 1
                return true
            }
            return nil
        }
        if let immediate { return immediate }
        return await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
            let answer = state.withLockedValue { s -> Bool? in
                if s.closed { return false }
                if s.count < limit && s.waiters.isEmpty {
                    s.count += 1
                    return true
                }
                s.waiters.append(c)
                return nil
            }
            if let answer { c.resume(returning: answer) }
        }
    }

    /// Gives back one place.
    func leave() {
        let next = state.withLockedValue { s -> CheckedContinuation<Bool, Never>? in
            s.count -= 1
            guard !s.waiters.isEmpty, s.count < limit else { return nil }
            s.count += 1
            return s.waiters.removeFirst()
        }
        next?.resume(returning: true)
    }

    /// Refuses every waiting and later `enter`.
    func close() {
        let waiters = state.withLockedValue { s -> [CheckedContinuation<Bool, Never>] in
            s.closed = true
            defer { s.waiters.removeAll() }
            return s.waiters
        }
        for w in waiters { w.resume(returning: false) }
    }
}
