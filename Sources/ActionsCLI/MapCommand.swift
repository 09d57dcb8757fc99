import ArgumentParser

/// `actions map`: Apply one mapping to one event and print the result.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Apply one mapping to one event and print the result."
    )

    func run() throws {
        throw ValidationError("'actions map' is not implemented yet")
    }
}
