import ActionsEngine
import Foundation
import Testing

/// The first-use walk-throughs of the DocC catalogs (`Sources/<Module>/<Module>.docc`), as
/// written there, so that the documented code keeps compiling and keeps doing what its
/// comments say.
@Suite("DocC catalog examples")
struct DocCatalogExampleTests {
    @Test("JSONValues: parse, read, build with literals, write back")
    func jsonValues() throws {
        let event = try JSON(parsing: #"{"type":"track","event":"Order Completed","properties":{"total":30.0}}"#)

        #expect(event["type"]?.stringValue == "track")
        #expect(event["properties"]?["total"]?.doubleValue == 30.0)
        #expect(event["properties"]?["total"]?.numberValue?.literal == "30.0")
        #expect(event["context"] == nil)

        let payload: JSON = ["name": "Order Completed", "total": 30, "tags": ["a", "b"], "coupon": nil]
        #expect(payload.serialized() == #"{"name":"Order Completed","total":30,"tags":["a","b"],"coupon":null}"#)
        #expect(event.serialized() == #"{"type":"track","event":"Order Completed","properties":{"total":30.0}}"#)
        #expect(event.stringified == #"{"type":"track","event":"Order Completed","properties":{"total":30}}"#)

        #expect(throws: JSONParseError.self) { try JSON(parsing: #"{"type": "track",}"#) }
        do {
            _ = try JSON(parsing: #"{"type": "track",}"#)
        } catch let error as JSONParseError {
            #expect(error.line == 1 && error.column == 18, "\(error)")
        }

        let parser = JSONDocumentParser()
        let lines: [[UInt8]] = [Array(#"{"type":"track"}"#.utf8), Array(#"{"type":"page"}"#.utf8)]
        #expect(try lines.map { try parser.parse($0)["type"] } == ["track", "page"])
    }

    @Test("Triggers: matches, explain, errors, condition trees")
    func triggers() throws {
        let trigger = try Trigger(#"type = "track" and event = "Order Completed""#)
        let completed = try JSON(parsing: #"{"type":"track","event":"Order Completed"}"#)
        let viewed = try JSON(parsing: #"{"type":"track","event":"Product Viewed"}"#)

        #expect(trigger.matches(completed))
        #expect(!trigger.matches(viewed))
        #expect(trigger.explain(viewed) == #"event = "Order Completed" failed: event is "Product Viewed""#)
        #expect(trigger.explain(completed) == nil)

        #expect(throws: TriggerError.self) { try Trigger(#"type = "track" and"#) }

        let tree = try #require(trigger.conditionTree)
        let stored = try Trigger(conditionTree: tree)
        #expect(stored.matches(completed) && !stored.matches(viewed))
        #expect(try Trigger(Trigger.generate(tree)).conditionTree == tree)
    }

    @Test("Liquid: render, and a disabled tag's error")
    func liquid() throws {
        let template = try LiquidTemplate("{{ event | upcase }} for {{ properties.total | times: 100 }} cents")
        let event = try JSON(parsing: #"{"event":"Order Completed","properties":{"total":30.5}}"#)
        #expect(try template.render(event) == "ORDER COMPLETED for 3050 cents")

        #expect(throws: LiquidError(message: "tag \"for\" is disabled", line: 2, column: 3)) {
            try LiquidTemplate("Hello\n  {% for x in items %}{% endfor %}")
        }
    }

    @Test("MappingKit: evaluate, and validate")
    func mappingKit() throws {
        let mapping = try Mapping([
            "name": "Mr. Rogers",
            "neighborhood": ["@path": "$.properties.neighborhood"],
            "greeting": ["@template": "Won't you be my {{properties.noun}}?"],
            "coupon": ["@path": "$.properties.coupon"],
        ])
        let event = try JSON(parsing: #"""
            {"type": "track", "event": "Sweater On",
             "properties": {"neighborhood": "Latrobe", "noun": "neighbor"}}
            """#)
        #expect(try mapping.evaluate(event) == ["name": "Mr. Rogers", "neighborhood": "Latrobe", "greeting": "Won't you be my neighbor?"])

        let problems = Mapping.validate(["items": ["@replace": ["pattern": 1, "value": "x"]]])
        #expect(problems.map(\.description) == ["/items/@replace/pattern should be a string but it is a number."])
    }

    @Test("DestinationFilters: a filters document applied, and integrations routing")
    func destinationFilters() throws {
        let filters = try FilterSet(parsing: Array(#"""
            [{"title": "Drop test traffic", "if": "properties.test = true", "actions": [{"type": "drop"}]},
             {"title": "Keep PII out", "if": "all",
              "actions": [{"type": "drop_properties", "fields": {"properties": ["email"]}}]}]
            """#.utf8))

        let event = try JSON(parsing: #"{"type":"track","properties":{"email":"ann@shop.co","total":30}}"#)
        guard case .kept(let filtered, let changes) = filters.apply(to: event) else {
            Issue.record("the event must be kept")
            return
        }
        #expect(filtered.serialized() == #"{"type":"track","properties":{"total":30}}"#)
        #expect("\(changes)" == #"[destination filter "Keep PII out" (#2): drop_properties properties.email]"#)

        let test = try JSON(parsing: #"{"type":"track","properties":{"test":true}}"#)
        guard case .discarded(let why) = filters.apply(to: test) else {
            Issue.record("test traffic must be dropped")
            return
        }
        #expect(why.reason == #"destination filter "Drop test traffic" (#1): drop"#)

        let routing = IntegrationsRouting(names: ["Topsort"])
        let routed = try JSON(parsing: #"{"type":"track","integrations":{"All":false,"Antavo":true}}"#)
        #expect(routing.refusal(for: routed)?.reason == "integrations: All is false and Topsort is not listed")
    }

    @Test("Destinations: a definition, an engine, an event")
    func destinations() throws {
        let definition = try DestinationDefinition(json: [
            "name": "Example",
            "slug": "actions-example",
            "settings": [
                "apiKey": ["label": "API Key", "type": "password", "required": true],
            ],
            "presets": [
                ["name": "Tracks", "trigger": "type = \"track\"", "action": "send"],
            ],
            "actions": [
                "send": [
                    "title": "Send",
                    "fields": [
                        "name": ["label": "Name", "type": "string", "required": true, "default": ["@path": "$.event"]],
                    ],
                    "request": [
                        "method": "POST",
                        "url": "https://api.example.com/events",
                        "headers": ["Authorization": ["@template": "Bearer {{settings.apiKey}}"]],
                        "json": ["n": ["@path": "$.payload.name"]],
                    ],
                ],
            ],
        ])
        let engine = try DestinationEngine(definition: definition, settings: ["apiKey": "k1"])

        let result = engine.process(event: ["type": "track", "event": "Signed Up"])
        #expect(result.failures.isEmpty && result.discardReason == nil)
        let request = try #require(result.requests.first)
        #expect(request.method == "POST" && request.url == "https://api.example.com/events")
        #expect(request.headers["Authorization"] == "Bearer k1")
        #expect(request.json == ["n": "Signed Up"])

        #expect(engine.process(event: ["type": "identify"]).discardReason == "no matching mapping")
    }

    @Test("ActionsEngine: the Topsort definition over the example events")
    func firstUse() throws {
        var root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        root.removeLast(3)  // Tests/ActionsEngineTests/DocCatalogExampleTests.swift
        let mappings = root.joined(separator: "/") + "/Mappings"
        let definitionFileBytes = try Array(String(contentsOfFile: mappings + "/topsort.json", encoding: .utf8).utf8)
        let lines = try String(contentsOfFile: mappings + "/examples/topsort.events.ndjson", encoding: .utf8)
            .split(separator: "\n").prefix(3).map(String.init)

        var sent: [(String, String)] = []
        var logged: [String] = []
        var discards: [String] = []
        func send(_ method: String, _ url: String, _ headers: JSONObject, _ json: JSON?) { sent.append((method, url)) }
        func log(_ text: String) { logged.append(text) }
        func countDiscard(_ reason: String) { discards.append(reason) }

        let definition = try DestinationDefinition(parsing: definitionFileBytes)
        let engine = try DestinationEngine(
            definition: definition,
            settings: ["api_key": "ts_live_…", "skipZeroPricePurchases": true]
        )
        for line in lines {
            let event = try JSON(parsing: line)
            let result = engine.process(event: event)
            for request in result.requests {
                send(request.method, request.url, request.headers, request.json)
            }
            for failure in result.failures {
                log("\(failure.subscription): \(failure.message)")
            }
            if let reason = result.discardReason { countDiscard(reason) }
        }
        #expect(sent.count == 3 && sent.allSatisfy { $0 == ("POST", "https://api.topsort.com/v2/events") })
        #expect(logged.isEmpty && discards.isEmpty)
    }

    @Test("ActionsEngine: parsing only what the engine reads")
    func projectedParsing() throws {
        var root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        root.removeLast(3)
        let mappings = root.joined(separator: "/") + "/Mappings"
        let engine = try DestinationEngine(
            definition: DestinationDefinition(parsing: Array(String(contentsOfFile: mappings + "/topsort.json", encoding: .utf8).utf8)),
            settings: ["api_key": "ts_live_…"]
        )
        let lines = try String(contentsOfFile: mappings + "/examples/topsort.events.ndjson", encoding: .utf8)
            .split(separator: "\n").prefix(3).map { Array($0.utf8) }
        var sent: [[JSON?]] = []
        func send(_ requests: [DestinationRequest]) { sent.append(requests.map(\.json)) }

        let parser = JSONDocumentParser()          // one per thread
        for line in lines {                         // each line: [UInt8]
            let event = try line.withUnsafeBytes { try parser.parse($0, keeping: engine.eventReads) }
            send(engine.process(event: event).requests)
        }
        let whole = try lines.map { engine.process(event: try JSON(parsing: $0)).requests.map(\.json) }
        #expect(sent == whole && sent.count == 3)
        #expect(engine.eventReads.paths.contains(["context", "page", "path"]) && !engine.eventReads.paths.contains(["context"]))
    }

    @Test("ActionsEngine: the layers on their own")
    func layers() throws {
        let event = try JSON(parsing: #"{"type":"track","event":"Order Completed","properties":{"price":12.5}}"#)
        let trigger = try Trigger(#"type = "track" and properties.price > 10"#)
        #expect(trigger.matches(event))
        #expect(trigger.explain(["type": "track"]) == "properties.price > 10 failed: properties.price is missing")

        let mapping = try Mapping(["total": ["@path": "$.properties.price"]])
        var mapped: JSON?
        if trigger.matches(event), let payload = try mapping.evaluate(event) {
            mapped = payload
        }
        #expect(mapped?.serialized() == #"{"total":12.5}"#)

        #expect(try LiquidTemplate("{{ event | upcase }}").render(event) == "ORDER COMPLETED")
        #expect(event["properties"]?["price"]?.doubleValue == 12.5)
    }
}
