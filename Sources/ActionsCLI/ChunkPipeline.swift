#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines read from the input, handed to a worker as one unit: their bytes back to back,
/// and for each line where it lies and its number in the input (or that it was too long).
struct LineChunk: Sendable {
    enum Entry: Sendable {
        /// `bytes[start..<end]`, line `number`.
        case line(start: Int, end: Int, number: Int)
        /// Line `number` was longer than the limit (`length` bytes) and skipped.
        case tooLong(number: Int, length: Int)
    }

    /// The position of the chunk in the input (0, 1, 2, …): outputs are emitted in this order.
    let sequence: Int
    var bytes: [UInt8] = []
    var entries: [Entry] = []

    init(sequence: Int, capacity: Int) {
        self.sequence = sequence
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ line: UnsafeRawBufferPointer, number: Int) {
        let start = bytes.count
        bytes.append(contentsOf: line)
        entries.append(.line(start: start, end: bytes.count, number: number))
    }

    /// Runs every line through `processor`.
    func process(with processor: inout LineProcessor, into out: inout ChunkOutput) {
        bytes.withUnsafeBytes { raw in
            for entry in entries {
                switch entry {
                case .line(let start, let end, let number):
                    processor.process(UnsafeRawBufferPointer(rebasing: raw[start..<end]), number: number, into: &out)
                case .tooLong(let number, let length):
                    processor.tooLong(number: number, bytes: length, into: &out)
                }
            }
        }
    }
}

/// `actions run --jobs N`: one reader thread cuts the input into chunks of lines, N worker
/// threads (each with its own ``LineProcessor``, all on the same engine) turn chunks into
/// ``ChunkOutput``s, and the caller takes the outputs back strictly in input order.
///
/// At most `maxInFlight` chunks are read and not yet taken back, so memory stays flat
/// whatever the input size: the reader waits for the caller, never the other way round
/// for longer than a chunk's work. Every wait is on the one lock's condition, and every
/// change of state broadcasts, so no thread can sleep through the change it waits for.
final class ChunkPipeline: @unchecked Sendable {
    private let monitor = Monitor()
    private let maxInFlight: Int
    // Guarded by `monitor`:
    private var queue: [LineChunk] = []
    private var finished: [Int: ChunkOutput] = [:]
    private var inFlight = 0
    private var chunksRead = 0
    private var readingDone = false
    private var readFailure: (any Error)?
    private var cancelled = false
    private var readerExited = false
    private var reader: Worker?
    private var workers: [Worker] = []

    /// Starts reading `fd` (lines of at most `settings.maxLineBytes`, chunks of about
    /// `chunkBytes`) and processing it on `jobs` workers with `settings`. With `closing`,
    /// the reader closes `fd` when it is done.
    init(fd: Int32, closing: Bool, settings: LineSettings, jobs: Int, chunkBytes: Int) {
        maxInFlight = 2 * jobs
        reader = Worker { [self] in
            read(fd: fd, maxLineBytes: settings.maxLineBytes, chunkBytes: chunkBytes)
            if closing { close(fd) }
            monitor.withLock { readerExited = true }
        }
        for _ in 0..<jobs {
            workers.append(Worker { [self] in work(settings) })
        }
    }

    /// The output of the next chunk in input order, or `nil` after the last one. Throws the
    /// reading failure, if any, once every chunk read before it has been taken.
    func next(_ sequence: Int) throws -> ChunkOutput? {
        let result: ChunkOutput? = monitor.withLock {
            while finished[sequence] == nil, !(readingDone && sequence == chunksRead) { monitor.wait() }
            guard let out = finished.removeValue(forKey: sequence) else { return nil }
            inFlight -= 1
            monitor.broadcast()
            return out
        }
        if result == nil, let failure = monitor.withLock({ readFailure }) { throw failure }
        return result
    }

    /// Whether the output of chunk `sequence` (or the end) is there, so that ``next(_:)``
    /// would not wait.
    func isReady(_ sequence: Int) -> Bool {
        monitor.withLock { finished[sequence] != nil || (readingDone && sequence == chunksRead) }
    }

