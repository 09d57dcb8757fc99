import Delivery
import DeliveryStorePostgres
import DeliveryStoreSQLite
import Foundation
import MockVendor
import NIOConcurrencyHelpers
import Testing
import TestSupport

/// `kill -9` at random moments, then the same command again: every event reaches the
/// vendor at least once, and the store ends with nothing pending.
@Suite("Durable delivery survives kill -9", .serialized)
struct KillTests {
    /// Topsort "Product Viewed" events with messageIds `m-0` … (one impression each).
    static func events(_ n: Int) throws -> String {
        let path = TemporaryFiles.path("actions-kill", suffix: ".ndjson")
        var text = ""
        for i in 0..<n {
            text += #"{"type":"track","event":"Product Viewed","messageId":"m-\#(i)","anonymousId":"a-\#(i % 37)","timestamp":"2024-03-02T11:15:00.000Z","properties":{"resolvedBidId":"b-\#(i)"}}"# + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A vendor that is slow (so kills land mid-run), fails one request in 9 with a 500,
    /// and counts each impression id it accepted.
    static func vendor(_ accepted: NIOLockedValueBox<[String: Int]>) async throws -> MockVendorServer {
        try await MockVendorServer.start { r in
            if r.sequence % 9 == 0 { return .respond(status: 500) }
            let ids = r.json?["impressions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            accepted.withLockedValue { for id in ids { $0[id, default: 0] += 1 } }
            return .delayed(.milliseconds(8), .noContent)
        }
    }

    static let settings = "Mappings/examples/topsort.settings.json"

    @Test("SQLite: killed three times at random, then run to the end: nothing lost")
    func sqliteKill9() async throws {
        try await HeavyTestGate.run { try await sqliteKill9Body() }
    }

    func sqliteKill9Body() async throws {
        let n = 400
        let events = try Self.events(n)
        let db = TemporaryFiles.path("actions-kill", suffix: ".db")
        defer { for f in [events, db, db + "-wal", db + "-shm"] { try? FileManager.default.removeItem(atPath: f) } }
        let accepted = NIOLockedValueBox<[String: Int]>([:])
        let server = try await Self.vendor(accepted)
        let args = ["run", "--destination", "Mappings/topsort.json", "--settings", Self.settings, "--deliver", "--state", db,
                    "--redirect", "https://api.topsort.com=\(server.baseURL)", "--no-batching", "--concurrency", "2",
                    "--backoff", "0.05", "--retry-window", "120", "--dead-letters", "/dev/null", events]
        // (--retry-window 120: should the test process itself die, a child left behind
        // gives up on the vanished vendor within minutes instead of retrying for hours.)
        let seed = UInt64.random(in: 1...UInt64.max)
        print("KillTests.sqliteKill9 seed \(seed)")
        var rng = SplitMix64(seed: seed)
        for _ in 0..<3 {
            let p = try ActionsProcess(args)
            defer { p.killIfRunning() }
            try await Task.sleep(for: .milliseconds(Int.random(in: 150...900, using: &rng)))
            await p.kill9()
        }
        let final = try await ActionsProcess(args).wait(timeout: .seconds(90))
        await server.stop()
        #expect(final.status == 0, "\(final.stderr)")
        let got = accepted.withLockedValue { $0 }
        let missing = (0..<n).map { "m-\($0)" }.filter { got[$0] == nil }
        #expect(missing.isEmpty, "lost: \(missing.prefix(20))")
        let duplicates = got.values.reduce(0) { $0 + max(0, $1 - 1) }
        print("KillTests.sqliteKill9: \(n) events, \(duplicates) sent again after a kill")
        let store = try await SQLJobStore.sqlite(path: db)
        let status = try await store.status(now: UTCTime.now())
        await store.close()
        #expect(status.counts[.pending] == 0 && status.counts[.executing] == 0 && status.counts[.dead] == 0)
        #expect((status.counts[.succeeded] ?? 0) >= n)
    }

    @Test("PostgreSQL: one producer, two workers, one killed mid-run: the other finishes after the lease ends")
    func postgresWorkerKilled() async throws {
        try await PostgresServer.with("two workers on PostgreSQL") { pg, database in
            let url = pg.url(database: database)
            let n = 600
            let events = try Self.events(n)
            defer { try? FileManager.default.removeItem(atPath: events) }
            let accepted = NIOLockedValueBox<[String: Int]>([:])
            let server = try await Self.vendor(accepted)
            let producer = try await ActionsProcess(
                ["run", "--destination", "Mappings/topsort.json", "--settings", Self.settings, "--deliver", "--state", url,
                 "--enqueue-only", "--no-batching", events]).wait(timeout: .seconds(60))
            #expect(producer.status == 0, "\(producer.stderr)")
            let worker = ["worker", "--state", url, "--settings", Self.settings, "--redirect", "https://api.topsort.com=\(server.baseURL)",
                          "--concurrency", "2", "--backoff", "0.05", "--timeout", "1", "--lease", "3", "--exit-when-idle",
                          "--retry-window", "120", "--dead-letters", "/dev/null"]
            let w1 = try ActionsProcess(worker)
            defer { w1.killIfRunning() }
            let w2 = try ActionsProcess(worker)
            defer { w2.killIfRunning() }
            try await Task.sleep(for: .milliseconds(900))
            let before = accepted.withLockedValue { $0.count }
            await w1.kill9()
            let r2 = await w2.wait(timeout: .seconds(90))
            await server.stop()
            #expect(before > 0 && before < n, "the kill should land mid-run (\(before) of \(n) delivered)")
            #expect(r2.status == 0, "\(r2.stderr)")
            let got = accepted.withLockedValue { $0 }
            let missing = (0..<n).map { "m-\($0)" }.filter { got[$0] == nil }
            #expect(missing.isEmpty, "lost: \(missing.prefix(20))")
            let store = try await SQLJobStore.postgres(url: url)
            let status = try await store.status(now: UTCTime.now())
            let log = try await store.log({ var q = LogQuery(); q.limit = 100_000; return q }())
            await store.close()
            #expect(status.counts[.succeeded] == n && status.counts[.pending] == 0 && status.counts[.executing] == 0)
            #expect(log.contains { $0.outcome == "retry" && $0.status == 500 })
        }
    }
}
