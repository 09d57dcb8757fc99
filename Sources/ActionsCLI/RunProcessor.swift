import Conformance
import Delivery
import Destinations
import JSONValues

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Event counts of a run. Every event read lands in exactly one of `withRequests`,
/// `discarded` and `errors`.
struct RunCounts {
    var read = 0
    var withRequests = 0
    var requests = 0
    var discarded = 0
    /// Of the discarded: those the `integrations` object or a destination filter kept out.
    var filteredOut = 0
    var errors = 0

    /// `actions run: read 10 events: 7 with requests (9 requests), 2 discarded, 1 error`;
    /// with events filtered out, `2 discarded (1 filtered out)`.
    var summary: String {
        let filtered = filteredOut > 0 ? " (\(filteredOut) filtered out)" : ""
        return "actions run: read \(read) event\(read == 1 ? "" : "s"): \(withRequests) with requests (\(requests) request\(requests == 1 ? "" : "s")), \(discarded) discarded\(filtered), \(errors) error\(errors == 1 ? "" : "s")"
    }
}

/// The per-line loop of `actions run`: parse, process, write requests, errors and discards.
struct RunProcessor {
    let engine: DestinationEngine
    let stdout: RunOutput
    let errors: RunOutput
    let discards: RunOutput?
    let progress: RunOutput?
    let nameFiles: Bool
    /// Lines longer than this are skipped and reported.
    var maxLineBytes = LineReader.defaultMaxLineBytes
    /// Whether request lines go to standard output.
    var printRequests = true
    /// With delivery: the requests of the line just processed, to be submitted.
    var outbox: [DeliveryRequest]?
    /// Lines up to this number are skipped (taken by an earlier run, with a job store).
    var skipThroughLine = 0
    /// Whether delivery origins also carry the event's messageId, userId, anonymousId and
    /// type (for a job store's duplicate check and delivery log).
    var originDetails = false
    /// The number of the last line read.
    private(set) var lastLine = 0
    var counts = RunCounts()
    /// One parser for the whole stream: it remembers the short strings events repeat.
    private let parser = JSONDocumentParser()
    private var lastProgress: Double = 0
    private var progressShown = false

    init(engine: DestinationEngine, stdout: RunOutput, errors: RunOutput, discards: RunOutput?, progress: RunOutput?, nameFiles: Bool) {
        self.engine = engine
        self.stdout = stdout
        self.errors = errors
        self.discards = discards
        self.progress = progress
        self.nameFiles = nameFiles
        self.lastProgress = RunProcessor.now()
    }

    /// Processes every line of `file`; with `deliver`, hands each line's requests to it
    /// before reading the next line.
    mutating func process(file: String, deliver: ((DeliveryRequest) async -> Void)? = nil, shouldStop: (_ eventsRead: Int) -> Bool = { _ in false }) async throws {
        let fd: Int32
        if file == "-" {
            fd = 0
        } else {
            fd = open(file, O_RDONLY)
            guard fd >= 0 else { throw RunFailure("\(file): cannot open (\(String(cString: strerror(errno))))") }
        }
        defer { if fd != 0 { close(fd) } }
        let fileName: JSON? = nameFiles ? .string(file == "-" ? "<stdin>" : file) : nil
        var reader = LineReader(fd: fd, maxLineBytes: maxLineBytes)
        let limit = maxLineBytes
        while try reader.nextLine({ line, number in processLine(line, number: number, file: fileName) },
                                  tooLong: { number, bytes in
                                      lastLine = number
                                      if number <= skipThroughLine { return }
                                      // Counted and reported like a malformed line, at the column where it crossed the limit.
                                      counts.read += 1
                                      counts.errors += 1
                                      writeError(number: number, file: fileName,
                                                 message: "the line is \(bytes) bytes long, more than the limit of \(limit) bytes (--max-line-bytes); it was skipped",
                                                 subscription: nil, field: nil, column: limit + 1)
                                  }) {
            if counts.read & 0xFFF == 0 { showProgress() }
            if let deliver, let pending = outbox, !pending.isEmpty {
                outbox = []
                for r in pending { await deliver(r) }
            }
            if shouldStop(counts.read) { break }
        }
    }

