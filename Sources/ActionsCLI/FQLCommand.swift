import ArgumentParser

/// `actions fql`: Parse triggers and check which events they match.
struct FQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fql",
        abstract: "Parse triggers and check which events they match."
    )

    func run() throws {
        throw ValidationError("'actions fql' is not implemented yet")
    }
}
