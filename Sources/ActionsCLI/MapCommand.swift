import ArgumentParser
import Conformance
import JSONValues
import MappingKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions map`: Apply one mapping to one event and print the result.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Apply one mapping to one event and print the result.",
        discussion: """
        Reads the mapping configuration from --mapping and the event (a JSON object) from \
        --input, or from standard input when --input is not given. Prints the resolved value \
        (pretty-printed unless --compact). When the mapping resolves to nothing, prints \
        nothing and notes "(absent)" on standard error. Invalid mappings are reported with \
        the JSON Pointer of each problem, and the exit status is 1.
        """
    )

    @Option(name: .long, help: "The mapping configuration file (JSON).")
    var mapping: String

    @Option(name: .long, help: "The event file (JSON); standard input when omitted.")
    var input: String?

    @Flag(name: .long, help: "Print the result on one line.")
    var compact = false

    func run() throws {
        let configuration = try Self.parseFile(mapping, label: mapping)
        let errors = Mapping.problems(configuration)
        if !errors.isEmpty {
            for e in errors { StandardError.line("\(mapping): \(e.pointer.isEmpty ? "/" : e.pointer): \(e.message)") }
            throw ExitCode(1)
        }
        let event = try Self.parseFile(input ?? "/dev/stdin", label: input ?? "<stdin>")
        let compiled: Mapping
        let result: JSON?
        do {
            compiled = try Mapping(configuration)
            result = try compiled.evaluate(event)
        } catch let e as MappingError {
            StandardError.line("error: \(e)")
            throw ExitCode(1)
        }
        guard let result else {
            StandardError.line("(absent)")
            return
        }
        print(result.serialized(pretty: !compact))
    }

    /// Reads and parses a JSON file, reporting parse errors with line and column.
    static func parseFile(_ path: String, label: String) throws -> JSON {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(path: path)
        } catch {
            StandardError.line("error: \(error)")
            throw ExitCode(1)
        }
        do {
            return try JSONParser.parse(bytes)
        } catch let e as JSONParseError {
            StandardError.line("\(label):\(e.line):\(e.column): \(e.message)")
            throw ExitCode(1)
        }
    }

}
