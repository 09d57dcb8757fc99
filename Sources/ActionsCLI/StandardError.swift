#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered lines to standard error, for messages to people (errors, summaries).
/// Bulk output goes through ``RunOutput``.
enum StandardError {
    /// Writes `text` and a newline to standard error, retrying short and interrupted writes.
    static func line(_ line: String) { text(line + "\n") }

    /// Writes `text` as it is.
    static func text(_ text: String) { write(text, to: 2) }

    /// Writes `text` to a descriptor, retrying short and interrupted writes.
    static func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = writeDescriptor(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

/// Unbuffered lines to standard output, for commands that report as they go (`mock-vendor`).
enum StandardOutput {
    static func line(_ line: String) { StandardError.write(line + "\n", to: 1) }
}

private func writeDescriptor(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
