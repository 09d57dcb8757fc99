import ArgumentParser

/// `actions run`: Run events through a destination definition (NDJSON in, requests out).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run events through a destination definition (NDJSON in, requests out)."
    )

    func run() throws {
        throw ValidationError("'actions run' is not implemented yet")
    }
}
