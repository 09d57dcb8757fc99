import Delivery
import DeliveryStorePostgres
import DeliveryStoreSQLite
import Foundation
import Testing
import TestSupport

/// The same behaviour from both backends: enqueueing with duplicates and checkpoints,
/// leases that skip each other and expire, results, status, redrive, the log, pruning.
@Suite("Job store contract", .serialized)
struct StoreContractTests {
    @Test("SQLite")
    func sqlite() async throws {
        let path = TemporaryFiles.path("actions-store", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let store = try await SQLJobStore.sqlite(path: path)
        try await contract(store)
        await store.close()
        // Opening again finds the schema in place.
        let again = try await SQLJobStore.sqlite(path: path)
        #expect(try await again.checkpoint(input: "in") == 3)
        await again.close()
    }

    @Test("SQLite: workers started together on a new file all open it")
    func sqliteOpenedTogether() async throws {
        // Switching a new file to WAL makes the other openers fail at once ("database is
        // locked"), not wait: without a retry, one of several workers started together
        // stopped (2 of 60 in a trial).
        for round in 0..<6 {
            let path = TemporaryFiles.path("actions-store-race-\(round)", suffix: ".db")
            defer { TemporaryFiles.removeStore(path) }
            let workers = try (0..<4).map { _ in try ActionsProcess(["worker", "--state", path, "--exit-when-idle"]) }
            for w in workers {
                let out = await w.wait(timeout: .seconds(60))
                #expect(out.status == 0, "round \(round): \(out.stderr)")
            }
        }
    }

    @Test("PostgreSQL")
    func postgres() async throws {
        try await PostgresServer.with("job store contract on PostgreSQL") { server, database in
            let store = try await SQLJobStore.postgres(url: server.url(database: database))
            do {
                try await contract(store)
                // A second program opening the same database migrates nothing twice.
                let second = try await SQLJobStore.postgres(url: server.url(database: database))
                #expect(try await second.checkpoint(input: "in") == 3)
                await second.close()
            } catch {
                await store.close()
                throw error
            }
            await store.close()
        }
    }

    func contract(_ store: any JobStore) async throws {
        let target = StoredTarget(key: "k1", record: #"{"method":"POST","url":"http://127.0.0.1:1/x","headers":{},"json":{},"batch":{"array":"items","maxItems":10,"maxBytes":1000,"maxWaitMilliseconds":10}}"#)
        func job(_ id: String, user: String = "u1") -> NewJob {
            NewJob(target: target, item: #"{"id":"\#(id)"}"#, origin: #"{"line":1}"#, messageId: id, userId: user, eventType: "track", action: "impression")
        }
        func event(_ m: String, _ jobs: [NewJob]) -> EventJobs { EventJobs(destination: "dest", messageId: m, jobs: jobs) }
        let t0 = 1_000_000.0

        // Enqueue: the second m1 in the same group is a duplicate.
        var r = try await store.enqueue([event("m1", [job("m1")]), event("m2", [job("m2a"), job("m2b")]), event("m1", [job("m1x")])],
                                        checkpoints: ["in": 3], dedupeWindow: 100, now: t0)
        #expect(r.enqueued == 3)
        #expect(r.duplicates == [2])
        // Within the window, m2 again is a duplicate; after it, it is not.
        r = try await store.enqueue([event("m2", [job("m2c")])], checkpoints: ["in": 2], dedupeWindow: 100, now: t0 + 50)
        #expect(r.duplicates == [0] && r.enqueued == 0)
        r = try await store.enqueue([event("m2", [job("m2d")])], checkpoints: [:], dedupeWindow: 100, now: t0 + 200)
        #expect(r.duplicates.isEmpty && r.enqueued == 1)
        let maxID = r.maxJobID
        // Checkpoints never move back.
        #expect(try await store.checkpoint(input: "in") == 3)
        #expect(try await store.checkpoint(input: "other") == 0)

        // Leases skip each other's jobs.
        let a = try await store.lease(owner: "A", limit: 2, until: t0 + 210, now: t0 + 201, destination: nil)
        let b = try await store.lease(owner: "B", limit: 10, until: t0 + 210, now: t0 + 201, destination: nil)
        let c = try await store.lease(owner: "C", limit: 10, until: t0 + 210, now: t0 + 201, destination: nil)
        #expect(a.count == 2 && b.count == 2 && c.isEmpty)
        #expect(Set(a.map(\.id)).isDisjoint(with: b.map(\.id)))
        #expect(Set(try await store.leaseOwners()) == ["A", "B"])
        #expect(try await store.targets([a[0].targetID])[a[0].targetID] == target.record)

        // Leases end: another worker takes the jobs, and the old owner's results are ignored.
        let d = try await store.lease(owner: "D", limit: 10, until: t0 + 300, now: t0 + 211, destination: nil)
        #expect(d.count == 4)
        // A lease that ended without a result counts as a failed attempt (its worker
        // stopped while it held the jobs), and says so.
        #expect(d.allSatisfy { $0.attempts == 1 && $0.previousLeaseLost && $0.firstAttemptAt == t0 + 211 }, "\(d)")
        let ignored = try await store.complete([AttemptResult(jobIDs: a.map(\.id), outcome: .delivered, at: t0 + 212, durationMs: 5, status: 200)],
                                               owner: "A")
        #expect(ignored.isEmpty)  // not A's any more: A must not report these outcomes
        let ids = d.map(\.id)
        let written = try await store.complete([
            AttemptResult(jobIDs: [ids[0], ids[1]], outcome: .delivered, at: t0 + 212, durationMs: 5, status: 204),
            AttemptResult(jobIDs: [ids[2]], outcome: .retry, at: t0 + 212, durationMs: 7, status: 503, nextAttemptAt: t0 + 220),
            AttemptResult(jobIDs: [ids[3]], outcome: .dead, at: t0 + 212, durationMs: 3, status: 400, responseStart: "bad", reason: "permanent status 400"),
        ], owner: "D")
        #expect(written == Set(ids))
        var s = try await store.status(now: t0 + 213)
        #expect(s.counts[.succeeded] == 2 && s.counts[.pending] == 1 && s.counts[.dead] == 1 && s.counts[.discarded] == 2)
        #expect(s.awaitingRetry == 1 && s.awaitingScheduling == 0 && s.nextRetry == t0 + 220)
        #expect(s.deadLetters == [.init(destination: "dest", reason: "permanent status 400", count: 1, lastResponse: "bad")])
        var u = try await store.unfinished(upTo: maxID, destination: nil)
        #expect(u.count == 1 && u.nextDue == t0 + 220)

        // The retry is due at its time, not before; a released lease is due at once.
        #expect(try await store.lease(owner: "E", limit: 10, until: t0 + 300, now: t0 + 215, destination: nil).isEmpty)
        let e = try await store.lease(owner: "E", limit: 10, until: t0 + 300, now: t0 + 221, destination: nil)
        #expect(e.count == 1 && e.first?.attempts == 2 && e.first?.firstAttemptAt == t0 + 211 && e.first?.previousLeaseLost == false)
        try await store.release(owner: "E", jobIDs: nil, now: t0 + 222)
        let f = try await store.lease(owner: "F", limit: 10, until: t0 + 300, now: t0 + 222, destination: nil)
        #expect(f.map(\.id) == e.map(\.id))
        try await store.complete([AttemptResult(jobIDs: f.map(\.id), outcome: .delivered, at: t0 + 223, durationMs: 4, status: 200)], owner: "F")
        u = try await store.unfinished(upTo: maxID, destination: nil)
        #expect(u.count == 0)

        // The log, newest first, filterable.
        let dead = try await store.log({ var q = LogQuery(); q.outcome = "dead"; return q }())
        #expect(dead.count == 1 && dead.first?.status == 400 && dead.first?.attempt == 2 && dead.first?.error == "permanent status 400")
        let all = try await store.log(LogQuery())
        #expect(all.count == 7)  // 2 discards, 4 results of D, 1 of F
        #expect(all.first?.jobID == f.first?.id && all.first?.attempt == 3)
        let discards = try await store.log({ var q = LogQuery(); q.outcome = "discarded"; q.messageId = "m2c"; return q }())
        #expect(discards.count == 1 && discards.first?.error?.contains("duplicate messageId") == true)

        // Redrive by status.
        #expect(try await store.redrive(JobFilter(status: 500), now: t0 + 230) == 0)
        #expect(try await store.redrive(JobFilter(destination: "dest", status: 400), now: t0 + 230) == 1)
        s = try await store.status(now: t0 + 231)
        #expect(s.counts[.dead] == 0 && s.awaitingScheduling == 1)

        // Pruning deletes finished jobs and old log rows, keeps the unfinished.
        let pruned = try await store.prune(before: UTCTime.now() + 10, seenBefore: t0 + 1000)
        #expect(pruned == 5)
        s = try await store.status(now: t0 + 231)
        #expect(s.counts[.succeeded] == 0 && s.counts[.pending] == 1)
        #expect(try await store.log(LogQuery()).isEmpty)
        // With `seen` pruned, m1 is new again.
        r = try await store.enqueue([event("m1", [job("m1y")])], checkpoints: [:], dedupeWindow: 1e9, now: t0 + 2000)
        #expect(r.duplicates.isEmpty)

        // A worker given a destination leases only that destination's jobs.
        r = try await store.enqueue([EventJobs(destination: "other", messageId: "o1", jobs: [job("o1")])],
                                    checkpoints: [:], dedupeWindow: 100, now: t0 + 3000)
        #expect(try await store.lease(owner: "G", limit: 10, until: t0 + 3010, now: t0 + 3001, destination: "none").isEmpty)
        #expect(try await store.unfinished(upTo: Int.max, destination: "other").count == 1)
        #expect(try await store.unfinished(upTo: Int.max, destination: "none").count == 0)
        let g = try await store.lease(owner: "G", limit: 10, until: t0 + 3010, now: t0 + 3001, destination: "other")
        #expect(g.count == 1 && g.first?.destination == "other")
        // Its own ended lease is not taken again by the same worker until a further lease
        // length has passed (a task of its own may still hold the job); then it is.
        #expect(try await store.lease(owner: "G", limit: 10, until: t0 + 3020, now: t0 + 3011, destination: "other").isEmpty)
        #expect(try await store.lease(owner: "G", limit: 10, until: t0 + 3030, now: t0 + 3021, destination: "other").map(\.id) == g.map(\.id))
        // Another worker takes an ended lease at once.
        #expect(try await store.lease(owner: "H", limit: 10, until: t0 + 3040, now: t0 + 3031, destination: "other").map(\.id) == g.map(\.id))

        // A NUL character in an event's ids or a vendor's response is stored (PostgreSQL
        // text cannot hold it: it is replaced there), never a failed write.
        let nul = NewJob(target: target, item: #"{"id":"n"}"#, origin: #"{"line":9}"#, messageId: "n\u{0}1", userId: "u\u{0}",
                         eventType: "track", action: "impression")
        r = try await store.enqueue([EventJobs(destination: "nul", messageId: "n\u{0}1", jobs: [nul])],
                                    checkpoints: [:], dedupeWindow: 100, now: t0 + 4000)
        #expect(r.enqueued == 1, "\(r)")
        let n = try await store.lease(owner: "N", limit: 10, until: t0 + 4010, now: t0 + 4001, destination: "nul")
        #expect(n.count == 1)
        try await store.complete([AttemptResult(jobIDs: n.map(\.id), outcome: .dead, at: t0 + 4002, durationMs: 1, status: 400,
                                                responseStart: "bad\u{0}byte", error: "e\u{0}", reason: "permanent status 400")], owner: "N")
        #expect(try await store.status(now: t0 + 4003).deadLetters.contains { $0.destination == "nul" && $0.count == 1 })

        // A result that comes back after its lease ended, once the same worker leased the
        // job again, does not settle the new lease's attempt: only that lease's result does.
        r = try await store.enqueue([EventJobs(destination: "stale", messageId: "s1", jobs: [job("s1")])],
                                    checkpoints: [:], dedupeWindow: 100, now: t0 + 6000)
        let l1 = try await store.lease(owner: "S", limit: 10, until: t0 + 6010, now: t0 + 6001, destination: "stale")
        let l2 = try await store.lease(owner: "S", limit: 10, until: t0 + 6040, now: t0 + 6031, destination: "stale")
        #expect(l1.count == 1 && l2.map(\.id) == l1.map(\.id))
        #expect(l1.first?.leaseUntil == t0 + 6010 && l2.first?.leaseUntil == t0 + 6040)
        var late = AttemptResult(jobIDs: l1.map(\.id), outcome: .retry, at: t0 + 6005, durationMs: 5, status: 503, nextAttemptAt: t0 + 6006)
        late.leaseUntil = l1.first?.leaseUntil
        #expect(try await store.complete([late], owner: "S").isEmpty)
        var current = AttemptResult(jobIDs: l2.map(\.id), outcome: .delivered, at: t0 + 6032, durationMs: 5, status: 200)
        current.leaseUntil = l2.first?.leaseUntil
        #expect(try await store.complete([current], owner: "S") == Set(l2.map(\.id)))
        // So does a late hand-back: it releases only the lease it was taken with.
        r = try await store.enqueue([EventJobs(destination: "stale", messageId: "s2", jobs: [job("s2")])],
                                    checkpoints: [:], dedupeWindow: 100, now: t0 + 6100)
        let h1 = try await store.lease(owner: "S", limit: 10, until: t0 + 6110, now: t0 + 6101, destination: "stale")
        let h2 = try await store.lease(owner: "S", limit: 10, until: t0 + 6140, now: t0 + 6131, destination: "stale")
        #expect(h1.count == 1 && h2.map(\.id) == h1.map(\.id))
        try await store.release(owner: "S", leases: h1, now: t0 + 6132)
        #expect(try await store.lease(owner: "T", limit: 10, until: t0 + 6150, now: t0 + 6133, destination: "stale").isEmpty)
        try await store.release(owner: "S", leases: h2, now: t0 + 6134)
        #expect(try await store.lease(owner: "T", limit: 10, until: t0 + 6150, now: t0 + 6135, destination: "stale").map(\.id) == h1.map(\.id))

        // A messageId or an input name longer than an index entry may be (PostgreSQL:
        // about 2.7 kB, after compression) is checked and recorded all the same: one such
        // event must not fail its commit, and with it its input, on every try.
        let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var random = SystemRandomNumberGenerator()
        let long = String((0..<8000).map { _ in symbols[Int.random(in: 0..<64, using: &random)] })
        let otherLong = String(long.dropLast()) + (long.last == "A" ? "B" : "A")
        let input = String(repeating: "/folder", count: 600)
        func longEvent(_ id: String) -> EventJobs {
            EventJobs(destination: "long", messageId: id, jobs: [NewJob(target: target, item: #"{"id":"l"}"#, origin: #"{"line":1}"#,
                                                                         messageId: id, userId: "u", eventType: "track", action: "impression")])
        }
        r = try await store.enqueue([longEvent(long)], checkpoints: [input: 7], dedupeWindow: 100, now: t0 + 5000)
        #expect(r.enqueued == 1 && r.duplicates.isEmpty, "\(r)")
        r = try await store.enqueue([longEvent(long), longEvent(otherLong)], checkpoints: [input: 9], dedupeWindow: 100, now: t0 + 5001)
        #expect(r.duplicates == [0] && r.enqueued == 1, "\(r)")
        #expect(try await store.checkpoint(input: input) == 9)
        #expect(try await store.checkpoint(input: input + "/x") == 0)
    }
}

@Suite("StoreStatus text")
struct StoreStatusTextTests {
    @Test("a dead-letter group's last response is shown on one line, without control characters, cut at 200 characters")
    func lastResponseOnOneLine() {
        var s = StoreStatus()
        s.deadLetters = [
            .init(destination: "d", reason: "permanent status 400", count: 2, lastResponse: "{\r\n\t\"error\": \"\u{1B}[2Jbad\"\n}"),
            .init(destination: "d", reason: "permanent status 422", count: 1, lastResponse: String(repeating: "x", count: 250)),
            .init(destination: "d", reason: "network error", count: 1),
        ]
        let lines = s.text(now: 0).split(separator: "\n").map(String.init)
        let dead = Array(lines.drop { $0 != "dead letters:" }.dropFirst())
        #expect(dead == [
            "  2  d  permanent status 400",
            "     last response: {  \"error\": \" [2Jbad\" }",
            "  1  d  permanent status 422",
            "     last response: " + String(repeating: "x", count: 200) + "…",
            "  1  d  network error",
        ])
        #expect(s.json(now: 0)["deadLetters"]?[2]?["lastResponse"] == .null)
    }
}

@Suite("Looking at a store changes nothing")
struct StoreLookTests {
    /// Runs `sql` on the file with a connection of its own, closed before returning.
    private func raw(_ path: String, _ sql: String) async throws -> Int? {
        let db = try await SQLiteStoreDatabase(path: path)
        do {
            let value = try await db.transaction { c in try await c.execute(sql, []).first?.first?.int }
            await db.close()
            return value
        } catch {
            await db.close()
            throw error
        }
    }

