import Delivery
import Destinations
import JSONValues
import MockVendor
import NIOConcurrencyHelpers

/// Collects outcomes from a deliverer's handler.
final class OutcomeLog: Sendable {
    private let box = NIOLockedValueBox<[DeliveryOutcome]>([])
    func record(_ o: DeliveryOutcome) { box.withLockedValue { $0.append(o) } }
    var all: [DeliveryOutcome] { box.withLockedValue { $0 } }
    var delivered: [DeliveryOutcome] { all.filter(\.isDelivered) }
    var deadLetters: [DeadLetter] {
        all.compactMap { if case .deadLettered(let d) = $0.result { return d } else { return nil } }
    }
}

/// A policy with short waits, for tests.
func fastPolicy(timeout: Duration = .milliseconds(500)) -> DeliveryPolicy {
    var p = DeliveryPolicy()
    p.timeout = timeout
    p.backoffBase = .milliseconds(10)
    p.backoffMax = .milliseconds(80)
    p.retryWindow = .seconds(30)
    return p
}

/// A Topsort-like batched request carrying items with these ids.
func eventsRequest(_ url: String, ids: [String], array: String = "impressions", maxItems: Int = 50, line: Int = 1) -> DeliveryRequest {
    let items: [JSON] = ids.map { .object(["id": .string($0)]) }
    return DeliveryRequest(
        method: "POST", url: url + "/v2/events",
        headers: [("Authorization", "Bearer secret-key"), ("Content-Type", "application/json")],
        json: .object([array: .array(items)]),
        batch: BatchRule(array: array, maxItems: maxItems, maxBytes: 1_000_000, maxWaitMilliseconds: 50),
        origin: ["line": .int(line)]
    )
}

/// The item ids in a request body's array.
func itemIDs(_ request: MockRequest, array: String = "impressions") -> [String] {
    request.json?[array]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
}

/// Runs `body` with a mock vendor, stopping it afterwards.
func withServer<T>(_ handler: @escaping MockVendorServer.Handler, _ body: (MockVendorServer) async throws -> T) async throws -> T {
    let server = try await MockVendorServer.start(handler: handler)
    do {
        let r = try await body(server)
        await server.stop()
        return r
    } catch {
        await server.stop()
        throw error
    }
}

/// A deliverer over the default transport that records outcomes.
func makeDeliverer(_ policy: DeliveryPolicy, log: OutcomeLog) -> Deliverer {
    Deliverer(policy: policy) { log.record($0) }
}

/// Delivers one event with one item (`a`) to `server` and waits for its outcome.
@discardableResult
func deliverOne(_ policy: DeliveryPolicy, log: OutcomeLog, to server: MockVendorServer) async -> DeliveryStatistics {
    let d = makeDeliverer(policy, log: log)
    await d.submit(eventsRequest(server.baseURL, ids: ["a"]))
    return await d.finish()
}
