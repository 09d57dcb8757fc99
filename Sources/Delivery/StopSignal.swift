import NIOConcurrencyHelpers

/// A one-way "stop now" flag that sleeping and waiting tasks can await.
final class StopSignal: Sendable {
    private struct State {
        var stopped = false
        var nextID = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = NIOLockedValueBox(State())

    var isStopped: Bool { state.withLockedValue { $0.stopped } }

    /// Wakes every waiter; later waits return at once.
    func stop() {
        let waiters = state.withLockedValue { s -> [CheckedContinuation<Void, Never>] in
            s.stopped = true
            defer { s.waiters.removeAll() }
            return Array(s.waiters.values)
        }
        for w in waiters { w.resume() }
    }

    /// Returns when stopped, or when the calling task is cancelled.
    func wait() async {
        let id = state.withLockedValue { s -> Int in s.nextID += 1; return s.nextID }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLockedValue { s -> Bool in
                    if s.stopped || Task.isCancelled { return true }
                    s.waiters[id] = c
                    return false
                }
                if resumeNow { c.resume() }
            }
        } onCancel: {
            state.withLockedValue { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }

    /// Sleeps for `duration` unless stopped first; `true` when the whole time passed.
    func sleep(for duration: Duration) async -> Bool {
        if isStopped { return false }
        if duration <= .zero { return true }
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do { try await Task.sleep(for: duration); return true } catch { return false }
            }
            group.addTask {
                await self.wait()
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first && !isStopped
        }
    }
}
