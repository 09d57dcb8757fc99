import ArgumentParser

/// `actions`: turn Segment-spec events into destination API requests.
@main
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Turn Segment-spec events into destination API requests.",
        subcommands: [RunCommand.self, MapCommand.self, FQLCommand.self, TestCommand.self, ValidateCommand.self]
    )
}
