import ArgumentParser
import Delivery
import JSONValues

/// The options that rebuild stored requests (request records, dead letters, a job store's
/// jobs): the settings that restore `[secret:NAME]`, the definition whose password
/// settings are masked, and headers to set. Shared by `deliver` and `worker`.
struct ResendOptions: ParsableArguments {
    @Option(name: .long, help: "A settings file: restores [secret:NAME] in stored requests, and with --destination masks password settings in dead letters.")
    var settings: String?

    @Option(name: .long, help: "The destination definition whose password settings are masked in dead letters.")
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

    /// Reads the files; a problem is printed as `COMMAND: …` and exits with status 2.
    func load(command: String) throws -> Loaded {
        var loaded = Loaded()
        for h in header {
            guard let eq = h.firstIndex(of: "="), eq != h.startIndex else {
                StandardError.line("\(command): --header \(h): expected NAME=VALUE")
                throw ExitCode(2)
            }
            loaded.headers.append((String(h[..<eq]), String(h[h.index(after: eq)...])))
        }
        do {
            loaded.settings = try settings.map { path -> JSONObject in
                guard let o = try RunLoading.json(path).objectValue else { throw RunFailure("\(path): settings must be a JSON object") }
                return o
            }
            if let destination {
                let definition = try RunLoading.definition(destination)
                loaded.destinationSlug = definition.slug
                for f in definition.settings where f.type == .password {
                    if let v = loaded.settings?[f.key]?.stringValue { loaded.secrets.append((f.key, v)) }
                }
            }
        } catch {
            StandardError.line("\(command): \(error)")
            throw ExitCode(2)
        }
        return loaded
    }
}
