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
    let deliverer: any DeliveryBackend
    /// With `--state`: the delivery through the job store.
    let durable: DurableDeliverer?
    /// Set when the job store could not be written: reading stops, the exit status is 1.
    let storeFailure = NIOLockedValueBox<String?>(nil)
    private let printer: DiagnosticPrinter
    private var command: String { printer.command }
    private let deadLetterOutput: LockedOutput
    private let drainTimeout: Duration
    private let stopTask = NIOLockedValueBox<Task<DeliveryStatistics, Never>?>(nil)
    private let finalized = NIOLockedValueBox(false)
    /// Input units read so far (events or request records), for the progress line.
    let read = NIOLockedValueBox(0)
    private let readNoun: String
    private let signalSources = NIOLockedValueBox<[any DispatchSourceSignal]>([])
    private let progressTask = NIOLockedValueBox<Task<Void, Never>?>(nil)
    /// Reports failing attempts (`--report-every`).
    private let reporter: FailureReporter

    init(printer: DiagnosticPrinter, options: DeliveryOptions, mask: SecretMask, readNoun: String, store: DurableSetup? = nil) throws {
        self.printer = printer
        self.readNoun = readNoun
        let out = try LockedOutput.deadLetters(options.deadLetters)
        self.deadLetterOutput = out
        self.drainTimeout = .seconds(options.drainTimeout)
        let onOutcome: @Sendable (DeliveryOutcome) -> Void = { outcome in
            guard case .deadLettered(let letter) = outcome.result else { return }
            let line = DeadLetterRecord.encode(letter, mask: mask).serialized()
            out.write(line + "\n")
        }
        if let store {
            let durable = DurableDeliverer(
                store: store.store, destination: store.destination, policy: options.policy, secrets: store.secrets,
                settings: store.settings, headers: store.headers,
                producerOptions: store.options.producerOptions(defaultWindow: store.records ? 0 : StoreOptions.eventWindow),
                workerOptions: store.options.workerOptions, deliverHere: store.deliverHere,
                duplicateKey: store.records ? .request : .event,
                onOutcome: onOutcome,
                onDuplicate: { origin, messageId in
                    guard let discards = store.discards else { return }
                    var o = JSONObject()
                    for k in ["file", "line"] { if let v = origin[k] { o.appendUnchecked(k, v) } }
                    o.appendUnchecked("reason", .string("duplicate messageId \(JSON.string(messageId).serialized()) (seen within the dedupe window)"))
                    o.appendUnchecked("messageId", .string(messageId))
                    discards.write(JSON.object(o).serialized() + "\n")
                },
                onProblem: { printer.print(Diagnostic.error($0)) })
            self.durable = durable
            self.deliverer = durable
        } else {
            self.durable = nil
            self.deliverer = Deliverer(policy: options.policy, onOutcome: onOutcome)
        }
        let deliverer = self.deliverer
        reporter = FailureReporter(command: printer.command, every: options.reportEvery, showsRetrying: store == nil,
                                   statistics: { deliverer.statistics })
    }

    /// Whether SIGINT or SIGTERM asked to stop, or the store failed.
    var isStopping: Bool { stopTask.withLockedValue { $0 != nil } || storeFailure.withLockedValue { $0 != nil } }

    /// Takes a request; a store failure stops reading (reported in the summary).
    func submit(_ request: DeliveryRequest) async {
        do {
            try await deliverer.submit(request)
        } catch {
            storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
        }
    }

    /// Takes one event's requests together (with a store, committed whole or not at all).
    func submit(event requests: [DeliveryRequest]) async {
        do {
            try await deliverer.submit(event: requests, inputLine: nil)
        } catch {
            storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
        }
    }

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
        reporter.start()
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
            // It is blocked on its input: say how far it got.
            let n = read.withLockedValue { $0 }
            let summary = "\(command): read \(n) \(readNoun) (stopped while waiting for more input)"
            if let code = finalize(stats, summary: summary) { exit(code) }
        }
    }

    /// Waits for delivery to end (or, after a stop, for the drain).
    func finish() async -> DeliveryStatistics {
        if let t = stopTask.withLockedValue({ $0 }) { return await t.value }
        if storeFailure.withLockedValue({ $0 != nil }) { return await deliverer.shutdown(drainTimeout: drainTimeout) }
        do {
            return try await deliverer.finish()
        } catch {
            storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
            return await deliverer.shutdown(drainTimeout: drainTimeout)
        }
    }

    /// Writes the summary once, after the reading's `summary` and `problems`; returns the
    /// exit status, or `nil` when it was already written.
    @discardableResult
    func finalize(_ stats: DeliveryStatistics, summary readSummary: String? = nil, problems: [Diagnostic] = [], failed: Bool = false) -> Int32? {
        let first = finalized.withLockedValue { done -> Bool in
            if done { return false }
            done = true
            return true
        }
        guard first else { return nil }
        progressTask.withLockedValue { $0?.cancel() }
        reporter.stop()
        deadLetterOutput.close()
        if isatty(2) == 1 { StandardError.text("\r\u{1B}[K") }
        if let readSummary { StandardError.line(readSummary) }
        printer.print(problems)
        let failure = storeFailure.withLockedValue { $0 }
        if let failure { printer.print(Diagnostic.error(failure)) }
        // Dead letters that could not be written are lost to a resend: an error.
        let unwritten = deadLetterOutput.writeProblem
        if let unwritten { printer.print(unwritten) }
        // Stopped by a signal: the input may not have been read to its end, so the run
        // did not do all it was asked (a resend or a rerun finishes it).
        let stopped = stopTask.withLockedValue { $0 != nil }
        let failed = failed || unwritten != nil || stopped
        if let durable {
            StandardError.line(durableSummary(stats, durable: durable))
            return failed || failure != nil || stats.deadLettered > 0 ? 1 : 0
        }
        StandardError.line(summary(stats))
        return failed || stats.deadLettered > 0 || stats.delivered < stats.items ? 1 : 0
    }

    func durableSummary(_ s: DeliveryStatistics, durable: DurableDeliverer) -> String {
        func n(_ v: Int, _ word: String, _ plural: String? = nil) -> String { "\(v) \(v == 1 ? word : plural ?? word + "s")" }
        var text = "\(command): \(n(s.items, "item")) enqueued in \(durable.store.description)"
        if s.duplicates > 0 { text += " (\(n(s.duplicates, "duplicate event")) discarded)" }
        if durable.worker != nil {
            text += "; this process delivered \(s.delivered), \(n(s.deadLettered, "dead letter")); "
            text += "\(n(s.httpRequests, "HTTP request")) (\(n(s.batches, "batch", "batches")) of several items), \(n(s.retries, "retry", "retries")), \(n(s.splits, "split"))"
            if s.timeouts > 0 { text += ", \(n(s.timeouts, "time-out"))" }
        } else {
            text += "; left to the workers"
        }
        if stopTask.withLockedValue({ $0 != nil }) { text += "; stopped by a signal, the rest stays in the store" }
        return text
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

/// What `--state` adds to a delivery session.
struct DurableSetup {
    var store: any JobStore
    var destination: String
    var secrets: [(name: String, value: String)]
    var settings: JSONObject?
    var headers: [(name: String, value: String)] = []
    var options: StoreOptions
    var deliverHere: Bool
    /// Where duplicates are reported (`--discards`).
    var discards: DuplicateLog?
    /// Whether the input is request records (`deliver`) rather than events: then no
    /// duplicate check unless `--dedupe-window` is given, and then per request.
    var records = false
}

/// Discard records of duplicate events, collected as commits report them and written
/// with the other discards.
final class DuplicateLog: Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    func write(_ line: String) { lines.withLockedValue { $0.append(line) } }

    func take() -> [String] {
        lines.withLockedValue { l in
            defer { l.removeAll() }
            return l
        }
    }
}

