import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actions`: turn Segment-spec events into destination API requests.
@main
struct Actions: AsyncParsableCommand {
    /// Ignores SIGPIPE before any command runs: a reader that goes away (`| head`) makes
    /// writes fail with EPIPE, which the commands report and stop on (exit status 1),
    /// instead of killing the process mid-delivery without a word.
    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Turn Segment-spec events into destination API requests.",
        subcommands: [RunCommand.self, DeliverCommand.self, WorkerCommand.self, StatusCommand.self, RedriveCommand.self, LogCommand.self, MapCommand.self, FQLCommand.self, TestCommand.self, ValidateCommand.self, MockVendorCommand.self]
    )
}