    @Test("a look (status, log, redrive) refuses a store at another schema version, and leaves it as it was")
    func otherVersions() async throws {
        let path = TemporaryFiles.path("actions-look", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        await (try await SQLJobStore.sqlite(path: path)).close()
        let current = try #require(try await raw(path, "SELECT MAX(version) FROM store_migrations"))
        // The same version: opened.
        await (try await SQLJobStore.sqlite(path: path, upgrading: false)).close()
        // Newer, then older: refused, and nothing written.
        _ = try await raw(path, "UPDATE store_migrations SET version = 99")
        await #expect(throws: StoreError.self) { try await SQLJobStore.sqlite(path: path, upgrading: false) }
        #expect(try await raw(path, "SELECT MAX(version) FROM store_migrations") == 99)
        _ = try await raw(path, "DELETE FROM store_migrations")
        await #expect(throws: StoreError.self) { try await SQLJobStore.sqlite(path: path, upgrading: false) }
        #expect(try await raw(path, "SELECT MAX(version) FROM store_migrations") == nil)
        // Back at this version, the look opens it again.
        _ = try await raw(path, "INSERT INTO store_migrations (version, applied_at) VALUES (\(current), 0)")
        await (try await SQLJobStore.sqlite(path: path, upgrading: false)).close()
    }
}
