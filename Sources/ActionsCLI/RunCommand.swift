import ArgumentParser
import Conformance
import DestinationFilters
import Destinations
import JSONValues

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions run`: Run events through a destination definition (NDJSON in, requests out).
struct RunCommand: ParsableCommand {
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

        Values of password settings never appear in errors, discards or the summary.
        Exit status: 0 when every event went through, 1 when any event had an error, 2 \
        when the definition, settings, subscriptions or filters have problems (nothing is \
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

    @Argument(help: "NDJSON event files; standard input when none.")
    var inputs: [String] = []

    func run() throws {
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
        var processor = RunProcessor(
            engine: engine, stdout: stdout, errors: errorOut, discards: discardOut,
            progress: stderr.isTerminal ? stderr : nil, nameFiles: inputs.count > 1
        )
        processor.maxLineBytes = max(1, maxLineBytes)
        let files = inputs.isEmpty ? ["-"] : inputs
        var readFailure: String?
        for file in files {
            do {
                try processor.process(file: file)
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