    /// Stops reading and processing (the caller wants no more) and waits for the workers.
    /// A reader still blocked on its input (a pipe or a terminal, after a stop) is left to
    /// end on its own when its read returns.
    func finish() {
        let exited = monitor.withLock {
            cancelled = true
            monitor.broadcast()
            return readerExited
        }
        for w in workers { w.join() }
        workers = []
        if exited { reader?.join() } else { reader?.detach() }
        reader = nil
    }

    // MARK: The reader

    private func read(fd: Int32, maxLineBytes: Int, chunkBytes: Int) {
        var reader = LineReader(fd: fd, maxLineBytes: maxLineBytes)
        var sequence = 0
        var chunk = LineChunk(sequence: 0, capacity: chunkBytes + chunkBytes / 4)
        var failure: (any Error)?
        var cancelledWhileWaiting = false
        func pass() -> Bool {
            guard submit(chunk) else { return false }
            sequence += 1
            chunk = LineChunk(sequence: sequence, capacity: chunkBytes + chunkBytes / 4)
            return true
        }
        do {
            while try reader.nextLine({ line, number in chunk.append(line, number: number) },
                                      tooLong: { number, length in chunk.entries.append(.tooLong(number: number, length: length)) },
                                      waiting: {
                                          // A live stream gone quiet: what was read goes now.
                                          if !chunk.entries.isEmpty, !pass() { cancelledWhileWaiting = true }
                                      }) {
                if cancelledWhileWaiting { return }
                // Long runs of blank lines are bounded by the entry count.
                guard chunk.bytes.count >= chunkBytes || chunk.entries.count >= chunkBytes / 16 else { continue }
                guard pass() else { return }
            }
        } catch {
            failure = error
        }
        if cancelledWhileWaiting { return }
        if !chunk.entries.isEmpty, !submit(chunk) { return }
        monitor.withLock {
            readFailure = failure
            readingDone = true
            monitor.broadcast()
        }
    }

    /// Queues a chunk once fewer than `maxInFlight` are out; `false` when cancelled.
    private func submit(_ chunk: LineChunk) -> Bool {
        monitor.withLock {
            while inFlight >= maxInFlight, !cancelled { monitor.wait() }
            if cancelled { return false }
            queue.append(chunk)
            inFlight += 1
            chunksRead += 1
            monitor.broadcast()
            return true
        }
    }

    // MARK: The workers

    private func work(_ settings: LineSettings) {
        var processor = LineProcessor(settings)
        while let chunk = take() {
            var out = ChunkOutput()
            out.requests.reserveCapacity(chunk.bytes.count / 2)
            chunk.process(with: &processor, into: &out)
            monitor.withLock {
                finished[chunk.sequence] = out
                monitor.broadcast()
            }
        }
    }

    /// The next chunk to process; `nil` when there are no more or the run was cancelled.
    private func take() -> LineChunk? {
        monitor.withLock {
            while queue.isEmpty, !readingDone, !cancelled { monitor.wait() }
            if cancelled || queue.isEmpty { return nil }
            // At most `maxInFlight` chunks wait here, so removing the first is cheap.
            return queue.removeFirst()
        }
    }
}

/// A mutex with one condition variable.
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits for a ``broadcast()``; call with the lock held (inside ``withLock(_:)``).
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Wakes every waiter; call with the lock held.
    func broadcast() { pthread_cond_broadcast(condition) }
}

/// A thread of its own (not one of the concurrency runtime's: workers block on locks).
final class Worker: @unchecked Sendable {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    #if canImport(Glibc)
    private var thread = pthread_t()
    #else
    private var thread: pthread_t?
    #endif

    init(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            #if canImport(Glibc)
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            #else
            let body = Unmanaged<Body>.fromOpaque(context).takeRetainedValue()
            #endif
            body.run()
            return nil
        }, context)
        precondition(status == 0, "cannot start a thread (\(status))")
    }

    /// Waits for the thread to end.
    func join() {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }

    /// Lets the thread end on its own.
    func detach() {
        #if canImport(Glibc)
        pthread_detach(thread)
        #else
        if let thread { pthread_detach(thread) }
        #endif
    }
}
