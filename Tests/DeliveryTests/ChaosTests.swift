import Delivery
import JSONValues
import MockVendor
import NIOConcurrencyHelpers
import Testing

/// A server that fails in every way at once, at random (seeded): nothing may be lost.
@Suite("Delivery under mixed faults")
struct ChaosTests {
    struct Ledger {
        var accepted: [String] = []
        var timedOut: Set<String> = []
    }

    @Test("every item is accepted or a dead letter with a permanent reason; duplicates only after time-outs")
    func nothingIsLost() async throws {
        let ledger = NIOLockedValueBox(Ledger())
        let log = OutcomeLog()
        let all = (0..<400).map { "e\($0)" }
        let poison: Set<String> = ["e17", "e123", "e124", "e350"]
        try await withServer({ r in
            let ids = itemIDs(r)
            if ids.contains(where: poison.contains) { return .respond(status: 400, body: "bad event") }
            // A fixed cycle of faults over the arrival order.
            switch r.sequence % 11 {
            case 1: return .respond(status: 500)
            case 3: return .respond(status: 502)
            case 5: return .respond(status: 429, headers: [("Retry-After", "0")])
            case 7: return .closeConnection
            case 9:
                // The vendor takes it, but answers too late.
                ledger.withLockedValue { $0.accepted += ids; $0.timedOut.formUnion(ids) }
                return .delayed(.milliseconds(1500), .noContent)
            default:
                ledger.withLockedValue { $0.accepted += ids }
                return .respond(status: 200)
            }
        }) { server in
            // A time-out well above a loaded machine's (or a sanitizer's) answer time, so
            // that only the deliberately late answers time out.
            var policy = fastPolicy(timeout: .seconds(1))
            policy.concurrency = 4
            let d = makeDeliverer(policy, log: log)
            for (i, id) in all.enumerated() {
                // Requests of 1 to 3 items.
                if i % 3 == 0 {
                    let ids = Array(all[i..<min(i + 3, all.count)])
                    await d.submit(eventsRequest(server.baseURL, ids: ids, maxItems: 20, line: i))
                }
                _ = id
            }
            let stats = await d.finish()
            // Every kind of fault was met.
            #expect(stats.timeouts > 0 && stats.retries > 5 && stats.splits > 0, "\(stats)")
            #expect(stats.items == all.count)
            #expect(stats.delivered + stats.deadLettered == all.count)
            #expect(stats.deadLettered == poison.count)
        }
        let l = ledger.withLockedValue { $0 }
        let accepted = Set(l.accepted)
        #expect(accepted.union(poison) == Set(all), "lost: \(Set(all).subtracting(accepted).subtracting(poison).sorted())")
        #expect(accepted.isDisjoint(with: poison))
        var seen = Set<String>()
        for id in l.accepted where !seen.insert(id).inserted {
            #expect(l.timedOut.contains(id), "\(id) arrived twice without a time-out")
        }
        #expect(log.deadLetters.allSatisfy { $0.reason == .permanentStatus(400) })
        #expect(Set(log.deadLetters.compactMap { $0.request.json?["impressions"]?[0]?["id"]?.stringValue }) == poison)
    }
}
