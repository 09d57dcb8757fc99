import ArgumentParser

#if canImport(Glibc)
import Glibc
private func terminate(_ status: Int32) -> Never { Glibc.exit(status) }
#elseif canImport(Darwin)
import Darwin
private func terminate(_ status: Int32) -> Never { Darwin.exit(status) }
#endif

/// `actions`: turn Segment-spec events into destination API requests.
@main
struct Actions: AsyncParsableCommand {
    /// ArgumentParser's `main`, with SIGPIPE ignored before any command runs: a reader
    /// that goes away (`| head`) makes writes fail with EPIPE, which the commands report
    /// and stop on (exit status 1), instead of killing the process mid-delivery without a
    /// word. What a command printed is flushed before it exits 0, and a failure to write
    /// it is an error too.
    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
        // `fflush(nil)` flushes every output stream (naming `stdout` is not allowed from
        // here under strict concurrency); what `print` wrote is the only one used.
        if fflush(nil) != 0 {
            StandardError.line("actions: error: cannot write standard output: what was written there is incomplete")
            terminate(1)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Turn Segment-spec events into destination API requests.",
        subcommands: [RunCommand.self, DeliverCommand.self, WorkerCommand.self, StatusCommand.self, RedriveCommand.self, LogCommand.self, MapCommand.self, FQLCommand.self, TestCommand.self, ValidateCommand.self, MockVendorCommand.self]
    )
}
