#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to a file descriptor: output is collected in memory and written with
/// `write(2)` in large blocks (much faster than `print` for one line per request).
final class RunOutput {
    let fd: Int32
    private let ownsDescriptor: Bool
    private(set) var buffer: [UInt8] = []
    private let flushThreshold: Int
    /// Set when a write failed (a full disk, a closed pipe); later writes are dropped.
    var failed: Bool { failure != nil }
    /// Why the first failed write failed (`strerror`), once one has.
    private(set) var failure: String?
    /// What the output is, for messages ("standard output", or the file's path).
    let name: String

    init(fd: Int32, ownsDescriptor: Bool = false, flushThreshold: Int = 1 << 16, name: String? = nil) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        self.flushThreshold = flushThreshold
        self.name = name ?? (fd == 1 ? "standard output" : fd == 2 ? "standard error" : "descriptor \(fd)")
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Opens (creates or truncates) `path` for writing.
    static func open(path: String, flushThreshold: Int = 1 << 16) throws -> RunOutput {
        let fd = openForWriting(path)
        guard fd >= 0 else { throw Diagnostic.error("cannot open for writing (\(String(cString: strerror(errno))))", at: .file(path)) }
        return RunOutput(fd: fd, ownsDescriptor: true, flushThreshold: flushThreshold, name: path)
    }

    /// The error to report when a write failed: the output is incomplete.
    var writeProblem: Diagnostic? {
        failure.map { Diagnostic.error("cannot write \(name) (\($0)): what was written there is incomplete") }
    }

    /// The write problems of `outputs`, flushed first.
    static func problems(_ outputs: [RunOutput?]) -> [Diagnostic] {
        outputs.compactMap { $0?.flush(); return $0?.writeProblem }
    }

    /// Whether the descriptor is a terminal.
    var isTerminal: Bool { isatty(fd) == 1 }

    /// Appends bytes with `body` and flushes when the buffer is large.
    @inline(__always)
    func append(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= flushThreshold { flush() }
    }

    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Appends `bytes`; a block at least as large as the flush threshold is written
    /// straight through (after what is buffered), without a copy.
    func write(_ bytes: [UInt8]) {
        guard bytes.count >= flushThreshold else {
            append { $0.append(contentsOf: bytes) }
            return
        }
        flush()
        bytes.withUnsafeBytes { writeAll($0) }
    }

    func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        guard !failed else { return }
        var offset = 0
        while offset < raw.count {
            let n = writeDescriptor(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                // A descriptor inherited in non-blocking mode: wait until it takes more.
                if code == EAGAIN || code == EWOULDBLOCK {
                    var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                failure = String(cString: strerror(code))
                return
            }
            offset += n
        }
    }

    func close() {
        flush()
        if ownsDescriptor { closeDescriptor(fd) }
    }
}

private func openForWriting(_ path: String) -> Int32 { open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
private func writeDescriptor(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
