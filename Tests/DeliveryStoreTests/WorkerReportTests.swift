import Foundation
import MockVendor
import NIOConcurrencyHelpers
import Testing
import TestSupport

/// `actions worker` says while it runs that the vendor is failing.
@Suite("A worker reports a failing vendor while it retries", .serialized)
struct WorkerReportTests {
    @Test("a vendor down for a while is reported by the worker, and everything is delivered once it is up")
    func failingVendorIsReported() async throws {
        let state = TemporaryFiles.path("actions-worker-report", suffix: ".db")
        defer { TemporaryFiles.removeStore(state) }
        let events = try KillTests.events(5)
        defer { try? FileManager.default.removeItem(atPath: events) }
        let producer = try await ActionsProcess(
            ["run", "--destination", "Mappings/topsort.json", "--settings", KillTests.settings, "--deliver", "--state", state,
             "--enqueue-only", events]).wait(timeout: .seconds(60))
        #expect(producer.status == 0, "\(producer.stderr)")
        let first = NIOLockedValueBox<ContinuousClock.Instant?>(nil)
        let server = try await MockVendorServer.start { _ in
            let start = first.withLockedValue { s in s ?? { s = .now; return s! }() }
            return ContinuousClock.now - start < .milliseconds(1500) ? .respond(status: 503) : .noContent
        }
        let worker = try await ActionsProcess(
            ["worker", "--state", state, "--settings", KillTests.settings, "--redirect", "https://api.topsort.com=\(server.baseURL)",
             "--backoff", "0.05", "--timeout", "2", "--report-every", "0.3", "--exit-when-idle"]).wait(timeout: .seconds(60))
        await server.stop()
        #expect(worker.status == 0, "\(worker.stderr)")
        let reports = worker.stderr.split(separator: "\n").filter { $0.contains("failed in the last 0.3 s") }
        #expect(!reports.isEmpty, "\(worker.stderr)")
        for line in reports {
            #expect(line.hasPrefix("actions worker: "))
            #expect(line.contains("(latest: HTTP 503 from \(server.baseURL.lowercased())); so far "), "\(line)")
            #expect(line.hasSuffix(" 0 dead letters"), "\(line)")
        }
        #expect(worker.stderr.contains("5 delivered"), "\(worker.stderr)")
    }
}
