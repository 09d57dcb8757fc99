import ArgumentParser
import Delivery

/// `actions status`: what a job store holds.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a job store's jobs by state, the oldest pending, the retry backlog and dead letters by reason.",
        discussion: "Exit status: 0, or 2 when the store cannot be opened."
    )

    @Option(name: .long, help: "The job store: a SQLite file or postgres://user@host:port/db.")
    var state: String

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() async throws {
        let printer = DiagnosticPrinter("actions status")
        let store = try await StoreOpening.openExistingOrExit(state, printer: printer)
        let now = UTCTime.now()
        do {
            let status = try await StoreOpening.using(store) { try await store.status(now: now) }
            StandardOutput.line(json ? status.json(now: now).serialized() : "\(store.description)\n" + status.text(now: now))
        } catch {
            throw printer.exit(2, error)
        }
    }
}
