import Delivery
import DeliveryStoreSQLite
import Destinations
import Foundation
import JSONValues
import MockVendor
import NIOConcurrencyHelpers
import Testing
import TestSupport

/// The library's durable delivery in one process, against a fault-injecting server.
@Suite("Durable deliverer", .serialized)
struct DurableDelivererTests {
    static func request(_ url: String, ids: [String], line: Int) -> DeliveryRequest {
        DeliveryRequest(
            method: "POST", url: url + "/v2/events",
            headers: [("Authorization", "Bearer s3cret-key"), ("Content-Type", "application/json")],
            json: .object(["impressions": .array(ids.map { .object(["id": .string($0)]) })]),
            batch: BatchRule(array: "impressions", maxItems: 10, maxBytes: 100_000, maxWaitMilliseconds: 10),
            origin: ["line": .int(line), "messageId": .string("msg-\(line)"), "userId": .string("u\(line)"), "type": .string("track")])
    }

    static func policy() -> DeliveryPolicy {
        var p = DeliveryPolicy()
        p.timeout = .milliseconds(500)
        p.backoffBase = .milliseconds(10)
        p.backoffMax = .milliseconds(50)
        return p
    }

    @Test("a batch rejected with 400 is halved until the bad item stands alone; a 503 is stored and retried; secrets stay masked")
    func splitRetryAndSecrets() async throws {
        let path = TemporaryFiles.path("actions-durable", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let accepted = NIOLockedValueBox<[String]>([])
        let server = try await MockVendorServer.start { r in
            let ids = r.json?["impressions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            // The first request fails whatever it holds (how the worker cuts its first lease
            // depends on timing), so a stored retry always happens.
            if r.sequence == 1 { return .respond(status: 503) }
            // Vendors' error text may quote the credentials they were sent.
            if ids.contains("bad") { return .respond(status: 400, body: "bad event (sent with \(r.header("Authorization") ?? ""))") }
            #expect(r.header("Authorization") == "Bearer s3cret-key")
            accepted.withLockedValue { $0 += ids }
            return .noContent
        }
        let store = try await SQLJobStore.sqlite(path: path)
        let outcomes = NIOLockedValueBox<[DeliveryOutcome]>([])
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy(),
                                        secrets: [("api_key", "s3cret-key")],
                                        onOutcome: { o in outcomes.withLockedValue { $0.append(o) } })
        let ids = (0..<12).map { "i\($0)" } + ["bad"]
        try await delivery.beginInput("input")
        for (n, chunk) in ids.chunks(of: 3).enumerated() {
            try await delivery.submit(Self.request(server.baseURL, ids: Array(chunk), line: n + 1))
        }
        // The same event again: a duplicate.
        try await delivery.submit(Self.request(server.baseURL, ids: ["i0"], line: 1))
        let stats = try await delivery.finish()
        await server.stop()
        #expect(Set(accepted.withLockedValue { $0 }) == Set(ids.dropLast()))
        #expect(stats.items == 13 && stats.delivered == 12 && stats.deadLettered == 1 && stats.duplicates == 1)
        #expect(stats.splits >= 1)
        let letters = outcomes.withLockedValue { $0 }.compactMap { o -> DeadLetter? in
            if case .deadLettered(let d) = o.result { return d } else { return nil }
        }
        #expect(letters.count == 1 && letters.first?.reason == .permanentStatus(400))
        #expect(letters.first?.request.json?["impressions"]?[0]?["id"]?.stringValue == "bad")
        // The vendor's text is kept (in the letter and the job's row), the key it quoted masked.
        #expect(letters.first?.responseStart == "bad event (sent with Bearer [secret:api_key])")
        let status = try await store.status(now: UTCTime.now())
        #expect(status.counts[.succeeded] == 12 && status.counts[.dead] == 1 && status.counts[.discarded] == 1)
        // `actions status` shows the dead job's response, masked as stored.
        #expect(status.deadLetters.first?.lastResponse == "bad event (sent with Bearer [secret:api_key])")
        #expect(status.text(now: UTCTime.now()).contains("last response: bad event (sent with Bearer [secret:api_key])"))
        #expect(try await store.checkpoint(input: "input") == 5)
        let log = try await store.log(LogQuery())
        #expect(log.contains { $0.outcome == "retry" && $0.status == 503 })
        #expect(log.contains { $0.outcome == "dead" && $0.status == 400 && $0.messageId == "msg-5" && $0.userId == "u5" })
        await store.close()
        // No secret in the file: the target stores a placeholder, and the stored response
        // text has the key it quoted masked.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data("s3cret-key".utf8)) == nil)
        #expect(bytes.range(of: Data("[secret:api_key]".utf8)) != nil)
    }
}

extension DurableDelivererTests {
    @Test("a secret that is only in an item's body, echoed JSON-escaped by the vendor, is stored masked")
    func itemSecretsAreMaskedInStoredResponses() async throws {
        let path = TemporaryFiles.path("actions-durable-items", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let secret = #"k3y"with\quote"#
        let server = try await MockVendorServer.start { r in
            // The vendor quotes the body it refuses, as JSON.
            .respond(status: 400, body: #"{"error":"invalid","sent":"# + String(decoding: r.body, as: UTF8.self) + "}")
        }
        let store = try await SQLJobStore.sqlite(path: path)
        let outcomes = NIOLockedValueBox<[DeliveryOutcome]>([])
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy(),
                                        secrets: [("api_key", secret)],
                                        onOutcome: { o in outcomes.withLockedValue { $0.append(o) } })
        try await delivery.beginInput("input")
        try await delivery.submit(DeliveryRequest(
            method: "POST", url: server.baseURL + "/v1/track", headers: [("Content-Type", "application/json")],
            json: .object(["event": .string("x"), "key": .string(secret)]),
            origin: ["line": .int(1), "messageId": .string("m1")]))
        _ = try await delivery.finish()
        await server.stop()
        await store.close()
        let letter = outcomes.withLockedValue { $0 }.compactMap { o -> DeadLetter? in
            if case .deadLettered(let d) = o.result { return d } else { return nil }
        }.first
        #expect(letter?.responseStart == #"{"error":"invalid","sent":{"event":"x","key":"[secret:api_key]"}}"#)
        let escaped = #"k3y"with\\quote"#
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        // The response is in the job's row, masked; the secret in neither form.
        #expect(bytes.range(of: Data(#""sent":{"event":"x","key":"[secret:api_key]"}}"#.utf8)) != nil)
        #expect(bytes.range(of: Data(escaped.utf8)) == nil)
        #expect(bytes.range(of: Data(secret.utf8)) == nil)
    }
}

extension Array {
    func chunks(of n: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: n).map { self[$0..<Swift.min($0 + n, count)] }
    }
}

extension DurableDelivererTests {
    @Test("jobs that wait for the rate longer than their lease are handed back, never sent twice")
    func waitsLongerThanTheLeaseDoNotDuplicate() async throws {
        let path = TemporaryFiles.path("actions-durable-lease", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let seen = NIOLockedValueBox<[String: Int]>([:])
        let server = try await MockVendorServer.start { r in
            for id in r.json?["impressions"]?.arrayValue?.compactMap({ $0["id"]?.stringValue }) ?? [] {
                seen.withLockedValue { $0[id, default: 0] += 1 }
            }
            return .noContent
        }
        var policy = Self.policy()
        policy.timeout = .milliseconds(400)
        policy.ratePerSecond = 8
        policy.batching = false
        var options = WorkerOptions()
        options.lease = .seconds(2)  // 25 jobs at 8 a second outlast it
        let store = try await SQLJobStore.sqlite(path: path)
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: policy, workerOptions: options)
        try await delivery.beginInput("input")
        let ids = (0..<25).map { "j\($0)" }
        for (n, id) in ids.enumerated() { try await delivery.submit(Self.request(server.baseURL, ids: [id], line: n + 1)) }
        let stats = try await delivery.finish()
        await server.stop()
        await store.close()
        let counts = seen.withLockedValue { $0 }
        #expect(stats.delivered == 25 && stats.deadLettered == 0)
        #expect(Set(counts.keys) == Set(ids))
        #expect(counts.values.allSatisfy { $0 == 1 }, "sent more than once: \(counts.filter { $0.value > 1 })")
    }
}

extension DurableDelivererTests {
    @Test("a rejected batch whose halving outlasts its lease: its rejections count, and the retry window ends them")
    func halvingThatOutlastsItsLeaseEnds() async throws {
        // The vendor is slow to reject a batch holding "bad": a lease (5 s: twice the
        // time-out and a second) leaves room to start two levels of halving, not three.
        // Before, the halves that could not start went back uncounted, the next lease
        // started over from what was left, and the bad item ended as a plain 400 however
        // long it took. Now each rejection counts, and the retry window ends the halving.
        let path = TemporaryFiles.path("actions-durable-halving", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let sent = NIOLockedValueBox(0)
        let server = try await MockVendorServer.start { r in
            sent.withLockedValue { $0 += 1 }
            let ids = r.json?["impressions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            return ids.contains("bad") ? .delayed(.milliseconds(1300), .respond(status: 400, body: "bad event")) : .noContent
        }
        var policy = Self.policy()
        policy.timeout = .seconds(2)
        policy.retryWindow = .seconds(4)
        var options = WorkerOptions()
        options.lease = .seconds(5)  // an attempt may start in its first 2 s
        let store = try await SQLJobStore.sqlite(path: path)
        let outcomes = NIOLockedValueBox<[DeliveryOutcome]>([])
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: policy, workerOptions: options,
                                        onOutcome: { o in outcomes.withLockedValue { $0.append(o) } })
        try await delivery.beginInput("input")
        let ids = ["bad"] + (0..<15).map { "g\($0)" }
        var request = Self.request(server.baseURL, ids: ids, line: 1)
        request.batch = BatchRule(array: "impressions", maxItems: 16, maxBytes: 1_000_000, maxWaitMilliseconds: 10)
        try await delivery.submit(request)
        let finished = await withTaskGroup(of: DeliveryStatistics?.self) { group in
            group.addTask { try? await delivery.finish() }
            group.addTask { try? await Task.sleep(for: .seconds(30)); return nil }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        if finished == nil { _ = await delivery.shutdown(drainTimeout: .seconds(1)) }
        await server.stop()
        await store.close()
        let stats = try #require(finished, "still halving after 30 s (\(sent.withLockedValue { $0 }) requests)")
        // Every item ends, once: the halves without "bad" delivered, the bad item a dead
        // letter with the 400 (isolated at last, or with the few still beside it once the
        // window was spent: which one depends on timing).
        #expect(stats.delivered + stats.deadLettered == ids.count, "\(stats)")
        #expect(stats.delivered > 0, "\(stats)")
        let letters = outcomes.withLockedValue { $0 }.compactMap { o -> DeadLetter? in
            if case .deadLettered(let d) = o.result { return d } else { return nil }
        }
        let bad = try #require(letters.first { $0.request.json?.serialized().contains("\"bad\"") == true })
        #expect(bad.status == 400 && (bad.reason == .retryWindowSpent || bad.reason == .permanentStatus(400)), "\(bad.reason)")
        #expect(letters.allSatisfy { $0.status == 400 }, "\(letters.map(\.reason))")
        // The rejections it was part of counted (a lease leaves room for two levels of
        // halving, and sixteen items take five, so at least one half went back): before,
        // only the last one did.
        #expect(bad.attempts >= 2, "\(bad.attempts) attempts")
        #expect(sent.withLockedValue { $0 } < 16)
    }

    @Test("a job whose worker stopped while sending it has that counted: past its limit it is not sent again")
    func lostLeasesCountAsAttempts() async throws {
        for maxAttempts in [1, 2] {
            let path = TemporaryFiles.path("actions-durable-lost", suffix: ".db")
            defer { TemporaryFiles.removeStore(path) }
            let server = try await MockVendorServer.start { _ in .noContent }
            let store = try await SQLJobStore.sqlite(path: path)
            let producer = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy(), deliverHere: false)
            try await producer.submit(event: [Self.request(server.baseURL, ids: ["a"], line: 1)])
            _ = try await producer.finish()
            // A worker leases the job and stops for good (killed, or crashed on it).
            let now = UTCTime.now()
            #expect(try await store.lease(owner: "crashed", limit: 10, until: now + 0.2, now: now, destination: nil).count == 1)
            try await Task.sleep(for: .milliseconds(300))
            var policy = Self.policy()
            policy.maxAttempts = maxAttempts
            let outcomes = NIOLockedValueBox<[DeliveryOutcome]>([])
            let worker = DurableDeliverer(store: store, destination: "vendor", policy: policy,
                                          onOutcome: { o in outcomes.withLockedValue { $0.append(o) } })
            let stats = try await worker.finish()
            await server.stop()
            await store.close()
            if maxAttempts == 1 {
                // The lost lease was its one attempt: a dead letter, not sent.
                #expect(server.requests.isEmpty && stats.deadLettered == 1, "\(stats)")
                let letter = outcomes.withLockedValue { $0 }.first.flatMap { o -> DeadLetter? in
                    if case .deadLettered(let d) = o.result { return d } else { return nil }
                }
                #expect(letter?.reason == .attemptLimitReached)
                #expect(letter?.error?.contains("its last lease ended without a result") == true, "\(letter?.error ?? "")")
            } else {
                #expect(server.requests.count == 1 && stats.delivered == 1, "\(stats)")
            }
        }
    }

    @Test("jobs that a vendor's pause would hold past their retry window become dead letters without being sent")
    func pausePastTheRetryWindowDeadLetters() async throws {
        let path = TemporaryFiles.path("actions-durable-pause", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let seen = NIOLockedValueBox<[String: Int]>([:])
        let server = try await MockVendorServer.start { r in
            for id in r.json?["impressions"]?.arrayValue?.compactMap({ $0["id"]?.stringValue }) ?? [] {
                seen.withLockedValue { $0[id, default: 0] += 1 }
            }
            return .respond(status: 429, headers: [("Retry-After", "3600")])
        }
        var policy = Self.policy()
        policy.retryWindow = .seconds(5)
        policy.batching = false
        policy.concurrency = 1
        let store = try await SQLJobStore.sqlite(path: path)
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: policy)
        try await delivery.beginInput("input")
        let ids = (0..<6).map { "p\($0)" }
        for (n, id) in ids.enumerated() { try await delivery.submit(Self.request(server.baseURL, ids: [id], line: n + 1)) }
        let started = ContinuousClock.now
        let stats = try await delivery.finish()
        await server.stop()
        await store.close()
        let counts = seen.withLockedValue { $0 }
        // The hour's pause is not waited out: the job that met it is a dead letter at once,
        // and the jobs behind it, which the pause would carry past their window, are dead
        // letters without an attempt.
        #expect(stats.delivered == 0 && stats.deadLettered == ids.count)
        #expect(counts.values.allSatisfy { $0 == 1 }, "sent more than once: \(counts)")
        #expect(counts.count < ids.count, "every job was sent: none waited behind the pause")
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test("a redirect is stored as a dead letter saying where the vendor pointed, a credential in it masked")
    func redirectIsNotFollowed() async throws {
        let path = TemporaryFiles.path("actions-durable-redirect", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let server = try await MockVendorServer.start { _ in
            .respond(status: 302, headers: [("Location", "http://127.0.0.1:9/login?key=s3cret-key")])
        }
        let store = try await SQLJobStore.sqlite(path: path)
        let outcomes = NIOLockedValueBox<[DeliveryOutcome]>([])
        let delivery = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy(),
                                        secrets: [("api_key", "s3cret-key")],
                                        onOutcome: { o in outcomes.withLockedValue { $0.append(o) } })
        try await delivery.beginInput("input")
        try await delivery.submit(Self.request(server.baseURL, ids: ["a"], line: 1))
        let stats = try await delivery.finish()
        await server.stop()
        #expect(stats.deadLettered == 1 && server.requests.count == 1)
        let letter = outcomes.withLockedValue { $0 }.compactMap { o -> DeadLetter? in
            if case .deadLettered(let d) = o.result { return d } else { return nil }
        }.first
        #expect(letter?.reason == .permanentStatus(302))
        #expect(letter?.error == "redirected to http://127.0.0.1:9/login?key=[secret:api_key]; redirects are not followed")
        await store.close()
    }

    @Test("a stop never commits part of an event: an event given whole is taken whole, and requests gathered one by one are read again")
    func stopKeepsEventsWhole() async throws {
        let path = TemporaryFiles.path("actions-durable-stop", suffix: ".db")
        defer { TemporaryFiles.removeStore(path) }
        let server = try await MockVendorServer.start { _ in .noContent }
        func request(_ id: String, line: Int, subscription: String) -> DeliveryRequest {
            var r = Self.request(server.baseURL, ids: [id], line: line)
            r.origin["subscription"] = .string(subscription)
            return r
        }
        let store = try await SQLJobStore.sqlite(path: path)
        // A stop while the records of line 2 (one event, two requests) come one at a time:
        // the first is gathered, the stop comes, then the second arrives.
        let first = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy(), deliverHere: false)
        try await first.beginInput("records")
        try await first.submit(event: [request("a1", line: 1, subscription: "s1"), request("a2", line: 1, subscription: "s2")], inputLine: 1)
        try await first.submit(request("b1", line: 2, subscription: "s1"), inputLine: 2)
        _ = await first.shutdown(drainTimeout: .seconds(1))
        try await first.submit(request("b2", line: 2, subscription: "s2"), inputLine: 3)
        try await first.submit(event: [request("c1", line: 3, subscription: "s1")], inputLine: 4)
        // Line 1's event is taken whole; line 2's is not taken at all, so the input resumes before it.
        #expect(first.producer.counts.enqueued == 2)
        #expect(try await first.resumeLine(input: "records") == 1)

        // The next run reads from there: nothing is discarded as a duplicate, nothing is lost.
        let second = DurableDeliverer(store: store, destination: "vendor", policy: Self.policy())
        try await second.beginInput("records")
        try await second.submit(request("b1", line: 2, subscription: "s1"), inputLine: 2)
        try await second.submit(request("b2", line: 2, subscription: "s2"), inputLine: 3)
        try await second.submit(event: [request("c1", line: 3, subscription: "s1")], inputLine: 4)
        try await second.endInput(lastLine: 4)
        let stats = try await second.finish()
        await server.stop()
        #expect(stats.duplicates == 0)
        #expect(stats.delivered == 5, "\(stats)")
        let sent = Set(server.requests.flatMap { $0.json?["impressions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? [] })
        #expect(sent == ["a1", "a2", "b1", "b2", "c1"])
        await store.close()
    }
}