    private mutating func processLine(_ line: UnsafeRawBufferPointer, number: Int, file: JSON?) {
        lastLine = number
        if number <= skipThroughLine { return }
        // Blank lines are not events.
        var blank = true
        for b in line where !(b == 0x20 || b == 0x09 || b == 0x0D) { blank = false; break }
        if blank { return }
        counts.read += 1
        let event: JSON
        do {
            event = try parser.parse(line)
        } catch {
            counts.errors += 1
            let parseError = error as? JSONParseError
            let message = parseError.map { "malformed JSON at column \($0.column): \($0.message)" } ?? "malformed JSON: \(error)"
            writeError(number: number, file: file, message: message, subscription: nil, field: nil, column: parseError?.column)
            return
        }
        let result = engine.process(event: event)
        let lineJSON = JSON.int(number)
        for r in result.requests {
            if printRequests { writeRequest(r, number: number, file: file) }
            if outbox != nil {
                var origin = JSONObject(minimumCapacity: 4)
                if let file { origin.appendUnchecked("file", file) }
                origin.appendUnchecked("line", lineJSON)
                if originDetails {
                    for k in ["messageId", "userId", "anonymousId", "type"] {
                        if let v = event[k], v.stringValue != nil { origin[k] = v }
                    }
                }
                outbox!.append(DeliveryRequest(r, origin: origin))
            }
        }
        counts.requests += result.requests.count
        switch result.outcome {
        case .sent:
            counts.withRequests += 1
        case .failed:
            counts.errors += 1
            for f in result.failures {
                writeError(number: number, file: file, message: f.message, subscription: f.subscription.isEmpty ? nil : f.subscription, field: f.field)
            }
        case .discarded:
            counts.discarded += 1
            if result.filterDiscard != nil { counts.filteredOut += 1 }
            if let discards {
                var o = JSONObject()
                if let file { o.appendUnchecked("file", file) }
                o.appendUnchecked("line", lineJSON)
                o.appendUnchecked("reason", .string(result.discardReason ?? "discarded"))
                if let effect = result.filterDiscard?.filter {
                    var f = JSONObject()
                    f.appendUnchecked("number", .int(effect.filterIndex + 1))
                    if let title = effect.filterTitle { f.appendUnchecked("title", .string(title)) }
                    f.appendUnchecked("action", .string(effect.action.rawValue))
                    o.appendUnchecked("filter", .object(f))
                } else if result.filterDiscard == nil, result.matched == 0 {
                    o.appendUnchecked("triggers", .array(engine.explainDiscard(event: result.filteredEvent ?? event).map { .string($0) }))
                }
                o.appendUnchecked("event", event)
                let text = engine.redactor.redact(JSON.object(o)).serialized()
                discards.append(text + "\n")
            }
        }
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
    private mutating func writeRequest(_ r: DestinationRequest, number: Int, file: JSON?) {
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
        stdout.append { buffer in
            buffer.append(contentsOf: envelope.prefix)
            if let json = r.json {
                buffer.append(contentsOf: ",\"json\":".utf8)
                JSONSerializer.write(json, into: &buffer)
            }
            if let file {
                buffer.append(contentsOf: ",\"file\":".utf8)
                JSONSerializer.write(file, into: &buffer)
            }
            buffer.append(contentsOf: ",\"line\":".utf8)
            RunProcessor.appendDecimal(number, to: &buffer)
            buffer.append(contentsOf: envelope.suffix)
        }
    }

    static func appendDecimal(_ n: Int, to buffer: inout [UInt8]) {
        if n < 10 { buffer.append(UInt8(48 + n)); return }
        var digits: [UInt8] = []
        var v = n
        while v > 0 { digits.append(UInt8(48 + v % 10)); v /= 10 }
        buffer.append(contentsOf: digits.reversed())
    }

    private func writeError(number: Int, file: JSON?, message: String, subscription: String?, field: String?, column: Int? = nil) {
        var o = JSONObject()
        if let file { o.appendUnchecked("file", file) }
        o.appendUnchecked("line", .int(number))
        if let column { o.appendUnchecked("column", .int(column)) }
        if let subscription { o.appendUnchecked("subscription", .string(subscription)) }
        if let field { o.appendUnchecked("field", .string(field)) }
        o.appendUnchecked("error", .string(engine.redactor.redact(message)))
        errors.append(JSON.object(o).serialized() + "\n")
    }

    private mutating func showProgress() {
        guard let progress else { return }
        let t = RunProcessor.now()
        guard t - lastProgress >= 1 else { return }
        lastProgress = t
        progressShown = true
        progress.append("\r\u{1B}[K" + "actions run: \(counts.read) events, \(counts.requests) requests, \(counts.discarded) discarded, \(counts.errors) errors")
        progress.flush()
    }

    /// Erases the progress line before the summary.
    func clearProgress() {
        guard progressShown, let progress else { return }
        progress.append("\r\u{1B}[K")
        progress.flush()
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
