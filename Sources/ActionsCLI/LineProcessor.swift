import Delivery
import Destinations
import JSONValues

/// What a run of lines produced: the bytes for standard output, the error records and the
/// discard records, the counts, and (with delivery) the requests to submit. Written by one
/// ``LineProcessor``, then emitted in input order by ``RunProcessor``.
struct ChunkOutput {
    var requests: [UInt8] = []
    var errors: [UInt8] = []
    var discards: [UInt8] = []
    var counts = RunCounts()
    /// With delivery: the requests, in input order.
    var deliveries: [DeliveryRequest] = []
    /// The number of the last line seen (skipped lines included).
    var lastLine = 0

    /// Bytes waiting to be written.
    var byteCount: Int { requests.count + errors.count + discards.count }

    /// Empties it once written (keeping its buffers, and the last line seen).
    mutating func clear() {
        requests.removeAll(keepingCapacity: true)
        errors.removeAll(keepingCapacity: true)
        discards.removeAll(keepingCapacity: true)
        deliveries.removeAll()
        counts = RunCounts()
    }
}

/// What every ``LineProcessor`` of a run shares: the engine and how lines are written.
struct LineSettings: Sendable {
    let engine: DestinationEngine
    /// The input's name (a path, or `<stdin>`).
    let input: String
    /// Whether every record names the input (`"file"`): when there are several.
    let namesInput: Bool
    /// The input's name in every record (`"file"`), when several inputs are named.
    var file: JSON? { namesInput ? .string(input) : nil }
    /// Lines longer than this are skipped and reported.
    let maxLineBytes: Int
    /// Whether request lines are written.
    let printRequests: Bool
    /// Whether discard records are written.
    let writeDiscards: Bool
    /// Whether requests are collected for delivery.
    let collectDeliveries: Bool
    /// Lines up to this number are skipped (taken by an earlier run, with a job store).
    var skipThroughLine = 0
    /// Whether delivery origins also carry the event's messageId, userId, anonymousId and type.
    var originDetails = false

    init(engine: DestinationEngine, input: String, namesInput: Bool, maxLineBytes: Int, printRequests: Bool,
         writeDiscards: Bool, collectDeliveries: Bool, skipThroughLine: Int = 0, originDetails: Bool = false) {
        self.engine = engine
        self.input = input
        self.namesInput = namesInput
        self.maxLineBytes = maxLineBytes
        self.printRequests = printRequests
        self.writeDiscards = writeDiscards
        self.collectDeliveries = collectDeliveries
        self.skipThroughLine = skipThroughLine
        self.originDetails = originDetails
    }
}

/// The per-line work of `actions run`: parse, process, and write requests, errors and
/// discards into a ``ChunkOutput``. One per thread (its parser and envelope cache are its own);
/// the output depends only on the line, its number and the settings, so any number of
/// processors on any split of the input write the same bytes.
struct LineProcessor {
    let settings: LineSettings
    /// Blank lines, malformed and over-long lines, as every NDJSON reader sees them.
    private let lines: NDJSONParser

    /// Counts events no trigger can match without parsing them, unless discard records
    /// are written (they hold the event).
    private var screen: DiscardScreen?
    /// What is built of each event: what the engine reads (and the origin details), or
    /// everything when discard records, which hold the event, are written.
    private let reads: JSONProjection

    init(_ settings: LineSettings) {
        self.settings = settings
        screen = settings.writeDiscards ? nil : DiscardScreen(engine: settings.engine)
        reads = settings.writeDiscards ? .everything
            : settings.engine.eventReads.union(JSONProjection(paths: settings.originDetails ? LineProcessor.originKeys.map { [$0] } : []))
        lines = NDJSONParser(input: settings.input, maxLineBytes: settings.maxLineBytes, skipThroughLine: settings.skipThroughLine)
    }

    /// Processes one line (without its line break), numbered `number` in its input.
    mutating func process(_ line: UnsafeRawBufferPointer, number: Int, into out: inout ChunkOutput) {
        out.lastLine = max(out.lastLine, number)
        // An event no trigger can match is only counted, unless its discard record is
        // written (which needs the whole event): it need not be built.
        if screen != nil, number > lines.skipThroughLine, screen!.skips(line, parser: lines.parser) {
            out.counts.read += 1
            out.counts.discarded += 1
            return
        }
        let event: JSON
        switch lines.parse(line, number: number, keeping: reads) {
        case .blank, .skipped:
            return
        case .problem(let problem):
            out.counts.read += 1
            out.counts.errors += 1
            writeError(problem, into: &out)
            return
        case .value(let value):
            out.counts.read += 1
            event = value
        }
        let result = settings.engine.process(event: event)
        let file = settings.file
        for r in result.requests {
            if settings.printRequests { writeRequest(r, number: number, into: &out.requests) }
            if settings.collectDeliveries {
                var origin = JSONObject(minimumCapacity: 4)
                if let file { origin.appendUnchecked("file", file) }
                origin.appendUnchecked("line", .int(number))
                if settings.originDetails {
                    for k in LineProcessor.originKeys {
                        if let v = event[k], v.stringValue != nil { origin[k] = v }
                    }
                }
                out.deliveries.append(DeliveryRequest(r, origin: origin))
            }
        }
        out.counts.requests += result.requests.count
        switch result.outcome {
        case .sent:
            out.counts.withRequests += 1
        case .failed:
            out.counts.errors += 1
            for f in result.failures {
                var details: [(String, String)] = []
                if !f.subscription.isEmpty { details.append(("subscription", f.subscription)) }
                if let field = f.field { details.append(("field", field)) }
                writeError(Diagnostic(f.message, at: .text(settings.input, line: number)), details: details, into: &out)
            }
        case .discarded:
            out.counts.discarded += 1
            if result.filterDiscard != nil { out.counts.filteredOut += 1 }
            if settings.writeDiscards { writeDiscard(result, event: event, number: number, into: &out.discards) }
        }
    }

