import ArgumentParser
import Delivery
import Destinations
import JSONValues

/// `actions deliver`: send request records (what `actions run` writes, or dead letters).
struct DeliverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver",
        abstract: "Send request records (the lines `actions run` writes, or a dead-letter file).",
        discussion: """
        Reads one request record per line from the INPUT files, or standard input when none \
        is given (or for "-"), and sends it: batchable items are merged (the record's \
        "batch"), failures are retried with randomized exponential backoff within the retry \
        window, honouring Retry-After on 429 and 503, and a batch rejected with 400, 413 or \
        422 is halved until the failing items stand alone. Every item ends delivered or as a \
        dead letter (--dead-letters FILE, else standard error) with its reason.

        Dead letters mask secrets: a setting's value as [secret:NAME] (when --destination and \
        --settings say which settings are passwords), other credential headers as \
        [redacted]. To resend a dead-letter file, give --settings (restores [secret:NAME]) \
        or --header NAME=VALUE.

        SIGINT or SIGTERM stops reading; requests in flight may finish within \
        --drain-timeout, everything else becomes a dead letter with reason "shut down".
        Exit status: 0 when every item was delivered, 1 when any was dead-lettered, a line \
        was not a request record, an input could not be read (the next ones still are), \
        the dead-letter file could not be written, or a signal stopped the run, 2 when the \
        options, settings or job store are unusable.
        """
    )

    @OptionGroup var delivery: DeliveryOptions

    @OptionGroup(title: "Job store") var store: StoreOptions

    @Flag(name: .long, help: "With --state: only enqueue; `actions worker` processes deliver.")
    var enqueueOnly = false

    @Flag(name: .long, help: "With --state: read every input from its first line, even if an earlier run took part of it.")
    var noResume = false

    @OptionGroup var resend: ResendOptions

    @OptionGroup var input: InputOptions<RequestRecordInputs>

    func run() async throws {
        let printer = DiagnosticPrinter("actions deliver")
        let loaded = try resend.load(printer: printer)
        let (headers, settingsObject, secrets) = (loaded.headers, loaded.settings, loaded.secrets)
        let destinationName = loaded.destinationSlug ?? "requests"
        var opened: SQLJobStore?
        if let state = store.state { opened = try await StoreOpening.openOrExit(state, printer: printer) }
        let session: DeliverySession
        do {
            let durable = opened.map {
                DurableSetup(store: $0, destination: destinationName, secrets: secrets, settings: settingsObject, headers: headers,
                             options: store, deliverHere: !enqueueOnly, discards: nil, records: true)
            }
            session = try DeliverySession(printer: printer, options: delivery, mask: SecretMask(secrets: secrets),
                                          readNoun: "requests", store: durable)
        } catch {
            throw printer.exit(2, error)
        }
        session.start()
        let errors = LockedOutput(RunOutput(fd: 2, flushThreshold: 0))
        var malformed = 0
        var readFailure: [Diagnostic] = []
        for file in input.files where !session.isStopping {
            do {
                var reader = NDJSONReader(try InputFile(file), maxLineBytes: input.lineLimit)
                if let durable = session.durable {
                    let key = StoreOpening.inputKey(destination: destinationName, file: file)
                    if !noResume, let key { reader.parser.skipThroughLine = try await StoreFailure.wrapping { try await durable.resumeLine(input: key) } }
                    if reader.parser.skipThroughLine > 0 { printer.print(DeliverySession.resuming(file, after: reader.parser.skipThroughLine)) }
                    try await StoreFailure.wrapping { try await durable.beginInput(key) }
                }
                var lastLine = 0
                while !session.isStopping, let (number, line) = try reader.next() {
                    lastLine = number
                    func report(_ problem: Diagnostic) {
                        malformed += 1
                        errors.write(problem.record(namingFile: input.namesFiles).serialized() + "\n")
                    }
                    let json: JSON
                    switch line {
                    case .blank, .skipped:
                        continue
                    case .problem(let problem):
                        session.read.withLockedValue { $0 += 1 }
                        report(problem)
                        continue
                    case .value(let value):
                        session.read.withLockedValue { $0 += 1 }
                        json = value
                    }
                    let place = Diagnostic.Location.text(reader.parser.input, line: number)
                    do {
                        let record = try RequestRecord.parse(json)
                        if let durable = session.durable {
                            // Stored with its secrets masked; the worker restores them.
                            do {
                                try await durable.submit(record, inputLine: number)
                            } catch {
                                session.storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
                            }
                        } else {
                            let request = try SecretMask.restore(record, settings: settingsObject, headers: headers)
                            await session.submit(request)
                        }
                    } catch let e as RecordError {
                        report(Diagnostic("not a request record: \(e.message)", at: place))
                    } catch {
                        report(Diagnostic("\(error)", at: place))
                    }
                }
                if !session.isStopping, let durable = session.durable {
                    try await StoreFailure.wrapping { try await durable.endInput(lastLine: lastLine) }
                }
            } catch let failure as StoreFailure {
                // The store, not the input: delivery stops, as when a submit fails.
                session.storeFailure.withLockedValue { if $0 == nil { $0 = "\(failure.error)" } }
                break
            } catch {
                // Named by its input; the next inputs are still read, as `run` reads them
                // (one unreadable file loses nothing else), and the exit status is 1.
                readFailure += Diagnostic.reading(file, error)
            }
        }
        let stats = await session.finish()
        let summary = malformed > 0 ? "actions deliver: \(malformed) input line\(malformed == 1 ? " was" : "s were") not sent (see the errors above)" : nil
        let code = session.finalize(stats, summary: summary, problems: readFailure,
                                    failed: malformed > 0 || !readFailure.isEmpty) ?? 1
        if code != 0 { throw ExitCode(code) }
    }
}

/// A failure of the job store while reading an input, told apart from the input's own.
struct StoreFailure: Error {
    let error: any Error

    static func wrapping<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw StoreFailure(error: error) }
    }
}
