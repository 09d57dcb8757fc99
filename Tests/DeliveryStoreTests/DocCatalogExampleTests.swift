import Delivery
import DeliveryStorePostgres
import DeliveryStoreSQLite
import Foundation
import JSONValues
import MockVendor
import Testing
import TestSupport

/// The first-use walk-throughs of the DeliveryStoreSQLite and DeliveryStorePostgres DocC
/// catalogs, as written there (the PostgreSQL one is only compiled: it needs a server).
@Suite("DocC catalog examples: job stores", .serialized)
struct StoreDocCatalogExampleTests {
    @Test("DeliveryStoreSQLite: deliver through a store in a file, then read its status")
    func sqlite() async throws {
        let path = NSTemporaryDirectory() + "actions-docc-\(UUID().uuidString).db"
        defer { TemporaryFiles.removeStore(path) }
        let server = try await MockVendorServer.start { _ in .noContent }
        let requests = (1...3).map { n in
            DeliveryRequest(method: "POST", url: server.baseURL + "/v2/events", headers: [], json: ["id": .int(n)],
                            origin: ["line": .int(n), "messageId": .string("m-\(n)")])
        }

        let store = try await SQLJobStore.sqlite(path: path)
        let delivery = DurableDeliverer(store: store, destination: "topsort", policy: DeliveryPolicy())
        try await delivery.beginInput("events.ndjson")
        for request in requests {
            try await delivery.submit(request)
        }
        let statistics = try await delivery.finish()

        let now = UTCTime.now()
        let status = try await store.status(now: now)
        #expect(!status.text(now: now).isEmpty)
        await store.close()
        await server.stop()
        #expect(statistics.delivered == 3)
        #expect(status.deadLetters.isEmpty && status.counts[.succeeded] == 3)
    }

    /// DeliveryStorePostgres's walk-through: compiled, never run.
    func postgres() async throws {
        let store = try await SQLJobStore.postgres(url: "postgres://actions@db.internal:5432/actions")
        let worker = DeliveryWorker(store: store, policy: DeliveryPolicy())
        let running = Task { await worker.run() }

        await worker.stop(drainTimeout: .seconds(10))
        await running.value
        await store.close()
    }
}
