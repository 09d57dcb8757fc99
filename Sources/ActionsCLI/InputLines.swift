#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of one input file (or standard input for "-"), each as owned bytes, for the
/// commands that read records one at a time (`deliver`). Closes the file when released.
final class InputLines {
    enum Content {
        case text([UInt8])
        /// Only spaces, tabs or a carriage return: not a record.
        case blank
        /// Longer than the limit: skipped, with its length.
        case tooLong(Int)
    }

    struct Line {
        let number: Int
        let content: Content
    }

    private let fd: Int32
    private var reader: LineReader

    init(path: String, maxLineBytes: Int) throws {
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw RunFailure("\(path): cannot open (\(String(cString: strerror(errno))))") }
        }
        reader = LineReader(fd: fd, chunkSize: 1 << 16, maxLineBytes: maxLineBytes)
    }

    deinit { if fd != 0 { close(fd) } }

    /// The next line, or `nil` at the end of the input.
    func next() throws -> Line? {
        var line: Line?
        let more = try reader.nextLine({ bytes, number in
            let blank = !bytes.contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }
            line = Line(number: number, content: blank ? .blank : .text(Array(bytes)))
        }, tooLong: { number, length in
            line = Line(number: number, content: .tooLong(length))
        })
        return more ? line : nil
    }
}
