import ArgumentParser

/// `actions validate`: Check definitions, mappings and subscription files without running events.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check definitions, mappings and subscription files without running events."
    )

    func run() throws {
        throw ValidationError("'actions validate' is not implemented yet")
    }
}
