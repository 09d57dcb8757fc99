import ArgumentParser
import Delivery
import Destinations
import JSONValues

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
        delivered), 1 when any event had an error, any item was dead-lettered, an input \
        could not be read, an output could not be written, or a signal stopped the run, 2 \
        when the definition, settings, subscriptions or filters have problems (nothing is \
        processed then), 64 for options that are out of range or contradict each other.
        """
    )

    @OptionGroup var engine: EngineOptions

    @Option(name: .long, help: "Write error records here instead of standard error.")
    var errors: String?

    @Option(name: .long, help: "Write discarded events here, each with the reason.")
    var discards: String?

    @OptionGroup var input: InputOptions<EventInputs>

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

    func validate() throws {
        let most = max(256, RunProcessor.coreCount)
        if !(1...most).contains(jobs) { throw ValidationError("--jobs must be from 1 to \(most)") }
        if store.state != nil && !deliver { throw ValidationError("--state needs --deliver") }
        if (enqueueOnly || noResume) && store.state == nil { throw ValidationError("--enqueue-only and --no-resume need --deliver --state") }
        if printRequests && !deliver { throw ValidationError("--print-requests needs --deliver (without it, the requests are what is printed)") }
        if engine.settings == "-" && input.files.contains("-") {
            throw ValidationError("--settings - and the events cannot both come from standard input: give the events as a file")
        }
        if !(1...(1 << 30)).contains(chunkBytes) { throw ValidationError("--chunk-bytes must be from 1 to 1073741824") }
        // Output files are emptied when opened: one that is also an input, or both outputs
        // in one file, would lose data before anything is read.
        if let e = errors, let d = discards, SameFile.check(e, d) {
            throw ValidationError("--errors and --discards name the same file: the records would overwrite each other")
        }
        for (flag, path) in [("--errors", errors), ("--discards", discards)] {
            guard let path else { continue }
            if let i = input.files.first(where: { $0 != "-" && SameFile.check($0, path) }) {
                throw ValidationError("\(flag) \(path) is also an input (\(i)): it would be emptied before it is read")
            }
        }
    }

    func run() async throws {
        let printer = DiagnosticPrinter("actions run")
        let engine: DestinationEngine
        do {
            engine = try self.engine.load()
        } catch {
            throw printer.exit(2, error)
        }
        let stdout = RunOutput(fd: 1)
        let stderr = RunOutput(fd: 2, flushThreshold: 0)
        let errorOut: RunOutput
        let discardOut: RunOutput?
        do {
            errorOut = try errors.map { try RunOutput.open(path: $0) } ?? RunOutput(fd: 2, flushThreshold: 1 << 12)
            discardOut = try discards.map { try RunOutput.open(path: $0) }
        } catch {
            throw printer.exit(2, error)
        }
        var session: DeliverySession?
        var durable: DurableSetup?
        if let state = store.state {
            let opened = try await StoreOpening.openOrExit(state, printer: printer)
            durable = DurableSetup(store: opened, destination: engine.definition.slug, secrets: engine.secretSettings, settings: nil,
                                   options: store, deliverHere: !enqueueOnly, discards: DuplicateLog())
        }
        if deliver {
            do {
                session = try DeliverySession(printer: printer, options: delivery,
                                              mask: SecretMask(secrets: engine.secretSettings), readNoun: "events", store: durable)
            } catch {
                throw printer.exit(2, error)
            }
            session?.start()
        }
        var processor = RunProcessor(
            engine: engine, stdout: stdout, errors: errorOut, discards: discardOut,
            progress: stderr.isTerminal && session == nil ? stderr : nil, nameFiles: input.namesFiles
        )
        processor.maxLineBytes = input.lineLimit
        processor.jobs = max(1, jobs)
        processor.chunkBytes = max(1, chunkBytes)
        if let session {
            processor.collectDeliveries = true
            processor.printRequests = printRequests
            processor.originDetails = session.durable != nil
        }
        var readFailure: [Diagnostic] = []
        // A failed output (a closed pipe) ends the reading of every input, not one.
        for file in input.files where !(session?.isStopping ?? false) && !processor.outputFailed {
            do {
                guard let session else {
                    try await processor.process(file: file)
                    continue
                }
                try await session.beginInput(file, destination: engine.definition.slug, resume: !noResume, processor: &processor)
                try await processor.process(file: file, deliver: { await session.submit(event: $0) }, shouldStop: { read in
                    session.read.withLockedValue { $0 = read }
                    return session.isStopping
                })
                if !session.isStopping { try await session.durable?.endInput(lastLine: processor.lastLine) }
            } catch {
                // Named by its input; the next inputs are still read (one unreadable file
                // loses nothing else), and the run's exit status is 1.
                readFailure += Diagnostic.reading(file, error).map { d in
                    var d = d
                    d.message = engine.redactor.redact(d.message)
                    return d
                }
            }
        }
        stdout.flush()
        errorOut.close()
        if let session {
            await session.flushStore()
            for line in durable?.discards?.take() ?? [] { discardOut?.append(line) }
            discardOut?.close()
            let stats = await session.finish()
            let problems = readFailure + RunOutput.problems([stdout, errorOut, discardOut])
            let code = session.finalize(stats, summary: processor.counts.summary, problems: problems,
                                        failed: !problems.isEmpty || processor.counts.errors > 0) ?? 1
            if code != 0 { throw ExitCode(code) }
            return
        }
        discardOut?.close()
        processor.clearProgress()
        stderr.append(processor.counts.summary + "\n")
        stderr.flush()
        // A failed write (a full disk, a closed pipe) is an error: the summary counts what
        // was produced, not what arrived.
        let problems = readFailure + RunOutput.problems([stdout, errorOut, discardOut])
        printer.print(problems)
        if !problems.isEmpty || processor.counts.errors > 0 { throw ExitCode(1) }
    }
}
