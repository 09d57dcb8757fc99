import ArgumentParser
import Conformance
import DestinationFilters
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

                With --filters, each event first goes through that file's destination filters \
                and the trigger is tested on what they leave (a dropped or sampled-out event \
                does not match); --explain then names the filter and action that dropped or \
                changed it. Use the trigger 'true' to check the filters alone. A filters file \
                with problems is reported as FILE /json/pointer: message, exit status 2.
                """
        )

        @Argument(help: "The trigger.")
        var trigger: String

        @Argument(help: "An NDJSON file of events (default: standard input).")
        var file: String?

        @Flag(name: .long, help: "For events that do not match, name the condition that failed and the value found (and, with --filters, the filters that dropped or changed the event).")
        var explain = false

        @Option(name: .long, help: "A destination filters file to apply to each event before the trigger.")
        var filters: String?

        func run() throws {
            let compiled = try FQLCommand.compile(trigger)
            let filterSet: FilterSet?
            do {
                filterSet = try filters.map(RunLoading.filters)
            } catch {
                StandardError.line("error: \(error)")
                throw ExitCode(2)
            }
            let fd: Int32
            if let file, file != "-" {
                fd = open(file, O_RDONLY)
                guard fd >= 0 else {
                    StandardError.line("error: cannot open \(file): \(String(cString: strerror(errno)))")
                    throw ExitCode(2)
                }
            } else {
                fd = 0
            }
            defer { if fd != 0 { close(fd) } }
            var reader = LineReader(fd: fd)
            let limit = reader.maxLineBytes
            var matched = 0, unmatched = 0, malformed = 0, filteredOut = 0
            let out = RunOutput(fd: 1)
            let parser = JSONDocumentParser()
            while try reader.nextLine({ line, lineNumber in
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
                let event: JSON
                do {
                    event = try parser.parse(line)
                } catch let e as JSONParseError {
                    malformed += 1
                    out.append("line \(lineNumber): malformed JSON at column \(e.column): \(e.message)\n")
                    return
                } catch {
                    malformed += 1
                    out.append("line \(lineNumber): malformed JSON: \(error)\n")
                    return
                }
                var seen = event
                var changedBy = ""
                if let filterSet {
                    switch filterSet.apply(to: event) {
                    case .discarded(let why):
                        unmatched += 1
                        filteredOut += 1
                        out.append("line \(lineNumber): no match\(explain ? ": \(why.reason)" : "")\n")
                        return
                    case .kept(let filtered, let changes):
                        seen = filtered
                        if explain, !changes.isEmpty {
                            changedBy = " (changed by " + changes.map(\.description).joined(separator: "; ") + ")"
                        }
                    }
                }
                if compiled.matches(seen) {
                    matched += 1
                    out.append("line \(lineNumber): match\(changedBy)\n")
                } else {
                    unmatched += 1
                    if explain, let why = compiled.explain(seen) {
                        out.append("line \(lineNumber): no match: \(why)\(changedBy)\n")
                    } else {
                        out.append("line \(lineNumber): no match\(changedBy)\n")
                    }
                }
            }, tooLong: { lineNumber, length in
                malformed += 1
                out.append("line \(lineNumber): the line is \(length) bytes long, more than the limit of \(limit) bytes; it was skipped\n")
            }) {}
            out.flush()
            let filtered = filterSet == nil ? "" : " (\(filteredOut) filtered out)"
            StandardError.line("\(matched) matched, \(unmatched) did not match\(filtered), \(malformed) malformed")
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
            let bytes: [UInt8]
            do {
                bytes = try FileIO.readAll(path: file.flatMap { $0 == "-" ? nil : $0 } ?? "/dev/stdin")
            } catch {
                StandardError.line("error: \(error)")
                throw ExitCode(2)
            }
            do {
                let tree = try JSONParser.parse(bytes)
                print(try Trigger.generate(tree))
            } catch let e as JSONParseError {
                StandardError.line("error: the tree is not valid JSON: \(e)")
                throw ExitCode(1)
            } catch {
                StandardError.line("error: \(error)")
                throw ExitCode(1)
            }
        }
    }

    /// Compiles a trigger or prints its error with a caret and exits with status 1.
    /// The trigger text on one line around `column` (at most 40 characters either side,
    /// with `…` where it was cut), and the caret's offset in it.
    static func excerpt(_ text: String, column: Int, radius: Int = 40) -> (String, Int) {
        let scalars = text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : Character($0) }
        let at = min(max(column - 1, 0), scalars.count)
        let from = max(0, at - radius)
        let to = min(scalars.count, at + radius)
        let head = from > 0 ? "…" : ""
        let tail = to < scalars.count ? "…" : ""
        return (head + String(scalars[from..<to]) + tail, head.count + at - from)
    }

    static func compile(_ text: String) throws -> Trigger {
        do {
            return try Trigger(compiling: text)
        } catch {
            StandardError.line("error: \(error)")
            if error.column > 0 {
                let (shown, caret) = excerpt(text, column: error.column)
                StandardError.line("  " + shown)
                StandardError.line("  " + String(repeating: " ", count: caret) + "^")
            }
            throw ExitCode(1)
        }
    }

}
