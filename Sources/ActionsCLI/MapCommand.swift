import ArgumentParser
import JSONValues
import MappingKit

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
        the JSON Pointer of each problem ("FILE /json/pointer: error: message"), and the exit \
        status is 1.
        """
    )

    @Option(name: .long, help: "The mapping configuration file (JSON).")
    var mapping: String

    @Option(name: .long, help: "The event file (JSON); standard input when omitted.")
    var input: String?

    @Flag(name: .long, help: "Print the result on one line.")
    var compact = false

    func run() throws {
        let printer = DiagnosticPrinter("actions map")
        let configuration: JSON
        let event: JSON
        do {
            configuration = try JSONFile.load(mapping)
            let problems = Mapping.problems(configuration)
            if !problems.isEmpty { throw Diagnostics(problems.map { Diagnostic($0, file: InputFile.name(of: mapping)) }) }
            event = try JSONFile.load(input ?? "-")
            // The event's fault, named at the event, not at the mapping.
            guard case .object = event else {
                throw Diagnostic("the event must be a JSON object, got \(event.kindName)", at: .file(InputFile.name(of: input ?? "-")))
            }
        } catch {
            throw printer.exit(1, error)
        }
        let result: JSON?
        do {
            result = try Mapping(configuration).evaluate(event)
        } catch let e as MappingError {
            throw printer.exit(1, Diagnostic(e, file: InputFile.name(of: mapping)))
        }
        guard let result else {
            StandardError.line("(absent)")
            return
        }
        print(result.serialized(pretty: !compact))
    }
}
