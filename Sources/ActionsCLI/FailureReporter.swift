import Delivery
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While attempts fail, a line on standard error every `--report-every` seconds at most,
/// terminal or not: how many failed since the last report, the latest failure, and where
/// delivery stands. A vendor that is down is then visible while it is retried (for up to
/// the retry window), not only in the summary at the end; a delivery without failures
/// writes nothing extra.
final class FailureReporter: Sendable {
    private let command: String
    private let seconds: Double
    /// Whether the report says how many sends wait for a retry (in memory; a store keeps
    /// its retries as jobs).
    private let showsRetrying: Bool
    private let statistics: @Sendable () -> DeliveryStatistics
    /// The reporting task, and whether ``stop()`` was called: a report is written under
    /// this lock, so none comes after `stop()` returns (after the summary).
    private let state = NIOLockedValueBox<(task: Task<Void, Never>?, stopped: Bool)>((nil, false))

    /// A reporter for `command` every `seconds` (zero: never) of `statistics`.
    init(command: String, every seconds: Double, showsRetrying: Bool, statistics: @escaping @Sendable () -> DeliveryStatistics) {
        self.command = command
        self.seconds = seconds
        self.showsRetrying = showsRetrying
        self.statistics = statistics
    }

    func start() {
        guard seconds > 0 else { return }
        let new = Task { [self] in
            var reported = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(seconds))
                if Task.isCancelled { break }
                let s = statistics()
                guard s.failedAttempts > reported else { continue }
                state.withLockedValue { state in
                    guard !state.stopped else { return }
                    // On a terminal, over the live progress line (which the next tick redraws).
                    StandardError.text((isatty(2) == 1 ? "\r\u{1B}[K" : "") + report(s, since: reported) + "\n")
                }
                reported = s.failedAttempts
            }
        }
        state.withLockedValue { $0.task = new }
    }

    /// Ends the reports: none is written after this returns.
    func stop() {
        state.withLockedValue { state in
            state.stopped = true
            state.task?.cancel()
        }
    }

    /// The report of `s`, `reported` failed attempts having been reported before.
    func report(_ s: DeliveryStatistics, since reported: Int) -> String {
        let failed = s.failedAttempts - reported
        let every = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        var text = "\(command): \(failed) \(failed == 1 ? "attempt" : "attempts") failed in the last \(every) s"
        if let last = s.lastFailure { text += " (latest: \(last))" }
        text += "; so far \(s.delivered) delivered, "
        if showsRetrying { text += "\(s.retrying) waiting to retry, " }
        text += "\(s.deadLettered) \(s.deadLettered == 1 ? "dead letter" : "dead letters")"
        return text
    }
}