/// A ``RunOutput`` shared between tasks.
final class LockedOutput: @unchecked Sendable {
    private let lock = NIOLock()
    private let output: RunOutput

    init(_ output: RunOutput) { self.output = output }

    func write(_ text: String) { lock.withLock { output.append(text) } }
    func close() { lock.withLock { output.close() } }
    /// Where dead letters go: the file at `path`, or standard error. Each is written at
    /// once: a crash or a kill must not lose the ones buffered (they are few, so this
    /// costs nothing).
    static func deadLetters(_ path: String?) throws -> LockedOutput {
        try LockedOutput(path.map { try RunOutput.open(path: $0, flushThreshold: 0) } ?? RunOutput(fd: 2, flushThreshold: 0))
    }

    /// Why writing failed, once it has (see ``RunOutput/writeProblem``).
    var writeProblem: Diagnostic? { lock.withLock { output.writeProblem } }
}

extension DeliverySession {
    /// With a store: the next lines come from `file`; lines an earlier run took are
    /// skipped (unless `resume` is false), and the checkpoint follows this run.
    func beginInput(_ file: String, destination: String, resume: Bool, processor: inout RunProcessor) async throws {
        guard let durable else { return }
        let key = StoreOpening.inputKey(destination: destination, file: file)
        processor.skipThroughLine = 0
        if resume, let key {
            let skip = try await durable.resumeLine(input: key)
            if skip > 0 {
                processor.skipThroughLine = skip
                printer.print(DeliverySession.resuming(file, after: skip))
            }
        }
        try await durable.beginInput(key)
    }

    /// The note that an input is read from after line `skip`.
    static func resuming(_ file: String, after skip: Int) -> Diagnostic {
        Diagnostic("resuming after line \(skip), taken by an earlier run (--no-resume reads it all)",
                   at: .file(InputFile.name(of: file)), severity: .note)
    }

    /// With a store: returns once every request submitted so far is committed.
    func flushStore() async {
        guard let durable, !isStopping else { return }
        do {
            try await durable.flush()
        } catch {
            storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
        }
    }
}
