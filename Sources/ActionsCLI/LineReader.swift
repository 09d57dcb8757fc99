#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-delimited input in fixed-size chunks and hands out one line at a time,
/// so memory stays flat whatever the input size. A line longer than `maxLineBytes` is
/// not kept: it is skipped up to its newline and reported (otherwise a file with no
/// newline, or `/dev/zero`, would be read into memory until memory runs out).
struct LineReader {
    /// The default longest line, in bytes (256 MiB).
    static let defaultMaxLineBytes = 1 << 28

    let fd: Int32
    let maxLineBytes: Int
    /// Bytes of an over-long line seen so far, while it is being skipped.
    private var skipping: Int?
    /// Whether the last byte skipped was a `\r` (not counted if a `\n` follows, or the input ends).
    private var skippedCR = false
    private var chunk: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// Bytes of a line that spans chunks.
    private var carry: [UInt8] = []
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(fd: Int32, chunkSize: Int = 1 << 20, maxLineBytes: Int = LineReader.defaultMaxLineBytes) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Calls `body` with the next line (without its `\n` or `\r\n`), or `tooLong` with the
    /// number and length of a line longer than `maxLineBytes`; returns false at the end
    /// of the input. Throws when the input cannot be read.
    ///
    /// `waiting` is called before a read that would block because no input is ready (a
    /// pipe or a terminal whose writer is quiet): the moment to pass on what was read, so
    /// that a live stream is not held back until a buffer fills.
    mutating func nextLine(
        _ body: (UnsafeRawBufferPointer, Int) throws -> Void,
        tooLong: (_ line: Int, _ bytes: Int) throws -> Void,
        waiting: () throws -> Void = {}
    ) throws -> Bool {
        while true {
            // Skipping an over-long line: drop bytes up to its newline.
            if let seen = skipping {
                if start < end {
                    let found: Int? = chunk.withUnsafeBytes { p in
                        guard let hit = memchr(p.baseAddress! + start, 0x0A, end - start) else { return nil }
                        return UnsafeRawPointer(hit) - p.baseAddress!
                    }
                    if let nl = found {
                        skipping = nil
                        lineNumber += 1
                        let crlf = nl > start ? chunk[nl - 1] == 0x0D : skippedCR
                        let total = seen + (nl - start) - (crlf ? 1 : 0)
                        start = nl + 1
                        try tooLong(lineNumber, total)
                        return true
                    }
                    skipping = seen + (end - start)
                    skippedCR = chunk[end - 1] == 0x0D
                    start = end
                }
                if atEOF {
                    skipping = nil
                    lineNumber += 1
                    try tooLong(lineNumber, seen - (skippedCR ? 1 : 0))
                    return true
                }
            }
            // Look for a newline in what is buffered.
            if skipping == nil, start < end {
                let found: Int? = chunk.withUnsafeBytes { p in
                    guard let hit = memchr(p.baseAddress! + start, 0x0A, end - start) else { return nil }
                    return UnsafeRawPointer(hit) - p.baseAddress!
                }
                if let nl = found {
                    lineNumber += 1
                    // The length of the line without its `\r\n` or `\n`, as CRLF and LF
                    // files must count the same line alike.
                    let crlf = nl > start ? chunk[nl - 1] == 0x0D : carry.last == 0x0D
                    let length = carry.count + (nl - start) - (crlf ? 1 : 0)
                    if length > maxLineBytes {
                        start = nl + 1
                        carry = []
                        try tooLong(lineNumber, length)
                        return true
                    }
                    if carry.isEmpty {
                        var stop = nl
                        if stop > start, chunk[stop - 1] == 0x0D { stop -= 1 }
                        let s = start
                        start = nl + 1
                        let n = lineNumber
                        try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[s..<stop]), n) }
                    } else {
                        carry.append(contentsOf: chunk[start..<nl])
                        start = nl + 1
                        if carry.last == 0x0D { carry.removeLast() }
                        let n = lineNumber
                        try carry.withUnsafeBytes { try body($0, n) }
                        carry.removeAll(keepingCapacity: carry.count < (1 << 22))
                    }
                    return true
                }
                // One byte more than the limit may be a `\r` before the `\n` still to come,
                // which is not counted; the exact check is made at the newline.
                if carry.count + (end - start) - 1 > maxLineBytes {
                    skipping = carry.count + (end - start)
                    skippedCR = chunk[end - 1] == 0x0D
                    carry = []
                    start = end
                    continue
                }
                carry.append(contentsOf: chunk[start..<end])
                start = end
            }
            if atEOF {
                guard !carry.isEmpty else { return false }
                lineNumber += 1
                if carry.last == 0x0D { carry.removeLast() }
                let n = lineNumber
                if carry.count > maxLineBytes {
                    let length = carry.count
                    carry = []
                    try tooLong(n, length)
                    return true
                }
                try carry.withUnsafeBytes { try body($0, n) }
                carry.removeAll()
                return true
            }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 0) == 0 { try waiting() }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Diagnostic.error("cannot read input (\(String(cString: strerror(errno))))")
            }
            if n == 0 { atEOF = true }
            start = 0
            end = n
        }
    }
}
