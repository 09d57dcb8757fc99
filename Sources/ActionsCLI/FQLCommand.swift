import ArgumentParser
import DestinationFilters
import JSONValues
import Triggers

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
            let compiled = try FQLCommand.compile(trigger, printer: DiagnosticPrinter("actions fql parse"))
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

        @OptionGroup var filters: FiltersOption

        func run() throws {
            let printer = DiagnosticPrinter("actions fql match")
            let compiled = try FQLCommand.compile(trigger, printer: printer)
            let filterSet: FilterSet?
            var reader: NDJSONReader
            do {
                filterSet = try filters.load()
                reader = NDJSONReader(try InputFile(file ?? "-"), maxLineBytes: LineReader.defaultMaxLineBytes, limitOption: nil, chunkSize: 1 << 20)
            } catch {
                throw printer.exit(2, error)
            }
            var matched = 0, unmatched = 0, malformed = 0, filteredOut = 0
            let out = RunOutput(fd: 1)
            var readFailure: Diagnostic?
            func nextLine() -> (Int, NDJSONLine)? {
                do {
                    return try reader.next()
                } catch {
                    // The answers so far and the summary are still written.
                    readFailure = Diagnostic.reading(file ?? "-", error).first
                    return nil
                }
            }
            // Reading stops once the output cannot be written (a reader gone away).
            while !out.failed, let (lineNumber, line) = nextLine() {
                let event: JSON
                switch line {
                case .blank, .skipped:
                    continue
                case .problem(let problem):
                    // One answer per line on standard output, the problem's included.
                    malformed += 1
                    out.append("line \(lineNumber): \(problem.message)\n")
                    continue
                case .value(let value):
                    event = value
                }
                var seen = event
                var changedBy = ""
                if let filterSet {
                    switch filterSet.apply(to: event) {
                    case .discarded(let why):
                        unmatched += 1
                        filteredOut += 1
                        out.append("line \(lineNumber): no match\(explain ? ": \(why.reason)" : "")\n")
                        continue
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
            }
            out.flush()
            let filtered = filterSet == nil ? "" : " (\(filteredOut) filtered out)"
            StandardError.line("\(matched) matched, \(unmatched) did not match\(filtered), \(malformed) malformed")
            if let unwritten = out.writeProblem { printer.print(unwritten) }
            if let readFailure { throw printer.exit(2, readFailure) }
            if malformed > 0 || out.failed { throw ExitCode(1) }
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
            let printer = DiagnosticPrinter("actions fql generate")
            let tree: JSON
            do {
                tree = try JSONFile.load(file ?? "-")
            } catch let d as Diagnostic where d.location?.line != nil {
                // Not JSON: the tree is unusable, not the file (exit status 1, as a bad tree).
                throw printer.exit(1, d)
            } catch {
                throw printer.exit(2, error)
            }
            do {
                print(try Trigger.generate(tree))
            } catch {
                throw printer.exit(1, Diagnostic("\(error)", at: .file(InputFile.name(of: file ?? "-"))))
            }
        }
    }

    /// Compiles a trigger, or prints its error with a caret under its column and exits
    /// with status 1.
    static func compile(_ text: String, printer: DiagnosticPrinter) throws -> Trigger {
        do {
            return try Trigger(compiling: text)
        } catch {
            throw printer.exit(1, Diagnostic(error, trigger: text))
        }
    }
}
