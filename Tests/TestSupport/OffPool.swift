import Dispatch

/// Runs blocking work (waiting for a process, a server's start) on a dispatch thread and
/// awaits it, so Swift's few cooperative threads stay free for the other suites' timings.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { c in
        DispatchQueue.global().async { c.resume(with: Result { try body() }) }
    }
}
