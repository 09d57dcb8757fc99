import ArgumentParser
import Delivery
import JSONValues

/// The options that rebuild stored requests (request records, dead letters, a job store's
/// jobs): the settings that restore `[secret:NAME]`, the definition whose password
/// settings are masked, and headers to set. Shared by `deliver` and `worker`.
struct ResendOptions: ParsableArguments {
    @Option(name: .long, help: "A settings file: restores [secret:NAME] in stored requests, and with --destination masks password settings in dead letters.")
    var settings: String?

    @Option(name: .long, help: "The destination definition: its password settings are masked in dead letters, and a worker leases only its jobs.")
    var destination: String?

    @Option(name: .long, parsing: .singleValue, help: "NAME=VALUE: set this header on every request (replacing one of the same name). Repeatable.")
    var header: [String] = []

    func validate() throws {
        for h in header where !h.contains("=") || h.hasPrefix("=") {
            throw ValidationError("--header \(h): expected NAME=VALUE")
        }
    }

    struct Loaded {
        var headers: [(name: String, value: String)] = []
        var settings: JSONObject?
        /// The definition's password settings found in the settings.
        var secrets: [(name: String, value: String)] = []
        /// The definition's slug, when one was given.
        var destinationSlug: String?
    }

    /// Reads the files; every problem is printed and exits with status 2.
    func load(printer: DiagnosticPrinter) throws -> Loaded {
        var loaded = Loaded()
        do {
            for h in header {
                guard let eq = h.firstIndex(of: "="), eq != h.startIndex else { throw Diagnostic.error("--header \(h): expected NAME=VALUE") }
                loaded.headers.append((String(h[..<eq]), String(h[h.index(after: eq)...])))
            }
            loaded.settings = try settings.map { try JSONFile.object($0, what: "settings") }
            if let destination {
                let definition = try DocumentLoading.definition(destination)
                loaded.destinationSlug = definition.slug
                for f in definition.settings where f.type == .password {
                    if let v = loaded.settings?[f.key]?.stringValue { loaded.secrets.append((f.key, v)) }
                }
            }
        } catch {
            throw printer.exit(2, error)
        }
        return loaded
    }
}
