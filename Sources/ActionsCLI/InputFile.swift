#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file named on the command line, open for reading; `-` is standard input. Closes the
/// file when released, unless its descriptor was handed over (``detach()``).
final class InputFile {
    /// The path as given (`-` for standard input).
    let path: String
    let fd: Int32
    private var owned: Bool

    /// Opens `path`; a file that cannot be opened is an error located at it.
    init(_ path: String) throws {
        self.path = path
        if path == "-" {
            fd = 0
            owned = false
        } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw Diagnostic.error("cannot open (\(String(cString: strerror(errno))))", at: .file(path)) }
            owned = true
        }
    }

    deinit { if owned { close(fd) } }

    /// The name problems are located at: the path, or `<stdin>`.
    var name: String { InputFile.name(of: path) }

    /// The name of the input `path` names: the path, or `<stdin>` for `-`.
    static func name(of path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Hands the descriptor to the caller, who closes it (unless it is standard input);
    /// returns whether it must be closed.
    func detach() -> Bool {
        defer { owned = false }
        return owned
    }

    /// The whole content, at most `maxBytes`: more is an error (an endless input, a pipe
    /// from `yes` or /dev/zero, must not take all memory).
    func readAll(maxBytes: Int = InputFile.maxFileBytes) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Diagnostic.error("cannot read (\(String(cString: strerror(errno))))", at: .file(name))
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
            if out.count > maxBytes { throw Diagnostic.error("larger than \(maxBytes) bytes; not read", at: .file(name)) }
        }
    }

    /// The largest file ``readAll(maxBytes:)`` reads (1 GiB).
    static let maxFileBytes = 1 << 30
}
