import Delivery
import MockVendor
import NIOConcurrencyHelpers
import Testing

/// Delivery against more of the ways a vendor API fails: connections reset instead of
/// closed, answers delimited by the connection's close, each retryable and splittable
/// status end to end, and redirects.
@Suite("Delivery against resets, close-delimited answers, every retryable status, redirects")
struct VendorFailureTests {
    /// Short waits, and a time-out long enough that a loaded machine does not add an
    /// attempt to the exact counts checked here.
    static var policy: DeliveryPolicy { fastPolicy(timeout: .seconds(3)) }

    @Test("a connection reset before any answer is retried, and the item delivered")
    func resetBeforeAnswer() async throws {
        let log = OutcomeLog()
        try await withServer({ r in r.sequence == 1 ? .reset(after: "") : .noContent }) { server in
            let stats = await deliverOne(Self.policy, log: log, to: server)
            #expect(stats.delivered == 1 && stats.deadLettered == 0)
            #expect(server.requests.count == 2)
        }
        #expect(log.delivered.first?.attempts == 2)
    }

    @Test("a reset in the middle of an answer loses nothing: delivered once by its status, or retried")
    func resetMidAnswer() async throws {
        // Whether the client reads the head before the reset arrives depends on timing:
        // either the 2xx decides (one request) or the attempt failed and is retried.
        for head in ["HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n{\"ok\"", "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 40\r\n\r\n{\"e"] {
            let log = OutcomeLog()
            try await withServer({ r in r.sequence == 1 ? .reset(after: head) : .noContent }) { server in
                let stats = await deliverOne(Self.policy, log: log, to: server)
                #expect(stats.delivered == 1 && stats.deadLettered == 0, "\(head.debugDescription)")
                #expect((1...2).contains(server.requests.count), "\(head.debugDescription)")
            }
        }
    }

    @Test("answers whose body ends with the connection (HTTP/1.0, no Content-Length) count by their status")
    func closeDelimitedAnswers() async throws {
        let accepted = [
            "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"ok\":true}",
            "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"ok\":true}",
            "HTTP/1.0 204 No Content\r\n\r\n",
        ]
        for answer in accepted {
            let log = OutcomeLog()
            try await withServer({ _ in .raw(answer, close: true) }) { server in
                let stats = await deliverOne(Self.policy, log: log, to: server)
                #expect(stats.delivered == 1 && server.requests.count == 1, "\(answer.debugDescription)")
            }
        }
        // A close-delimited 503 is retried, and its text kept while it lasts.
        let log = OutcomeLog()
        try await withServer({ r in
            r.sequence == 1 ? .raw("HTTP/1.0 503 Service Unavailable\r\n\r\ndown for maintenance", close: true) : .noContent
        }) { server in
            let stats = await deliverOne(Self.policy, log: log, to: server)
            #expect(stats.delivered == 1 && server.requests.count == 2)
        }
    }

    @Test("informational answers (100 Continue, 102, 103 Early Hints) before the final one are not taken for it")
    func informationalAnswersFirst() async throws {
        let answers = [
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
            "HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
            "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\nHTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n",
        ]
        for answer in answers {
            let log = OutcomeLog()
            try await withServer({ _ in .raw(answer, close: true) }) { server in
                let stats = await deliverOne(Self.policy, log: log, to: server)
                #expect(stats.delivered == 1 && stats.deadLettered == 0, "\(answer.debugDescription)")
                #expect(server.requests.count == 1, "\(answer.debugDescription)")
            }
        }
    }

    @Test("every retryable status is retried end to end: 408, 423, 429, 500, 502, 503, 504, 599")
    func retryableStatuses() async throws {
        for status in [408, 423, 429, 500, 502, 503, 504, 599] {
            let log = OutcomeLog()
            try await withServer({ r in r.sequence == 1 ? .respond(status: status, body: "busy") : .noContent }) { server in
                let d = makeDeliverer(Self.policy, log: log)
                await d.submit(eventsRequest(server.baseURL, ids: ["a", "b"]))
                let stats = await d.finish()
                #expect(stats.delivered == 2 && stats.deadLettered == 0 && stats.retries == 1, "status \(status)")
                #expect(server.requests.count == 2, "status \(status)")
            }
        }
    }

    @Test("413 and 422 on a batch are halved until the bad item stands alone, as 400 is")
    func splittableStatuses() async throws {
        for status in [413, 422] {
            let log = OutcomeLog()
            let accepted = NIOLockedValueBox<[String]>([])
            try await withServer({ r in
                let ids = itemIDs(r)
                if ids.contains("bad") { return .respond(status: status, body: "rejected") }
                accepted.withLockedValue { $0 += ids }
                return .noContent
            }) { server in
                let d = makeDeliverer(Self.policy, log: log)
                var ids = (0..<20).map { "e\($0)" }
                ids[5] = "bad"
                await d.submit(eventsRequest(server.baseURL, ids: ids))
                let stats = await d.finish()
                #expect(stats.delivered == 19 && stats.deadLettered == 1, "status \(status)")
            }
            #expect(Set(accepted.withLockedValue { $0 }).count == 19)
            #expect(log.deadLetters.map(\.reason) == [.permanentStatus(status)])
            #expect(log.deadLetters.first?.request.json?["impressions"]?[0]?["id"]?.stringValue == "bad")
        }
    }

    @Test("a redirect is not followed: the item is dead-lettered with where the vendor pointed, nothing is sent there")
    func redirectIsNotFollowed() async throws {
        for status in [301, 302, 307, 308] {
            let log = OutcomeLog()
            try await withServer({ _ in .noContent }) { elsewhere in
                try await withServer({ _ in .respond(status: status, headers: [("Location", elsewhere.baseURL + "/v3/events")]) }) { server in
                    let stats = await deliverOne(Self.policy, log: log, to: server)
                    #expect(stats.deadLettered == 1 && server.requests.count == 1, "status \(status)")
                }
                #expect(elsewhere.requests.isEmpty, "status \(status)")
                let letter = try #require(log.deadLetters.first)
                #expect(letter.reason == .permanentStatus(status))
                #expect(letter.error == "redirected to \(elsewhere.baseURL)/v3/events; redirects are not followed")
            }
        }
        // A long Location is masked whole, then cut: a key that crosses the cut is not
        // left half visible.
        let key = "k-" + String(repeating: "7", count: 40)
        let long = "http://127.0.0.1:9/" + String(repeating: "p", count: 940) + "?key=" + key
        let cut = OutcomeLog()
        try await withServer({ _ in .respond(status: 302, headers: [("Location", long)]) }) { server in
            _ = await deliverOne(Self.policy, log: cut, to: server)
        }
        let letter = try #require(cut.deadLetters.first)
        let record = DeadLetterRecord.encode(letter, mask: SecretMask(secrets: [("api_key", key)]))
        let error = try #require(record["deadLetter"]?["error"]?.stringValue)
        #expect(error.count == 1_001 && error.hasSuffix("…"))
        // Unmasked, the 42-character key would have crossed the 1,000th character.
        #expect(error.hasSuffix("?key=[secret:api_key]; redi…"), "\(error.suffix(40))")
        #expect(!error.contains("k-7777"))

        // Without a Location, the letter says so.
        let log = OutcomeLog()
        try await withServer({ _ in .respond(status: 302) }) { server in
            _ = await deliverOne(Self.policy, log: log, to: server)
        }
        #expect(log.deadLetters.first?.error == "redirected without a Location; redirects are not followed")
    }
}
