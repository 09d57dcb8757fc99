import Delivery
import Dispatch
import JSONValues
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One command's delivery: the deliverer, the dead-letter file, SIGINT/SIGTERM handling,
/// the progress line and the summary. (Unchecked: every mutable member is behind a lock;
/// the signal sources are only kept alive.)
final class DeliverySession: @unchecked Sendable {
    let deliverer: Deliverer
    private let command: String
    private let deadLetterOutput: LockedOutput
    private let drainTimeout: Duration
    private let stopTask = NIOLockedValueBox<Task<DeliveryStatistics, Never>?>(nil)
    private let finalized = NIOLockedValueBox(false)
    /// Input units read so far (events or request records), for the progress line.
    let read = NIOLockedValueBox(0)
    private let readNoun: String
    private let signalSources = NIOLockedValueBox<[any DispatchSourceSignal]>([])
    private let progressTask = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(command: String, options: DeliveryOptions, mask: SecretMask, readNoun: String) throws {
        self.command = command
        self.readNoun = readNoun
        let out = try options.deadLetters.map { try LockedOutput(RunOutput.open(path: $0)) } ?? LockedOutput(RunOutput(fd: 2, flushThreshold: 0))
        self.deadLetterOutput = out
        self.drainTimeout = .seconds(options.drainTimeout)
        self.deliverer = Deliverer(policy: options.policy) { outcome in
            guard case .deadLettered(let letter) = outcome.result else { return }
            let line = DeadLetterRecord.encode(letter, mask: mask).serialized()
            out.write(line + "\n")
        }
    }

    /// Whether SIGINT or SIGTERM asked to stop.
    var isStopping: Bool { stopTask.withLockedValue { $0 != nil } }

    /// Starts listening for SIGINT and SIGTERM, and the progress line when standard error
    /// is a terminal.
    func start() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in stop() }
            source.resume()
            signalSources.withLockedValue { $0.append(source) }
        }
        guard isatty(2) == 1 else { return }
        let task = Task { [self] in
            let started = ContinuousClock.now
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                if Task.isCancelled { break }
                let s = deliverer.statistics
                let elapsed = (ContinuousClock.now - started).components.seconds
                let rate = elapsed > 0 ? Int(Int64(s.delivered) / elapsed) : s.delivered
                StandardError.text("\r\u{1B}[K\(command): \(read.withLockedValue { $0 }) \(readNoun) read, \(s.delivered) delivered, \(s.retrying) retrying, \(s.deadLettered) dead letters, \(rate)/s")
            }
        }
        progressTask.withLockedValue { $0 = task }
    }

    /// Stops reading and delivering (SIGINT, SIGTERM). If the reader is blocked on its
    /// input, the summary is written from here once the drain is over, and the process exits.
    func stop() {
        let task: Task<DeliveryStatistics, Never>? = stopTask.withLockedValue { t in
            if t != nil { return nil }
            let new = Task { [self] in await deliverer.shutdown(drainTimeout: drainTimeout) }
            t = new
            return new
        }
        guard let task else { return }
        Task { [self] in
            let stats = await task.value
            // Give the reading loop a moment to notice and write the summary itself.
            try? await Task.sleep(for: .seconds(1))
            if let code = finalize(stats, extra: nil) { exit(code) }
        }
    }

    /// Waits for delivery to end (or, after a stop, for the drain).
    func finish() async -> DeliveryStatistics {
        if let t = stopTask.withLockedValue({ $0 }) { return await t.value }
        return await deliverer.finish()
    }

    /// Writes the summary once; returns the exit status, or `nil` when it was already written.
    @discardableResult
    func finalize(_ stats: DeliveryStatistics, extra: String?, failed: Bool = false) -> Int32? {
        let first = finalized.withLockedValue { done -> Bool in
            if done { return false }
            done = true
            return true
        }
        guard first else { return nil }
        progressTask.withLockedValue { $0?.cancel() }
        deadLetterOutput.close()
        if isatty(2) == 1 { StandardError.text("\r\u{1B}[K") }
        if let extra { StandardError.line(extra) }
        StandardError.line(summary(stats))
        return failed || stats.deadLettered > 0 || stats.delivered < stats.items ? 1 : 0
    }

    func summary(_ s: DeliveryStatistics) -> String {
        func n(_ v: Int, _ word: String, _ plural: String? = nil) -> String { "\(v) \(v == 1 ? word : plural ?? word + "s")" }
        var text = "\(command): \(n(s.items, "item")): \(s.delivered) delivered, \(n(s.deadLettered, "dead letter")); "
        text += "\(n(s.httpRequests, "HTTP request")) (\(s.batches) batched), \(n(s.retries, "retry", "retries")), \(n(s.splits, "split"))"
        if s.timeouts > 0 { text += ", \(n(s.timeouts, "time-out"))" }
        if isStopping { text += "; stopped by a signal" }
        return text
    }
}

/// A ``RunOutput`` shared between tasks.
final class LockedOutput: @unchecked Sendable {
    private let lock = NIOLock()
    private let output: RunOutput

    init(_ output: RunOutput) { self.output = output }

    func write(_ text: String) { lock.withLock { output.append(text) } }
    func close() { lock.withLock { output.close() } }
}
