import ArgumentParser
import Conformance

/// `actions test`: run conformance suites and fixture files, print failures with diffs and
/// a closing line.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run conformance suites and mapping fixtures and report differences.",
        discussion: """
        Each PATH is a suite file or a folder searched for suite files (JSON files with a \
        "cases" array). Failures are printed with a diff; quirk cases on which this engine \
        deliberately differs from the reference are listed as known differences. The last \
        line reads "N passed, N failed, N known differences". The exit status is 1 when \
        any case failed.
        """
    )

    @Argument(help: "Suite files or folders of suite files.")
    var paths: [String]

    @Option(help: "Folder of destination definitions that destination cases refer to.")
    var definitions: String = "Mappings"

    @Option(help: "Run only the cases whose name contains this text.")
    var filter: String?

    @Flag(name: .shortAndLong, help: "List passing cases too.")
    var verbose = false

    func run() throws {
        let printer = DiagnosticPrinter("actions test")
        let runner = SuiteRunner(context: RunnerContext(definitionsDirectory: definitions))
        var results: [CaseResult] = []
        do {
            for file in try SuiteRunner.suiteFiles(in: paths) {
                let suite: ConformanceSuite
                do {
                    suite = try SuiteRunner.loadSuite(path: file)
                } catch {
                    throw Self.located(error, file: file)
                }
                results += runner.run(suite, filter: filter)
            }
        } catch {
            throw printer.exit(1, error)
        }
        print(SuiteRunner.report(results, verbose: verbose), terminator: "")
        // Nothing ran (an empty folder, a --filter that matches no case): not a pass, or a
        // typo in CI would go unnoticed.
        if results.isEmpty {
            printer.print(Diagnostic.error("no case ran\(filter.map { " (--filter \($0) matched none)" } ?? "")"))
            throw ExitCode(1)
        }
        if SuiteRunner.summarize(results).failed > 0 { throw ExitCode(1) }
    }

    /// Why a suite file could not be loaded, located in it: the runner words its errors
    /// as text, so the file is read again for the place of a syntax error.
    static func located(_ error: any Error, file: String) -> any Error {
        do {
            guard try JSONFile.load(file)["cases"]?.arrayValue == nil else { return error }
            return Diagnostic.error("not a suite (expected an object with a \"cases\" array)", at: .file(file))
        } catch {
            return error
        }
    }
}
