import Delivery
import Destinations
import JSONValues
import MockVendor
import NIOConcurrencyHelpers
import Testing

/// Delivery against a server whose answers break after, or instead of, a status line: a
/// head and then silence, a body cut short, malformed chunks, text that is not HTTP; and
/// against pauses and drains that must end on time.
@Suite("Delivery against broken responses and long pauses")
struct BrokenResponseTests {
    @Test("a 2xx head followed by silence is delivered once, within the time-out")
    func headThenSilence() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .raw("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{\"ok\"", close: false) }) { server in
            let d = makeDeliverer(fastPolicy(timeout: .milliseconds(600)), log: log)
            let start = ContinuousClock.now
            await d.submit(eventsRequest(server.baseURL, ids: ["a"]))
            let stats = await d.finish()
            #expect(ContinuousClock.now - start < .seconds(5))
            #expect(stats.delivered == 1 && stats.deadLettered == 0)
            #expect(server.requests.count == 1)
        }
        #expect(log.delivered.first?.attempts == 1)
    }

    @Test("a 5xx head followed by a body that never ends is retried by its status")
    func errorHeadThenTrickle() async throws {
        let log = OutcomeLog()
        try await withServer({ r in
            r.sequence == 1 ? .raw("HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n", close: false) : .noContent
        }) { server in
            let stats = await deliverOne(fastPolicy(timeout: .milliseconds(600)), log: log, to: server)
            #expect(stats.delivered == 1 && stats.httpRequests == 2)
        }
    }

    @Test("a 2xx whose body is cut short, or malformed, is not sent again")
    func acceptedWithBrokenBody() async throws {
        let answers = [
            "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"ok\"",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n",
            "HTTP/1.1 202 Accepted\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\nnot gzip at all",
        ]
        for answer in answers {
            let log = OutcomeLog()
            try await withServer({ _ in .raw(answer, close: true) }) { server in
                let stats = await deliverOne(fastPolicy(), log: log, to: server)
                #expect(stats.delivered == 1, "\(answer.debugDescription)")
                #expect(server.requests.count == 1, "\(answer.debugDescription)")
            }
        }
    }

    @Test("a 400 whose body is cut short fails at once, by its status, and keeps what came")
    func rejectedWithBrokenBody() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .raw("HTTP/1.1 400 Bad Request\r\nContent-Length: 80\r\n\r\n{\"error\":\"bad", close: true) }) { server in
            _ = await deliverOne(fastPolicy(), log: log, to: server)
            #expect(server.requests.count == 1)
        }
        let letter = try #require(log.deadLetters.first)
        #expect(letter.reason == .permanentStatus(400) && letter.attempts == 1)
        #expect(letter.responseStart == "{\"error\":\"bad")
    }

    @Test("an answer that is not HTTP is a failed attempt, retried")
    func notHTTP() async throws {
        let log = OutcomeLog()
        try await withServer({ r in r.sequence == 1 ? .raw("SSH-2.0-OpenSSH_9.6\r\n", close: true) : .noContent }) { server in
            let stats = await deliverOne(fastPolicy(), log: log, to: server)
            #expect(stats.delivered == 1 && stats.httpRequests == 2)
        }
    }

    @Test("a header HTTP cannot carry is an invalid request, its value not quoted")
    func invalidHeaderValue() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .noContent }) { server in
            let d = makeDeliverer(fastPolicy(), log: log)
            await d.submit(DeliveryRequest(method: "POST", url: server.baseURL + "/v2/events",
                                           headers: [("Authorization", "Bearer k-123\r\nX: y")], json: ["a": 1]))
            _ = await d.finish()
            #expect(server.requests.isEmpty)
        }
        let letter = try #require(log.deadLetters.first)
        #expect(letter.reason == .invalidRequest && letter.attempts == 1)
        #expect(!(letter.error ?? "").contains("k-123"))
    }

    @Test("a drain time-out ends the drain on time, even with a request still waiting for its answer")
    func drainTimeoutIsEnforced() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .delayed(.seconds(20), .noContent) }) { server in
            let d = makeDeliverer(fastPolicy(timeout: .seconds(30)), log: log)
            await d.submit(eventsRequest(server.baseURL, ids: ["a"]))
            try await Task.sleep(for: .milliseconds(200))
            let start = ContinuousClock.now
            let stats = await d.shutdown(drainTimeout: .milliseconds(300))
            #expect(ContinuousClock.now - start < .seconds(5), "took \(ContinuousClock.now - start)")
            #expect(stats.deadLettered == 1 && stats.delivered == 0)
        }
        #expect(log.deadLetters.first?.reason == .shutDown)
    }

    @Test("a pause longer than the retry window fails the other items at once instead of holding them")
    func longPauseDoesNotHang() async throws {
        let log = OutcomeLog()
        try await withServer({ r in
            r.sequence == 1 ? .respond(status: 429, headers: [("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")]) : .noContent
        }) { server in
            var policy = fastPolicy()
            policy.retryWindow = .seconds(5)
            policy.batching = false
            let d = makeDeliverer(policy, log: log)
            let start = ContinuousClock.now
            await d.submit(eventsRequest(server.baseURL, ids: ["a"]))
            // b goes once a's answer has set the pause (a is dead-lettered then).
            while log.deadLetters.isEmpty && ContinuousClock.now - start < .seconds(3) { try await Task.sleep(for: .milliseconds(10)) }
            await d.submit(eventsRequest(server.baseURL, ids: ["b"]))
            let stats = await d.finish()
            #expect(ContinuousClock.now - start < .seconds(4), "took \(ContinuousClock.now - start)")
            #expect(stats.deadLettered == 2)
            #expect(server.requests.count == 1)
        }
        #expect(log.deadLetters.allSatisfy { $0.reason == .retryWindowSpent })
        #expect(log.deadLetters.contains { $0.attempts == 0 && ($0.error ?? "").contains("Retry-After") })
    }

    @Test("Retry-After: 0 again and again is not a retry storm: the base backoff is the least wait")
    func retryAfterZero() async throws {
        let log = OutcomeLog()
        // Arrival times, to measure the waits (load only makes them longer, so the test
        // does not depend on the machine's speed).
        let arrivals = NIOLockedValueBox<[ContinuousClock.Instant]>([])
        try await withServer({ _ in
            arrivals.withLockedValue { $0.append(.now) }
            return .respond(status: 503, headers: [("Retry-After", "0")])
        }) { server in
            var policy = fastPolicy()
            policy.backoffBase = .milliseconds(300)
            policy.maxAttempts = 4
            _ = await deliverOne(policy, log: log, to: server)
            #expect(server.requests.count == 4)
        }
        let times = arrivals.withLockedValue { $0 }
        for (a, b) in zip(times, times.dropFirst()) {
            #expect(b - a >= .milliseconds(290), "a retry after \(b - a), less than the base backoff")
        }
        #expect(log.deadLetters.first?.reason == .attemptLimitReached)
    }

    @Test("a batch rejected while stopping is not called bad item by item: its items are dead-lettered for the stop")
    func rejectedWhileStopping() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .delayed(.milliseconds(600), .respond(status: 400, body: "one bad item")) }) { server in
            let d = makeDeliverer(fastPolicy(timeout: .seconds(5)), log: log)
            await d.submit(eventsRequest(server.baseURL, ids: ["a", "b", "c", "d"]))  // one batch of four
            while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            let stats = await d.shutdown(drainTimeout: .seconds(3))
            #expect(stats.deadLettered == 4 && server.requests.count == 1)
        }
        #expect(log.deadLetters.count == 4 && log.deadLetters.allSatisfy { $0.reason == .shutDown })
    }

    @Test("a retry window of 0 still sends each item once")
    func zeroRetryWindow() async throws {
        for status in [204, 503] {
            let log = OutcomeLog()
            try await withServer({ _ in .respond(status: status) }) { server in
                var policy = fastPolicy()
                policy.retryWindow = .zero
                let stats = await deliverOne(policy, log: log, to: server)
                #expect(server.requests.count == 1, "\(status)")
                #expect(status == 204 ? stats.delivered == 1 : stats.deadLettered == 1, "\(status)")
            }
            if status == 503 { #expect(log.deadLetters.first?.reason == .retryWindowSpent) }
        }
    }

    @Test("without batching, a request over the vendor's limit (Topsort: 50 per array) is cut, not sent whole")
    func unbatchedRequestsKeepTheLimit() async throws {
        let log = OutcomeLog()
        try await withServer({ _ in .noContent }) { server in
            var policy = fastPolicy()
            policy.batching = false
            let d = makeDeliverer(policy, log: log)
            await d.submit(eventsRequest(server.baseURL, ids: (0..<120).map { "e\($0)" }))
            let stats = await d.finish()
            #expect(stats.deadLettered == 0 && stats.delivered == 3)
            #expect(server.requests.map { itemIDs($0).count } == [50, 50, 20] || Set(server.requests.map { itemIDs($0).count }) == [50, 20])
            #expect(Set(server.requests.flatMap { itemIDs($0) }) == Set((0..<120).map { "e\($0)" }))
        }
    }
}
