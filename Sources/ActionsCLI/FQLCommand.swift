import ArgumentParser
import JSONValues
import Triggers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions fql`: Parse triggers and check which events they match.
struct FQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fql",
        abstract: "Parse triggers and check which events they match.",
        subcommands: [Parse.self, Match.self, Generate.self]
    )
}

extension FQLCommand {
    /// `actions fql parse TRIGGER`: the reference condition tree as JSON.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Print a trigger's condition tree as JSON.",
            discussion: """
                A trigger in the reference dialect prints its condition tree. A valid trigger \
                that needs the full language prints why it has no tree. A malformed trigger \
                prints the error with a caret under the column and exits with status 1.
                """
        )

        @Argument(help: "The trigger, e.g. 'type = \"track\" and properties.price > 10'.")
        var trigger: String

        @Flag(name: .long, help: "Print the JSON on one line.")
        var compact = false

        func run() throws {
            let compiled = try FQLCommand.compile(trigger)
            if let tree = compiled.conditionTree {
                print(tree.serialized(pretty: !compact))
            } else {
                print("valid trigger in the full language; it has no reference condition tree: \(compiled.referenceTreeError ?? "")")
            }
        }
    }

    /// `actions fql match TRIGGER [FILE]`: which NDJSON events match.
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "match",
            abstract: "Check which events of an NDJSON stream match a trigger.",
            discussion: """
                Reads one JSON event per line from FILE (standard input when absent) and prints \
                `line N: match` or `line N: no match` for each. Blank lines are skipped. A line \
                that is not JSON is reported with its line and column and processing goes on; \
                the exit status is then 1.
                """
        )

        @Argument(help: "The trigger.")
        var trigger: String

        @Argument(help: "An NDJSON file of events (default: standard input).")
        var file: String?

        @Flag(name: .long, help: "For events that do not match, name the condition that failed and the value found.")
        var explain = false

        func run() throws {
            let compiled = try FQLCommand.compile(trigger)
            let fd: Int32
            if let file, file != "-" {
                fd = open(file, O_RDONLY)
                guard fd >= 0 else {
                    FQLCommand.printError("error: cannot open \(file): \(String(cString: strerror(errno)))")
                    throw ExitCode(2)
                }
            } else {
                fd = 0
            }
            defer { if fd != 0 { close(fd) } }
            var reader = LineReader(fd: fd)
            var lineNumber = 0
            var matched = 0, unmatched = 0, malformed = 0
            var out = OutputBuffer()
            while let line = reader.next() {
                lineNumber += 1
                if let length = reader.skippedLength {
                    malformed += 1
                    out.append("line \(lineNumber): the line is \(length) bytes long, more than the limit of \(reader.maxLineBytes) bytes; it was skipped\n")
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let event: JSON
                do {
                    event = try JSONParser.parse(line)
                } catch let e as JSONParseError {
                    malformed += 1
                    out.append("line \(lineNumber): malformed JSON at column \(e.column): \(e.message)\n")
                    continue
                } catch {
                    malformed += 1
                    out.append("line \(lineNumber): malformed JSON: \(error)\n")
                    continue
                }
                if compiled.matches(event) {
                    matched += 1
                    out.append("line \(lineNumber): match\n")
                } else {
                    unmatched += 1
                    if explain, let why = compiled.explain(event) {
                        out.append("line \(lineNumber): no match: \(why)\n")
                    } else {
                        out.append("line \(lineNumber): no match\n")
                    }
                }
            }
            out.flush()
            FQLCommand.printError("\(matched) matched, \(unmatched) did not match, \(malformed) malformed")
            if malformed > 0 { throw ExitCode(1) }
        }
    }

    /// `actions fql generate [FILE]`: a condition tree written back as trigger text.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Print the trigger text of a condition tree (JSON from FILE or standard input)."
        )

        @Argument(help: "A JSON file holding the condition tree (default: standard input).")
        var file: String?

        func run() throws {
            let fd: Int32
            if let file, file != "-" {
                fd = open(file, O_RDONLY)
                guard fd >= 0 else {
                    FQLCommand.printError("error: cannot open \(file): \(String(cString: strerror(errno)))")
                    throw ExitCode(2)
                }
            } else {
                fd = 0
            }
            defer { if fd != 0 { close(fd) } }
            var reader = LineReader(fd: fd)
            var bytes: [UInt8] = []
            while let line = reader.next() {
                if let length = reader.skippedLength {
                    FQLCommand.printError("error: a line of the tree is \(length) bytes long, more than the limit of \(reader.maxLineBytes) bytes")
                    throw ExitCode(1)
                }
                bytes.append(contentsOf: line)
                bytes.append(0x0A)
            }
            do {
                let tree = try JSONParser.parse(bytes)
                print(try Trigger.generate(tree))
            } catch let e as JSONParseError {
                FQLCommand.printError("error: the tree is not valid JSON: \(e)")
                throw ExitCode(1)
            } catch {
                FQLCommand.printError("error: \(error)")
                throw ExitCode(1)
            }
        }
    }

    /// Compiles a trigger or prints its error with a caret and exits with status 1.
    static func compile(_ text: String) throws -> Trigger {
        do {
            return try Trigger(compiling: text)
        } catch {
            printError("error: \(error)")
            if error.column > 0 {
                let shown = String(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : Character($0) })
                printError("  " + shown)
                printError("  " + String(repeating: " ", count: error.column - 1) + "^")
            }
            throw ExitCode(1)
        }
    }

    static func printError(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBufferPointer { p in
            var offset = 0
            while offset < p.count {
                let n = write(2, p.baseAddress! + offset, p.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}

/// Reads lines (without their newline) from a file descriptor, in 64 KiB chunks.
///
/// A line longer than ``RunLineReader/defaultMaxLineBytes`` is not kept: it is dropped up
/// to its newline and handed out as an empty line, with its length in ``skippedLength``.
struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var start = 0
    /// The length of the line last handed out when it was too long (and so dropped).
    private(set) var skippedLength: Int?
    /// Bytes of a too-long line dropped so far, while skipping it.
    private var skipping: Int?
    let maxLineBytes: Int
    /// Where the search for the next newline resumes: bytes before it (from `start`) are
    /// known to hold none, so a long line is scanned once, not once per chunk read.
    var scanned = 0
    var eof = false

    init(fd: Int32, maxLineBytes: Int = RunLineReader.defaultMaxLineBytes) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    mutating func next() -> [UInt8]? {
        skippedLength = nil
        while true {
            if let seen = skipping {
                if let nl = buffer[start...].firstIndex(of: 0x0A) {
                    skipping = nil
                    skippedLength = seen + (nl - start)
                    start = nl + 1
                    scanned = start
                    return []
                }
                let total = seen + (buffer.count - start)
                start = buffer.count
                scanned = start
                if eof {
                    skipping = nil
                    skippedLength = total
                    return []
                }
                skipping = total
            } else if buffer.count - start > maxLineBytes, buffer[max(start, scanned)...].firstIndex(of: 0x0A) == nil {
                skipping = buffer.count - start
                start = buffer.count
                scanned = start
                continue
            }
            if skipping == nil, let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[start..<nl])
                start = nl + 1
                scanned = start
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if eof, skipping == nil {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            scanned = buffer.count
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                eof = true
            } else {
                buffer.append(contentsOf: chunk[0..<n])
            }
        }
    }
}

/// Buffered writes to standard output.
struct OutputBuffer {
    var bytes: [UInt8] = []

    mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        bytes.withUnsafeBufferPointer { p in
            var offset = 0
            while offset < p.count {
                let n = write(1, p.baseAddress! + offset, p.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
