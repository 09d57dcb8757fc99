import ArgumentParser
import Conformance
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
        Exit status: 0 when every item was delivered, 1 when any was dead-lettered or a line \
        was not a request record, 2 when the options or files are unusable.
        """
    )

    @OptionGroup var delivery: DeliveryOptions

    @OptionGroup(title: "Job store") var store: StoreOptions

    @Flag(name: .long, help: "With --state: only enqueue; `actions worker` processes deliver.")
    var enqueueOnly = false

    @Flag(name: .long, help: "With --state: read every input from its first line, even if an earlier run took part of it.")
    var noResume = false

    @OptionGroup var resend: ResendOptions

    @Option(name: .long, help: "The longest input line, in bytes; longer lines are skipped and reported as errors.")
    var maxLineBytes: Int = LineReader.defaultMaxLineBytes

    @Argument(help: "NDJSON request-record files; standard input when none.")
    var inputs: [String] = []

    func run() async throws {
        let loaded = try resend.load(command: "actions deliver")
        let (headers, settingsObject, secrets) = (loaded.headers, loaded.settings, loaded.secrets)
        let destinationName = loaded.destinationSlug ?? "requests"
        var opened: SQLJobStore?
        if let state = store.state { opened = try await StoreOpening.openOrExit(state, command: "actions deliver") }
        let session: DeliverySession
        do {
            let durable = opened.map {
                DurableSetup(store: $0, destination: destinationName, secrets: secrets, settings: settingsObject, headers: headers,
                             options: store, deliverHere: !enqueueOnly, discards: nil)
            }
            session = try DeliverySession(command: "actions deliver", options: delivery, mask: SecretMask(secrets: secrets),
                                          readNoun: "requests", store: durable)
        } catch {
            StandardError.line("actions deliver: \(error)")
            throw ExitCode(2)
        }
        session.start()
        let errors = LockedOutput(RunOutput(fd: 2, flushThreshold: 0))
        var malformed = 0
        var readFailure: String?
        let files = inputs.isEmpty ? ["-"] : inputs
        readLoop: for file in files {
            let fileName: JSON? = files.count > 1 ? .string(file == "-" ? "<stdin>" : file) : nil
            do {
                let input = try InputLines(path: file, maxLineBytes: max(1, maxLineBytes))
                var skip = 0
                if let durable = session.durable {
                    let key = StoreOpening.inputKey(destination: destinationName, file: file)
                    if !noResume, let key { skip = try await durable.resumeLine(input: key) }
                    if skip > 0 { StandardError.line("actions deliver: \(file): resuming after line \(skip), taken by an earlier run (--no-resume reads it all)") }
                    try await durable.beginInput(key)
                }
                var lastLine = 0
                while !session.isStopping, let line = try input.next() {
                    lastLine = line.number
                    if line.number <= skip { continue }
                    func report(_ message: String, column: Int? = nil) {
                        malformed += 1
                        var o = JSONObject()
                        if let fileName { o.appendUnchecked("file", fileName) }
                        o.appendUnchecked("line", .int(line.number))
                        if let column { o.appendUnchecked("column", .int(column)) }
                        o.appendUnchecked("error", .string(message))
                        errors.write(JSON.object(o).serialized() + "\n")
                    }
                    switch line.content {
                    case .tooLong(let bytes):
                        report("the line is \(bytes) bytes long, more than the limit of \(maxLineBytes) bytes (--max-line-bytes); it was skipped")
                    case .blank:
                        continue
                    case .text(let bytes):
                        session.read.withLockedValue { $0 += 1 }
                        let json: JSON
                        do {
                            json = try JSONParser.parse(bytes)
                        } catch let e as JSONParseError {
                            report("malformed JSON at column \(e.column): \(e.message)", column: e.column)
                            continue
                        }
                        do {
                            let record = try RequestRecord.parse(json)
                            if let durable = session.durable {
                                // Stored with its secrets masked; the worker restores them.
                                do {
                                    try await durable.submit(record, inputLine: line.number)
                                } catch {
                                    session.storeFailure.withLockedValue { if $0 == nil { $0 = "\(error)" } }
                                }
                            } else {
                                let request = try SecretMask.restore(record, settings: settingsObject, headers: headers)
                                await session.submit(request)
                            }
                        } catch let e as RecordError {
                            report("not a request record: \(e.message)")
                        } catch {
                            report("\(error)")
                        }
                    }
                }
                if !session.isStopping { try await session.durable?.endInput(lastLine: lastLine) }
            } catch {
                readFailure = "actions deliver: \(error)"
                break readLoop
            }
        }
        let stats = await session.finish()
        let extra = malformed > 0 ? "actions deliver: \(malformed) input line\(malformed == 1 ? " was" : "s were") not sent (see the errors above)" : nil
        let code = session.finalize(stats, extra: [extra, readFailure].compactMap { $0 }.joined(separator: "\n").nilIfEmpty,
                                    failed: malformed > 0 || readFailure != nil) ?? 1
        if code != 0 { throw ExitCode(code) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
