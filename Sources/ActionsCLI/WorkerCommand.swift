import ArgumentParser
import Delivery
import Dispatch
import JSONValues
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions worker`: deliver the jobs of a store; start more to scale out.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Deliver the jobs of a job store (--state); start more workers, on other machines too, to scale out.",
        discussion: """
        Leases due jobs (each lease lasts --lease seconds; a worker that dies loses its \
        jobs to the others when its leases end), sends them with the delivery options \
        (batching, retries stored as the job's next attempt time, Retry-After, halving of \
        rejected batches), and writes each result back. Finished jobs and the delivery log \
        older than --retention are pruned.

        Secrets are stored as [secret:NAME]; give --settings (the settings file the \
        requests came from) to restore them, or --header NAME=VALUE. A job whose secret \
        cannot be restored becomes a dead letter (`actions redrive` puts it back). \
        With --destination DEF the worker leases only that destination's jobs: give it \
        whenever the store serves several, since settings and headers belong to one vendor.

        SIGINT or SIGTERM stops leasing; sends under way may finish within \
        --drain-timeout, and every lease still held is handed back. With --exit-when-idle \
        the worker stops by itself once no job is waiting.
        Exit status: 0, or 1 when any job became a dead letter here or the dead-letter \
        file could not be written; 2 when the store cannot be opened.
        """
    )

    @OptionGroup var delivery: DeliveryOptions

    @OptionGroup(title: "Job store") var store: StoreOptions

    @OptionGroup var resend: ResendOptions

    @Flag(name: .long, help: "Stop once no job is pending (instead of waiting for more).")
    var exitWhenIdle = false

    func run() async throws {
        let printer = DiagnosticPrinter("actions worker")
        guard let state = store.state else { throw printer.exit(2, Diagnostic.error("--state STORE is required")) }
        let loaded = try resend.load(printer: printer)
        let deadLetters: LockedOutput
        do {
            deadLetters = try LockedOutput.deadLetters(delivery.deadLetters)
        } catch {
            throw printer.exit(2, error)
        }
        let opened = try await StoreOpening.openOrExit(state, printer: printer)
        let mask = SecretMask(secrets: loaded.secrets)
        // With --destination, only that destination's jobs: its settings' secrets and the
        // headers given here go to that vendor alone.
        var options = store.workerOptions
        options.destination = loaded.destinationSlug
        let worker = DeliveryWorker(
            store: opened, policy: delivery.policy, options: options, settings: loaded.settings, headers: loaded.headers,
            onOutcome: { outcome in
                guard case .deadLettered(let letter) = outcome.result else { return }
                deadLetters.write(DeadLetterRecord.encode(letter, mask: mask).serialized() + "\n")
            },
            onProblem: { printer.print(Diagnostic.error($0)) })
        if exitWhenIdle { worker.finishWhenIdle { Int.max } }
        let stopped = NIOLockedValueBox(false)
        let drain = Duration.seconds(delivery.drainTimeout)
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                guard stopped.withLockedValue({ was in defer { was = true }; return !was }) else { return }
                Task { await worker.stop(drainTimeout: drain) }
            }
            source.resume()
            sources.append(source)
        }
        StandardError.line("actions worker: \(worker.owner) delivering from \(opened.description)")
        let reporter = FailureReporter(command: "actions worker", every: delivery.reportEvery, showsRetrying: false,
                                       statistics: { worker.statistics })
        reporter.start()
        await worker.run()
        reporter.stop()
        await opened.close()
        deadLetters.close()
        _ = sources
        let s = worker.statistics
        func n(_ v: Int, _ word: String, _ plural: String? = nil) -> String { "\(v) \(v == 1 ? word : plural ?? word + "s")" }
        var text = "actions worker: \(n(s.items, "job")) leased: \(s.delivered) delivered, \(n(s.deadLettered, "dead letter")), \(worker.rescheduled) to retry; "
        text += "\(n(s.httpRequests, "HTTP request")) (\(n(s.batches, "batch", "batches")) of several items), \(n(s.retries, "retry", "retries")), \(n(s.splits, "split"))"
        if stopped.withLockedValue({ $0 }) { text += "; stopped by a signal, leases handed back" }
        StandardError.line(text)
        if let unwritten = deadLetters.writeProblem { printer.print(unwritten) }
        if s.deadLettered > 0 || deadLetters.writeProblem != nil { throw ExitCode(1) }
    }
}
