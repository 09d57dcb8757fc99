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

    mutating func add(_ other: RunCounts) {
        read += other.read
        withRequests += other.withRequests
        requests += other.requests
        discarded += other.discarded
        filteredOut += other.filteredOut
        errors += other.errors
    }

    /// `actions run: read 10 events: 7 with requests (9 requests), 2 discarded, 1 error`;
    /// with events filtered out, `2 discarded (1 filtered out)`.
    var summary: String {
        let filtered = filteredOut > 0 ? " (\(filteredOut) filtered out)" : ""
        return "actions run: read \(read) event\(read == 1 ? "" : "s"): \(withRequests) with requests (\(requests) request\(requests == 1 ? "" : "s")), \(discarded) discarded\(filtered), \(errors) error\(errors == 1 ? "" : "s")"
    }
}

/// The loop of `actions run` over one input: lines are processed by ``LineProcessor``s (on
/// this thread with one job, on worker threads with more) and their outputs written, counted
/// and handed to delivery strictly in input order, so every `--jobs` writes the same bytes.
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
    /// Whether each line's requests are collected for delivery (`process(file:deliver:…)`).
    var collectDeliveries = false
    /// Threads processing events; 1 processes them on the calling thread.
    var jobs = 1
    /// About how many input bytes a worker takes at a time (with more than one job).
    var chunkBytes = RunProcessor.defaultChunkBytes
    /// Lines up to this number are skipped (taken by an earlier run, with a job store).
    var skipThroughLine = 0
    /// Whether delivery origins also carry the event's messageId, userId, anonymousId and
    /// type (for a job store's duplicate check and delivery log).
    var originDetails = false
    /// The number of the last line read.
    private(set) var lastLine = 0
    var counts = RunCounts()
    private var started: Double
    private var lastProgress: Double
    private var progressShown = false

    /// 1 MiB: large enough that handing chunks around costs nothing measurable, small
    /// enough that the chunks in flight (two per job) keep memory flat.
    static let defaultChunkBytes = 1 << 20

    /// The number of processors online, the default for `--jobs`.
    static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    init(engine: DestinationEngine, stdout: RunOutput, errors: RunOutput, discards: RunOutput?, progress: RunOutput?, nameFiles: Bool) {
        self.engine = engine
        self.stdout = stdout
        self.errors = errors
        self.discards = discards
        self.progress = progress
        self.nameFiles = nameFiles
        self.started = RunProcessor.now()
        self.lastProgress = started
    }

    /// Processes every line of `file`; with `deliver`, hands each line's requests to it in
    /// input order (after each line with one job, after each chunk with more).
    mutating func process(file: String, deliver: (([DeliveryRequest]) async -> Void)? = nil, shouldStop: (_ eventsRead: Int) -> Bool = { _ in false }) async throws {
        let input = try InputFile(file)
        let settings = LineSettings(
            engine: engine, input: input.name, namesInput: nameFiles,
            maxLineBytes: maxLineBytes, printRequests: printRequests, writeDiscards: discards != nil,
            collectDeliveries: collectDeliveries, skipThroughLine: skipThroughLine, originDetails: originDetails)
        if jobs > 1 {
            // The pipeline's reader closes the file: after a stop it may still be waiting on it.
            let pipeline = ChunkPipeline(fd: input.fd, closing: input.detach(), settings: settings, jobs: jobs, chunkBytes: max(1, chunkBytes))
            defer { pipeline.finish() }
            var sequence = 0
            while let out = try pipeline.next(sequence) {
                sequence += 1
                if try await emit(out, deliver: deliver, shouldStop: shouldStop) { break }
                // Nothing more ready (a live input gone quiet, or workers still busy): write
                // what is buffered rather than hold it until more comes.
                if !pipeline.isReady(sequence) { flushOutputs() }
            }
            return
        }
        var processor = LineProcessor(settings)
        var reader = LineReader(fd: input.fd, maxLineBytes: maxLineBytes)
        var out = ChunkOutput()
        var stop = false
        do {
            while try reader.nextLine({ line, number in processor.process(line, number: number, into: &out) },
                                      tooLong: { number, bytes in processor.tooLong(number: number, bytes: bytes, into: &out) },
                                      waiting: {
                                          // A live input gone quiet: what it gave so far goes out now.
                                          guard deliver == nil else { return }
                                          write(out)
                                          flushOutputs()
                                          out.clear()
                                      }) {
                // Written every 64 KiB; with delivery, after every line.
                guard out.byteCount >= 1 << 16 || !out.deliveries.isEmpty || deliver != nil else { continue }
                if try await emit(out, deliver: deliver, shouldStop: shouldStop) { stop = true; break }
                out.clear()
            }
        } catch {
            // The lines processed before the read failed are written and counted first, as
            // the parallel path does: a read error loses nothing that was read.
            _ = try await emit(out, deliver: deliver, shouldStop: shouldStop)
            throw error
        }
        if !stop { _ = try await emit(out, deliver: deliver, shouldStop: shouldStop) }
    }

    /// Writes, counts and delivers one output; returns whether to stop reading.
    private mutating func emit(_ out: ChunkOutput, deliver: (([DeliveryRequest]) async -> Void)?, shouldStop: (_ eventsRead: Int) -> Bool) async throws -> Bool {
        write(out)
        if let deliver {
            // One event's requests (those of one line) are handed over together.
            var start = 0
            let d = out.deliveries
            while start < d.count {
                var end = start + 1
                while end < d.count, d[end].origin["line"] == d[start].origin["line"] { end += 1 }
                await deliver(Array(d[start..<end]))
                start = end
            }
        }
        // An output that cannot be written (a closed pipe, a full disk) ends the reading:
        // what would follow could not be reported, and the run fails either way.
        return shouldStop(counts.read) || outputFailed
    }

    /// Whether a write to standard output, the errors or the discards has failed.
    var outputFailed: Bool { stdout.failed || errors.failed || discards?.failed == true }

    /// Writes and counts one output (its deliveries are the caller's).
    private mutating func write(_ out: ChunkOutput) {
        if !out.requests.isEmpty { stdout.write(out.requests) }
        if !out.errors.isEmpty {
            // Error records going to the terminal the progress line is on start on a line
            // of their own.
            if progressShown, errors.fd == 2 { clearProgress() }
            errors.write(out.errors)
        }
        if let discards, !out.discards.isEmpty { discards.write(out.discards) }
        counts.add(out.counts)
        lastLine = max(lastLine, out.lastLine)
        showProgress()
    }

    /// Writes what is buffered: the input has gone quiet, so a reader downstream should
    /// have everything so far.
    private func flushOutputs() {
        stdout.flush()
        errors.flush()
        discards?.flush()
    }

    /// At most once a second, when standard error is a terminal: events read, events per
    /// second, requests, discards and errors so far.
    private mutating func showProgress() {
        guard let progress else { return }
        let t = RunProcessor.now()
        guard t - lastProgress >= 1 else { return }
        lastProgress = t
        progressShown = true
        let rate = Int(Double(counts.read) / max(t - started, 1e-3))
        progress.append("\r\u{1B}[K" + "actions run: \(counts.read) events (\(rate)/s), \(counts.requests) requests, \(counts.discarded) discarded, \(counts.errors) errors")
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
