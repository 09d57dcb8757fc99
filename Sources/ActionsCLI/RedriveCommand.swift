import ArgumentParser
import Delivery

/// `actions redrive`: put dead letters back in the queue.
struct RedriveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redrive",
        abstract: "Put a job store's dead letters (all, or by destination, action, status or reason) back in the queue.",
        discussion: """
        The jobs become pending again, due now, with their attempt count and retry window \
        started afresh; a worker (or the next `run`/`deliver` with --state) delivers them.
        Exit status: 0, or 2 when the store cannot be opened.
        """
    )

    @Option(name: .long, help: "The job store: a SQLite file or postgres://user@host:port/db.")
    var state: String

    @Option(name: .long, help: "Only this destination (its slug, as `actions status` shows it).")
    var destination: String?

    @Option(name: .long, help: "Only this action.")
    var action: String?

    @Option(name: .long, help: "Only dead letters whose last HTTP status was this.")
    var status: Int?

    @Option(name: .long, help: "Only dead letters with this reason, exactly (\"permanent status 400\").")
    var reason: String?

    func run() async throws {
        let printer = DiagnosticPrinter("actions redrive")
        let store = try await StoreOpening.openExistingOrExit(state, printer: printer)
        do {
            let filter = JobFilter(destination: destination, action: action, status: status, reason: reason)
            let n = try await StoreOpening.using(store) { try await store.redrive(filter, now: UTCTime.now()) }
            StandardOutput.line("actions redrive: \(n) dead letter\(n == 1 ? "" : "s") back in the queue of \(store.description)")
        } catch {
            throw printer.exit(2, error)
        }
    }
}
