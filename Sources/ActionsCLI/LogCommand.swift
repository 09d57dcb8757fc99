import ArgumentParser
import Delivery

/// `actions log`: the delivery attempts, newest first.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show a job store's delivery log: each attempt, newest first, with its outcome, status, response time and error.",
        discussion: """
        One line per attempt (or per duplicate discarded): time, outcome and status, \
        response time, destination, action, event type, user (userId, else anonymousId), \
        messageId, attempt number and error. The log is kept as long as finished jobs \
        (--retention of the worker).
        Exit status: 0, or 2 when the store cannot be opened.
        """
    )

    @Option(name: .long, help: "The job store: a SQLite file or postgres://user@host:port/db.")
    var state: String

    @Option(name: .long, help: "Only this destination.")
    var destination: String?

    @Option(name: .long, help: "Only this action.")
    var action: String?

    @Option(name: .long, help: "Only this user (userId, or anonymousId when the event had no userId).")
    var user: String?

    @Option(name: .long, help: "Only this event type (track, identify, page, screen, group, alias).")
    var type: String?

    @Option(name: .long, help: "Only this messageId.")
    var messageId: String?

    @Option(name: .long, help: "Only attempts answered with this HTTP status.")
    var status: Int?

    @Option(name: .long, help: "Only this outcome: delivered, retry, dead or discarded.")
    var outcome: String?

    @Option(name: .long, help: "Only the last this many seconds.")
    var since: Double?

    @Option(name: .long, help: "The most lines.")
    var limit: Int = 100

    @Flag(name: .long, help: "Print one JSON object per line.")
    var json = false

    func run() async throws {
        let printer = DiagnosticPrinter("actions log")
        let store = try await StoreOpening.openExistingOrExit(state, printer: printer)
        var q = LogQuery()
        q.destination = destination
        q.action = action
        q.userId = user
        q.eventType = type
        q.messageId = messageId
        q.status = status
        q.outcome = outcome
        q.since = since.map { UTCTime.now() - $0 }
        q.limit = max(0, limit)
        let out = RunOutput(fd: 1)
        do {
            let entries = try await StoreOpening.using(store) { try await store.log(q) }
            for e in entries { out.append((json ? e.json().serialized() : e.text()) + "\n") }
            out.flush()
        } catch {
            throw printer.exit(2, error)
        }
        if let unwritten = out.writeProblem { throw printer.exit(1, unwritten) }
    }
}
