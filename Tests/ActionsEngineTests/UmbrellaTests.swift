import ActionsEngine
import Testing

/// `import ActionsEngine` alone gives a pipeline every layer, as the README shows.
@Suite("The ActionsEngine umbrella module")
struct UmbrellaTests {
    @Test("one import reaches JSON, triggers, mappings, Liquid, filters, destinations and delivery")
    func everyLayer() throws {
        let event = try JSON(parsing: #"{"type":"track","event":"Order Completed","properties":{"price":12.5}}"#)
        #expect(try Trigger(#"type = "track" and properties.price > 10"#).matches(event))
        #expect(try Mapping(["total": ["@path": "$.properties.price"]]).evaluate(event) == ["total": 12.5])
        #expect(try LiquidTemplate("{{ event | upcase }}").render(event) == "ORDER COMPLETED")
        if case .kept(let kept, let changes) = FilterSet.none.apply(to: event) {
            #expect(kept == event && changes.isEmpty)
        } else {
            Issue.record("no filters must keep the event")
        }
        #expect(ResponseClass.of(status: 429) == .retryable)
        #expect(DeliveryPolicy().concurrency == DeliveryPolicy.defaultConcurrency)
        _ = DestinationRequest.self
    }
}