    /// The event's members a delivery origin carries with `originDetails`.
    static let originKeys = ["messageId", "userId", "anonymousId", "type"]

    /// Counts and reports a line longer than the limit, at the column where it crossed it.
    func tooLong(number: Int, bytes: Int, into out: inout ChunkOutput) {
        out.lastLine = max(out.lastLine, number)
        guard case .problem(let problem) = lines.tooLong(number: number, bytes: bytes) else { return }
        out.counts.read += 1
        out.counts.errors += 1
        writeError(problem, into: &out)
    }

    private func writeDiscard(_ result: EventResult, event: JSON, number: Int, into buffer: inout [UInt8]) {
        var o = JSONObject()
        if let file = settings.file { o.appendUnchecked("file", file) }
        o.appendUnchecked("line", .int(number))
        o.appendUnchecked("reason", .string(result.discardReason ?? "discarded"))
        if let effect = result.filterDiscard?.filter {
            var f = JSONObject()
            f.appendUnchecked("number", .int(effect.filterIndex + 1))
            if let title = effect.filterTitle { f.appendUnchecked("title", .string(title)) }
            f.appendUnchecked("action", .string(effect.action.rawValue))
            o.appendUnchecked("filter", .object(f))
        } else if result.filterDiscard == nil, result.matched == 0 {
            o.appendUnchecked("triggers", .array(settings.engine.explainDiscard(event: result.filteredEvent ?? event).map { .string($0) }))
        }
        o.appendUnchecked("event", event)
        JSONSerializer.write(settings.engine.redactor.redact(JSON.object(o)), into: &buffer)
        buffer.append(0x0A)
    }

    /// The error record of `problem` (its message redacted), after the others.
    private func writeError(_ problem: Diagnostic, details: [(String, String)] = [], into out: inout ChunkOutput) {
        var problem = problem
        problem.message = settings.engine.redactor.redact(problem.message)
        JSONSerializer.write(problem.record(namingFile: settings.namesInput, details: details), into: &out.errors)
        out.errors.append(0x0A)
    }

    /// The serialized start (`{"method":…,"url":…,"headers":{…}`) and end
    /// (`"subscription":…}`) of a subscription's last request line, reused while its
    /// method, URL and headers stay the same (they usually depend only on settings).
    private struct Envelope {
        let method: String
        let url: String
        let headers: JSONObject
        let prefix: [UInt8]
        let suffix: [UInt8]
    }

    private var envelopes: [Int: Envelope] = [:]

    /// `{"method","url","headers","json","file"?,"line","subscription","action","batch"?}` + newline.
    private mutating func writeRequest(_ r: DestinationRequest, number: Int, into buffer: inout [UInt8]) {
        let envelope: Envelope
        if let e = envelopes[r.subscriptionIndex], e.method == r.method, e.url == r.url, e.headers == r.headers {
            envelope = e
        } else {
            var prefix: [UInt8] = []
            var head = JSONObject(minimumCapacity: 3)
            head.appendUnchecked("method", .string(r.method))
            head.appendUnchecked("url", .string(r.url))
            head.appendUnchecked("headers", .object(r.headers))
            JSONSerializer.write(.object(head), into: &prefix)
            prefix.removeLast()  // the closing brace
            var suffix: [UInt8] = Array(",\"subscription\":".utf8)
            JSONSerializer.write(.string(r.subscription), into: &suffix)
            suffix.append(contentsOf: ",\"action\":".utf8)
            JSONSerializer.write(.string(r.action), into: &suffix)
            if let batch = r.batch {
                suffix.append(contentsOf: ",\"batch\":".utf8)
                JSONSerializer.write(batch.jsonValue, into: &suffix)
            }
            suffix.append(contentsOf: "}\n".utf8)
            envelope = Envelope(method: r.method, url: r.url, headers: r.headers, prefix: prefix, suffix: suffix)
            envelopes[r.subscriptionIndex] = envelope
        }
        buffer.append(contentsOf: envelope.prefix)
        if let json = r.json {
            buffer.append(contentsOf: ",\"json\":".utf8)
            JSONSerializer.write(json, into: &buffer)
        }
        if let file = settings.file {
            buffer.append(contentsOf: ",\"file\":".utf8)
            JSONSerializer.write(file, into: &buffer)
        }
        buffer.append(contentsOf: ",\"line\":".utf8)
        LineProcessor.appendDecimal(number, to: &buffer)
        buffer.append(contentsOf: envelope.suffix)
    }

    static func appendDecimal(_ n: Int, to buffer: inout [UInt8]) {
        if n < 10 { buffer.append(UInt8(48 + n)); return }
        var digits: [UInt8] = []
        var v = n
        while v > 0 { digits.append(UInt8(48 + v % 10)); v /= 10 }
        buffer.append(contentsOf: digits.reversed())
    }
}
