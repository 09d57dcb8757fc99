import Delivery
import Destinations
import JSONValues
import MockVendor
import Testing

/// The first-use walk-throughs of the Delivery and MockVendor DocC catalogs, as written
/// there, so that the documented code keeps compiling and doing what its comments say.
@Suite("DocC catalog examples: delivery")
struct DeliveryDocCatalogExampleTests {
    @Test("MockVendor: a 500 then success, delivered on the second attempt")
    func mockVendor() async throws {
        let server = try await MockVendorServer.start { request in
            request.sequence == 1 ? .respond(status: 500, body: "oops") : .noContent
        }

        var policy = DeliveryPolicy()
        policy.backoffBase = .milliseconds(10)
        let deliverer = Deliverer(policy: policy) { _ in }
        await deliverer.submit(DeliveryRequest(method: "POST", url: server.baseURL + "/v2/events",
                                               headers: [("Content-Type", "application/json")],
                                               json: ["id": "e1"]))
        let statistics = await deliverer.finish()

        #expect(statistics.delivered == 1)
        #expect(server.requests.count == 2)
        #expect(server.requests.first?.json?["id"] == "e1")
        await server.stop()
    }

    @Test("Delivery: what an engine builds, delivered; a record line read back")
    func delivery() async throws {
        let server = try await MockVendorServer.start { _ in .noContent }
        let definition = try DestinationDefinition(json: [
            "name": "Example", "slug": "actions-example",
            "presets": [["name": "Tracks", "trigger": "type = \"track\"", "action": "send"]],
            "actions": ["send": [
                "title": "Send",
                "fields": ["name": ["label": "Name", "type": "string", "default": ["@path": "$.event"]]],
                "request": ["method": "POST", "url": .string(server.baseURL + "/events"), "json": ["n": ["@path": "$.payload.name"]]],
            ]],
        ])
        let engine = try DestinationEngine(definition: definition, settings: [:])
        let events: [JSON] = [["type": "track", "event": "A"], ["type": "track", "event": "B"]]

        var policy = DeliveryPolicy()
        policy.retryWindow = .seconds(60)
        let deliverer = Deliverer(policy: policy) { outcome in
            if case .deadLettered(let letter) = outcome.result {
                print("dead letter: \(letter.reason), last status \(letter.status.map(String.init) ?? "none")")
            }
        }
        for event in events {
            for request in engine.process(event: event).requests {
                await deliverer.submit(DeliveryRequest(request))
            }
        }
        let line = #"{"method":"POST","url":"\#(server.baseURL)/events","json":{"n":"C"}}"#
        let request = try RequestRecord.parse(try JSON(parsing: line))
        await deliverer.submit(request)

        let statistics = await deliverer.finish()
        #expect(statistics.delivered == 3 && statistics.deadLettered == 0)
        #expect(server.requests.compactMap { $0.json?["n"]?.stringValue }.sorted() == ["A", "B", "C"])
        await server.stop()
    }
}
