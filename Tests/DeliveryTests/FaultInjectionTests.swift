import Delivery
import Destinations
import JSONValues
import MockVendor
import NIOConcurrencyHelpers
import Testing

/// Delivery against a real HTTP server on loopback that fails the way vendor APIs fail.
@Suite("Delivery against a fault-injecting server")
struct FaultInjectionTests {
    @Test("500 then 200: delivered on the second attempt")
    func serverErrorThenSuccess() async throws {
        let log = OutcomeLog()
        try await withServer({ $0.sequence == 1 ? .respond(status: 500, body: "oops") : .noContent }) { server in
            let stats = await deliverOne(fastPolicy(), log: log, to: server)
            #expect(stats.delivered == 1 && stats.deadLettered == 0)
            #expect(stats.retries == 1 && stats.httpRequests == 2)
            #expect(server.requests.count == 2)
        }
        #expect(log.delivered.first?.attempts == 2)
    }

    @Test("429 with Retry-After: 1 is waited for")
    func retryAfterIsHonoured() async throws {
        let log = OutcomeLog()
        let times = NIOLockedValueBox<[ContinuousClock.Instant]>([])
        try await withServer({ r in
            times.withLockedValue { $0.append(.now) }
            return r.sequence == 1 ? .respond(status: 429, headers: [("Retry-After", "1")]) : .noContent
        }) { server in
            _ = await deliverOne(fastPolicy(), log: log, to: server)
        }
        let t = times.withLockedValue { $0 }
        #expect(t.count == 2)
        if t.count == 2 { #expect(t[1] - t[0] >= .milliseconds(990), "waited \(t[1] - t[0])") }
        #expect(log.delivered.count == 1)
    }

    @Test("a response slower than the time-out is retried; only then can a duplicate arrive")
    func slowResponseTimesOut() async throws {
        let log = OutcomeLog()
        // Margins wide enough for a loaded two-core machine: only the first answer is late.
        try await withServer({ r in r.sequence == 1 ? .delayed(.milliseconds(2500), .noContent) : .noContent }) { server in
            let stats = await deliverOne(fastPolicy(timeout: .milliseconds(800)), log: log, to: server)
            #expect(stats.timeouts == 1 && stats.delivered == 1)
            #expect(server.requests.count == 2)
        }
    }

    @Test("a connection closed without a response is retried")
    func closedConnection() async throws {
        let log = OutcomeLog()
        try await withServer({ $0.sequence <= 2 ? .closeConnection : .noContent }) { server in
            let stats = await deliverOne(fastPolicy(), log: log, to: server)
            #expect(stats.delivered == 1 && stats.retries == 2)
        }
    }

    @Test("a refused connection is retried until the window ends, then dead-lettered")
    func refusedConnection() async throws {
        // Take a free port, then close the server so nothing listens there.
        let server = try await MockVendorServer.start { _ in .noContent }
        let url = server.baseURL
        await server.stop()
        let log = OutcomeLog()
        var policy = fastPolicy()
        // Long enough for two attempts on a loaded machine (300 ms once saw only one,
        // while the whole suite ran in parallel); the backoff starts at 10 ms.
        policy.retryWindow = .seconds(2)
        let d = makeDeliverer(policy, log: log)
        await d.submit(eventsRequest(url, ids: ["a"]))
        let stats = await d.finish()
        #expect(stats.deadLettered == 1 && stats.httpRequests >= 2)
        #expect(log.deadLetters.first?.reason == .retryWindowSpent)
        #expect(log.deadLetters.first?.error != nil)
    }

    @Test("the attempt limit dead-letters with the last status and response")
    func attemptLimit() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .respond(status: 503, body: "down for maintenance") }) { server in
            var policy = fastPolicy()
            policy.maxAttempts = 3
            _ = await deliverOne(policy, log: log, to: server)
            #expect(server.requests.count == 3)
        }
        let letter = try #require(log.deadLetters.first)
        #expect(letter.reason == .attemptLimitReached && letter.status == 503 && letter.attempts == 3)
        #expect(letter.responseStart == "down for maintenance")
        #expect(letter.firstAttempt != nil && letter.lastAttempt! >= letter.firstAttempt!)
    }

    @Test("a Retry-After beyond the retry window dead-letters at once")
    func retryAfterBeyondWindow() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .respond(status: 429, headers: [("Retry-After", "3600")]) }) { server in
            var policy = fastPolicy()
            policy.retryWindow = .seconds(60)
            _ = await deliverOne(policy, log: log, to: server)
            #expect(server.requests.count == 1)
        }
        #expect(log.deadLetters.first?.reason == .retryWindowSpent)
    }

    @Test("items are batched up to the action's limit, in as few requests as possible")
    func batching() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .noContent }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            for i in 0..<120 { await d.submit(eventsRequest(server.baseURL, ids: ["e\(i)"], line: i + 1)) }
            let stats = await d.finish()
            #expect(stats.delivered == 120 && stats.items == 120 && stats.requests == 120)
            let sizes = server.requests.map { itemIDs($0).count }
            #expect(sizes.allSatisfy { $0 <= 50 }, "\(sizes)")
            #expect(sizes.reduce(0, +) == 120)
            #expect(server.requests.count == 3, "\(sizes)")
            #expect(server.requests.allSatisfy { $0.header("Authorization") == "Bearer secret-key" })
        }
        // Outcomes carry each request's origin.
        #expect(Set(log.all.compactMap { $0.origin["line"]?.doubleValue }).count == 120)
    }

    @Test("a partial batch is sent after its wait")
    func partialBatchWaits() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .noContent }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            await d.submit(eventsRequest(server.baseURL, ids: ["a", "b"]))
            // The batch waits 50 ms; a loaded machine (or a sanitizer build) may take longer
            // to send it, so poll rather than sleep a fixed time. Still before finish().
            let deadline = ContinuousClock.now.advanced(by: .seconds(10))
            while server.requests.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(server.requests.count == 1, "sent before finish() by the batch timer")
            _ = await d.finish()
        }
        #expect(log.delivered.count == 2)
    }

    @Test("requests with different headers are not merged")
    func differentHeadersAreNotMerged() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .noContent }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            var a = eventsRequest(server.baseURL, ids: ["a"])
            var b = eventsRequest(server.baseURL, ids: ["b"])
            a.headers[0].value = "Bearer one"
            b.headers[0].value = "Bearer two"
            await d.submit(a)
            await d.submit(b)
            _ = await d.finish()
            #expect(server.requests.count == 2)
        }
    }

    @Test("one poisoned item: only it is a dead letter, the rest of its batch is delivered")
    func poisonedItemIsIsolated() async throws {
        let log = OutcomeLog()
        let accepted = NIOLockedValueBox<[String]>([])
        try await withServer({ r in
            let ids = itemIDs(r)
            if ids.contains("poison") { return .respond(status: 400, body: #"{"error":"invalid event"}"#) }
            accepted.withLockedValue { $0.append(contentsOf: ids) }
            return .noContent
        }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            var ids = (0..<50).map { "e\($0)" }
            ids[37] = "poison"
            await d.submit(eventsRequest(server.baseURL, ids: ids))
            let stats = await d.finish()
            #expect(stats.delivered == 49 && stats.deadLettered == 1)
            // Halving 50 items down to the one: 1 + 2·⌈log2 50⌉ requests at most.
            #expect(server.requests.count <= 13, "\(server.requests.count) requests")
            #expect(stats.splits >= 5)
        }
        #expect(Set(accepted.withLockedValue { $0 }).count == 49)
        let letter = try #require(log.deadLetters.first)
        #expect(letter.reason == .permanentStatus(400))
        #expect(letter.responseStart == #"{"error":"invalid event"}"#)
        #expect(letter.request.json == .object(["impressions": [["id": "poison"]]]))
        #expect(log.all.first { !$0.isDelivered }?.itemIndex == 37)
    }

    @Test("401 on a batch fails every item without splitting")
    func unauthorizedIsNotSplit() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .respond(status: 401) }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            await d.submit(eventsRequest(server.baseURL, ids: (0..<10).map { "e\($0)" }))
            let stats = await d.finish()
            #expect(stats.deadLettered == 10 && server.requests.count == 1)
        }
        #expect(log.deadLetters.allSatisfy { $0.reason == .permanentStatus(401) })
    }

    @Test("the rate cap spaces requests out")
    func rateCap() async throws {
        let log = OutcomeLog()
        let start = ContinuousClock.now
        try await withServer({ _ in .noContent }) { server in
            var policy = fastPolicy()
            policy.ratePerSecond = 20
            policy.batching = false
            let d = makeDeliverer(policy, log: log)
            for i in 0..<11 { await d.submit(eventsRequest(server.baseURL, ids: ["e\(i)"])) }
            _ = await d.finish()
        }
        #expect(ContinuousClock.now - start >= .milliseconds(480))
        #expect(log.delivered.count == 11)
    }

    @Test("shutdown dead-letters what waits and lets what is in flight finish")
    func shutdown() async throws {
        let log = OutcomeLog()
        try await withServer({ r in
            itemIDs(r).contains("slow") ? .delayed(.milliseconds(300), .noContent) : .respond(status: 503)
        }) { server in
            var policy = fastPolicy(timeout: .seconds(5))
            policy.backoffBase = .seconds(5)
            policy.backoffMax = .seconds(5)
            policy.batching = false
            let d = makeDeliverer(policy, log: log)
            await d.submit(eventsRequest(server.baseURL, ids: ["slow"]))
            for i in 0..<5 { await d.submit(eventsRequest(server.baseURL, ids: ["e\(i)"])) }
            try await Task.sleep(for: .milliseconds(100))
            let stats = await d.shutdown(drainTimeout: .seconds(2))
            #expect(stats.delivered == 1 && stats.deadLettered == 5)
            // Submitting after the stop dead-letters at once.
            await d.submit(eventsRequest(server.baseURL, ids: ["late"]))
            #expect(d.statistics.deadLettered == 6)
        }
        #expect(log.deadLetters.allSatisfy { $0.reason == .shutDown })
        #expect(log.all.count == 7)
    }

    @Test("an unsendable URL is dead-lettered as an invalid request")
    func invalidURL() async throws {
        let log = OutcomeLog()
        let d = makeDeliverer(fastPolicy(), log: log)
        await d.submit(DeliveryRequest(method: "POST", url: "ftp://example.invalid/x", headers: [], json: ["a": 1]))
        _ = await d.finish()
        #expect(log.deadLetters.first?.reason == .invalidRequest)
    }

    @Test("a URL whose port is out of range is an invalid request, never sent elsewhere",
          arguments: ["http://127.0.0.1:65536/x", "https://127.0.0.1:70000/x", "http://[::1]:65536/x",
                      "http://localhost:84437/x", "http://localhost:0/x", "http://127.0.0.1:-1/x", "http://[::1/x"])
    func portOutOfRange(url: String) async throws {
        // The HTTP client stops the process on the first three, and sends the fourth to
        // port 84437 - 65536 = 18901.
        let log = OutcomeLog()
        let d = makeDeliverer(fastPolicy(), log: log)
        await d.submit(DeliveryRequest(method: "POST", url: url, headers: [], json: ["a": 1]))
        _ = await d.finish()
        #expect(log.deadLetters.count == 1)
        #expect(log.deadLetters.first?.reason == .invalidRequest)
        #expect(log.deadLetters.first?.error?.contains("port") == true || log.deadLetters.first?.error?.contains("IPv6") == true,
                "\(log.deadLetters.first?.error ?? "")")
    }
}
