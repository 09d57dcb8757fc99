import ArgumentParser
import Conformance
import Delivery
import DestinationFilters
import Destinations
import JSONValues

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions run`: Run events through a destination definition (NDJSON in, requests out).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run events through a destination definition (NDJSON in, requests out).",
        discussion: """
        Reads one event (a JSON object) per line from the INPUT files, or standard input \
        when none is given (or for "-"), and writes one JSON line per request to standard \
        output: method, url, headers, json, the input line number (and file, with several \
        inputs) and the subscription that produced it. Blank lines are skipped.

        Before the triggers, an event's "integrations" object may route it away (the \
        destination answers to the definition's name and each --alias) and the --filters \
        file's destination filters may drop it, sample it out or remove properties; such \
        an event is a discard, with the filter and action that kept it out.

        A malformed line or an event a subscription fails on is reported as a JSON record \
        on standard error (or --errors FILE), and processing goes on. The closing summary \
        on standard error counts every event once: read = with requests + discarded + \
        errors (an event on which any subscription failed counts as an error, even if \
        other subscriptions sent requests; those requests are still written).

        With --deliver the requests are sent instead of written (see `actions deliver` for \
        retries, batching and dead letters; --print-requests writes them as well). The \
        delivery summary follows the run summary.

        Events are processed on --jobs threads (by default one per core) sharing one \
        compiled engine; requests, errors, discards and the summary are written in input \
        order, the same bytes for any --jobs, and with --deliver requests are handed to \
        delivery in input order. When standard error is a terminal, a progress line shows \
        events read, events per second, requests, discards and errors.

        Values of password settings never appear in errors, discards, dead letters or the \
        summary.
        Exit status: 0 when every event went through (and, with --deliver, every item was \
        delivered), 1 when any event had an error or any item was dead-lettered, 2 when the \
        definition, settings, subscriptions or filters have problems (nothing is \
        processed then).
        """
    )

    @Option(name: .long, help: "The destination definition (for example Mappings/topsort.json).")
    var destination: String

    @Option(name: .long, help: "The settings file (a JSON object, for example Mappings/examples/topsort.settings.json).")
    var settings: String

    @Option(name: .long, help: "A subscriptions file; the definition's presets when omitted.")
    var subscriptions: String?

    @Option(name: .long, help: "A destination filters file (a JSON array of filters in the shape of Segment's Public API), applied before the triggers.")
    var filters: String?

    @Option(name: .customLong("alias"), help: "Another name the destination answers to in an event's integrations object (repeatable).")
    var aliases: [String] = []

    @Option(name: .long, help: "Write error records here instead of standard error.")
    var errors: String?

    @Option(name: .long, help: "Write discarded events here, each with the reason.")
    var discards: String?

    @Option(name: .long, help: "The most subscriptions allowed (Segment's limit is 50).")
    var maxSubscriptions: Int = DestinationEngine.defaultSubscriptionLimit

    @Option(name: .long, help: "The longest input line, in bytes; longer lines are skipped and reported as errors.")
    var maxLineBytes: Int = LineReader.defaultMaxLineBytes

    @Option(name: .long, help: "Threads processing events (default: the number of cores). The output is the same for any number: written in input order.")
    var jobs: Int = RunProcessor.coreCount

    @Option(name: .long, help: .hidden)
    var chunkBytes: Int = RunProcessor.defaultChunkBytes

    @Flag(name: .long, help: "Send the requests (with retries, batching and dead letters) instead of writing them.")
    var deliver = false

    @Flag(name: .long, help: "With --deliver, still write the request lines to standard output.")
    var printRequests = false

    @OptionGroup(title: "Delivery (with --deliver)") var delivery: DeliveryOptions

    @OptionGroup(title: "Job store (with --deliver --state)") var store: StoreOptions

    @Flag(name: .long, help: "With --state: only enqueue; `actions worker` processes deliver.")
    var enqueueOnly = false

    @Flag(name: .long, help: "With --state: read every input from its first line, even if an earlier run took part of it.")
    var noResume = false

    @Argument(help: "NDJSON event files; standard input when none.")
    var inputs: [String] = []

    func run() async throws {
        let engine: DestinationEngine
        do {
            engine = try loadEngine()
        } catch {
            StandardError.line("\(error)")
            throw ExitCode(2)
        }
        let stdout = RunOutput(fd: 1)
        let stderr = RunOutput(fd: 2, flushThreshold: 0)
        let errorOut: RunOutput
        let discardOut: RunOutput?
        do {
            errorOut = try errors.map(RunOutput.open(path:)) ?? RunOutput(fd: 2, flushThreshold: 1 << 12)
            discardOut = try discards.map(RunOutput.open(path:))
        } catch {
            StandardError.line("\(error)")
            throw ExitCode(2)
        }
        var session: DeliverySession?
        var durable: DurableSetup?
        if let state = store.state {
            guard deliver else {
                StandardError.line("actions run: --state needs --deliver")
                throw ExitCode(2)
            }
            let opened = try await StoreOpening.openOrExit(state, command: "actions run")
            durable = DurableSetup(store: opened, destination: engine.definition.slug, secrets: engine.secretSettings, settings: nil,
                                   options: store, deliverHere: !enqueueOnly, discards: DuplicateLog())
        }
        if deliver {
            do {
                session = try DeliverySession(command: "actions run", options: delivery,
                                              mask: SecretMask(secrets: engine.secretSettings), readNoun: "events", store: durable)
            } catch {
                StandardError.line("\(error)")
                throw ExitCode(2)
            }
            session?.start()
        }
        var processor = RunProcessor(
            engine: engine, stdout: stdout, errors: errorOut, discards: discardOut,
            progress: stderr.isTerminal && session == nil ? stderr : nil, nameFiles: inputs.count > 1
        )
        processor.maxLineBytes = max(1, maxLineBytes)
        processor.jobs = max(1, jobs)
        processor.chunkBytes = max(1, chunkBytes)
        if let session {
            processor.collectDeliveries = true
            processor.printRequests = printRequests
            processor.originDetails = session.durable != nil
            let files = inputs.isEmpty ? ["-"] : inputs
            var readFailure: String?
            for file in files where !session.isStopping {
                do {
                    try await session.beginInput(file, destination: engine.definition.slug, resume: !noResume, processor: &processor)
                    try await processor.process(file: file, deliver: { await session.submit($0) }, shouldStop: { read in
                        session.read.withLockedValue { $0 = read }
                        return session.isStopping
                    })
                    if !session.isStopping { try await session.durable?.endInput(lastLine: processor.lastLine) }
                } catch {
                    readFailure = engine.redactor.redact("\(error)")
                    break
                }
            }
            stdout.flush()
            errorOut.close()
            await session.flushStore()
            for line in durable?.discards?.take() ?? [] { discardOut?.append(line) }
            discardOut?.close()
            let stats = await session.finish()
            var lines = [processor.counts.summary]
            if let readFailure { lines.append("actions run: \(readFailure)") }
            let code = session.finalize(stats, extra: lines.joined(separator: "\n"),
                                        failed: readFailure != nil || processor.counts.errors > 0) ?? 1
            if code != 0 { throw ExitCode(code) }
            return
        }
        let files = inputs.isEmpty ? ["-"] : inputs
        var readFailure: String?
        for file in files {
            do {
                try await processor.process(file: file)
            } catch {
                readFailure = engine.redactor.redact("\(error)")
                break
            }
        }
        stdout.flush()
        errorOut.close()
        discardOut?.close()
        processor.clearProgress()
        stderr.append(processor.counts.summary + "\n")
        if let readFailure { stderr.append("actions run: \(readFailure)\n") }
        stderr.flush()
        if readFailure != nil || processor.counts.errors > 0 { throw ExitCode(1) }
    }

    func loadEngine() throws -> DestinationEngine {
        let definition = try RunLoading.definition(destination)
        let settingsJSON = try RunLoading.json(settings)
        let subs = try subscriptions.map(RunLoading.subscriptions)
        let filterSet = try filters.map(RunLoading.filters) ?? .none
        do {
            return try DestinationEngine(
                definition: definition, settings: settingsJSON, subscriptions: subs,
                subscriptionLimit: maxSubscriptions, filters: filterSet, aliases: aliases)
        } catch {
            // Settings problems never quote values; subscription problems name places.
            throw RunFailure(RunLoading.describe(error, files: [.definition: destination, .settings: settings, .subscriptions: subscriptions ?? "\(destination) (presets)"]))
        }
    }

}
