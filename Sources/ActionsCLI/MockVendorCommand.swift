import ArgumentParser
import MockVendor

/// `actions mock-vendor`: a local stand-in for a vendor API, to try delivery against.
struct MockVendorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock-vendor",
        abstract: "Run a local HTTP server (127.0.0.1) that answers like a vendor API, faults included.",
        discussion: """
        Answers every request with --status (204 by default), except: one request in \
        --fail-every N answers 500, one in --throttle-every N answers 429 with \
        Retry-After: 1, and a request whose body contains the text --reject TEXT answers \
        400 (as Topsort rejects a whole batch for one bad event). Prints one line per \
        request to standard output. Stops by itself after --duration seconds or \
        --max-requests requests, or on Ctrl-C.
        """
    )

    @Option(name: .long, help: "The port to listen on (0 picks a free one; the chosen port is printed).")
    var port: Int = 9000

    @Option(name: .long, help: "The status of a normal answer.")
    var status: Int = 204

    @Option(name: .long, help: "Answer 500 to every Nth request.")
    var failEvery: Int?

    @Option(name: .long, help: "Answer 429 with Retry-After: 1 to every Nth request.")
    var throttleEvery: Int?

    @Option(name: .long, help: "Answer 400 to any request whose body contains this text.")
    var reject: String?

    @Option(name: .long, help: "Stop after this many seconds.")
    var duration: Double = 600

    @Option(name: .long, help: "Stop after this many requests.")
    var maxRequests: Int?

    @Flag(name: .long, help: "Print nothing per request.")
    var quiet = false

    func validate() throws {
        // Three digits: a status line with fewer is not HTTP (and async-http-client stops
        // the process on one below 100, see docs/delivery.md).
        if !(100...999).contains(status) { throw ValidationError("--status must be from 100 to 999") }
        if !(port >= 0 && port <= 65535) { throw ValidationError("--port must be from 0 to 65535") }
        if !(duration > 0 && duration <= 86_400) { throw ValidationError("--duration must be more than 0 and at most 86400 seconds") }
    }

    func run() async throws {
        let server: MockVendorServer
        do {
            server = try await start()
        } catch {
            throw DiagnosticPrinter("actions mock-vendor").exit(1, error)
        }
        StandardOutput.line("mock vendor listening on \(server.baseURL)")
        let started = ContinuousClock.now
        while ContinuousClock.now - started < .seconds(duration) {
            try? await Task.sleep(for: .milliseconds(100))
            if let maxRequests, server.requests.count >= maxRequests { break }
        }
        await server.stop()
    }

    /// Starts the server on `--port`, answering as the options say.
    func start() async throws -> MockVendorServer {
        let status = self.status, failEvery = self.failEvery, throttleEvery = self.throttleEvery
        let reject = self.reject.map { Array($0.utf8) }
        let quiet = self.quiet
        return try await MockVendorServer.start(port: port) { r in
            let response: MockResponse
            if let reject, r.body.contains(subsequence: reject) {
                response = .respond(status: 400, headers: [("Content-Type", "application/json")], body: #"{"error":"rejected: the request holds an invalid event"}"#)
            } else if let n = failEvery, n > 0, r.sequence % n == 0 {
                response = .respond(status: 500, body: "internal error")
            } else if let n = throttleEvery, n > 0, r.sequence % n == 0 {
                response = .respond(status: 429, headers: [("Retry-After", "1")], body: "slow down")
            } else {
                response = .respond(status: status)
            }
            if !quiet {
                var code = 0
                if case .respond(let s, _, _) = response { code = s }
                StandardOutput.line("\(r.sequence) \(r.method) \(r.uri) \(r.body.count) bytes -> \(code)")
            }
            return response
        }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return needle.isEmpty }
        for i in 0...(count - needle.count) where self[i] == needle[0] {
            if Array(self[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}
