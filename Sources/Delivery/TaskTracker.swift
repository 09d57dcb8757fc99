import NIOConcurrencyHelpers

/// The send tasks under way, so that delivery can wait for them or cancel them.
final class TaskTracker: Sendable {
    private struct State {
        var nextID = 0
        var tasks: [Int: Task<Void, Never>] = [:]
        var running = 0
        /// Tasks that finished before their handle was stored.
        var finishedIDs: Set<Int> = []
        var nextWaiterID = 0
        var idleWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// Runs `body` in a task of its own.
    func start(_ body: @escaping @Sendable () async -> Void) {
        let id = state.withLockedValue { s -> Int in
            s.nextID += 1
            s.running += 1
            return s.nextID
        }
        let task = Task {
            await body()
            self.finished(id)
        }
        state.withLockedValue { s in
            // The task may already be done; keep the handle only while it runs.
            if s.finishedIDs.remove(id) == nil { s.tasks[id] = task }
        }
    }

    private func finished(_ id: Int) {
        let waiters = state.withLockedValue { s -> [CheckedContinuation<Void, Never>] in
            s.running -= 1
            if s.tasks.removeValue(forKey: id) == nil { s.finishedIDs.insert(id) }
            guard s.running == 0 else { return [] }
            defer { s.idleWaiters.removeAll() }
            return Array(s.idleWaiters.values)
        }
        for w in waiters { w.resume() }
    }

    /// Returns once no task is running, or as soon as the calling task is cancelled.
    func waitIdle() async {
        let id = state.withLockedValue { s -> Int in s.nextWaiterID += 1; return s.nextWaiterID }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
                // Under the lock, so that a cancellation either finds the waiter or is seen here.
                let now = state.withLockedValue { s -> Bool in
                    if s.running == 0 || Task.isCancelled { return true }
                    s.idleWaiters[id] = c
                    return false
                }
                if now { c.resume() }
            }
        } onCancel: {
            state.withLockedValue { $0.idleWaiters.removeValue(forKey: id) }?.resume()
        }
    }

    /// Waits until no task is running or `timeout` has passed; `true` when idle. The wait
    /// for idleness is cancelled when the time is up, so this returns on time even while
    /// sends are still under way (a drain time-out must not wait for the slowest send).
    func waitIdle(timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await self.waitIdle()
                return !Task.isCancelled
            }
            group.addTask {
                do { try await Task.sleep(for: timeout) } catch {}
                return false
            }
            let first = await group.next() ?? true
            group.cancelAll()
            return first
        }
    }

    /// Cancels every running task.
    func cancelAll() {
        let tasks = state.withLockedValue { Array($0.tasks.values) }
        for t in tasks { t.cancel() }
    }
}
