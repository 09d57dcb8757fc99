import ArgumentParser

/// `actions`: turn Segment-spec events into destination API requests.
@main
struct Actions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Turn Segment-spec events into destination API requests.",
        subcommands: [RunCommand.self, DeliverCommand.self, WorkerCommand.self, StatusCommand.self, RedriveCommand.self, LogCommand.self, MapCommand.self, FQLCommand.self, TestCommand.self, ValidateCommand.self, MockVendorCommand.self]
    )
}
