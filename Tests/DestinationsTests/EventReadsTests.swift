import DestinationFilters
import JSONValues
import TestSupport
import XCTest
@testable import Destinations

/// `DestinationEngine.eventReads`: processing the part of an event the engine reads gives
/// the same result as processing the whole event, so `actions run` builds only that part.
final class EventReadsTests: XCTestCase {
    func engine(_ slug: String, subscriptions: Bool = false, filters: FilterSet = .none) throws -> DestinationEngine {
        let definition = try DestinationDefinition(parsing: RepoPaths.contents("Mappings/\(slug).json"))
        let settings = try JSONParser.parse(RepoPaths.contents("Mappings/examples/\(slug).settings.json"))
        let subs = subscriptions
            ? try Subscription.list(from: JSONParser.parse(RepoPaths.contents("Mappings/examples/\(slug).subscriptions.json")))
            : nil
        return try DestinationEngine(definition: definition, settings: settings, subscriptions: subs, filters: filters)
    }

    func testTopsortPresetsReadAFewMembers() throws {
        XCTAssertEqual(try engine("topsort").eventReads.paths, [
            ["anonymousId"], ["context", "device", "type"], ["context", "page", "path"], ["context", "page", "title"],
            ["event"], ["integrations"], ["messageId"], ["position"],
            ["properties", "additionalAttribution"], ["properties", "channel"], ["properties", "dspMetadata"], ["properties", "entity"],
            ["properties", "externalCampaignId"], ["properties", "externalVendorId"], ["properties", "object"], ["properties", "page"],
            ["properties", "placement"], ["properties", "products"], ["properties", "resolvedBidId"], ["timestamp"], ["type"],
        ])
    }

    func testDestinationFiltersReadEverything() throws {
        let filters = try FilterSet(parsing: Array(#"[{"if": "all", "actions": [{"type": "drop_properties", "fields": {"properties": ["x"]}}]}]"#.utf8))
        XCTAssertTrue(try engine("topsort", filters: filters).eventReads.keepsEverything)
    }

    /// Every event of the repo's examples, fixtures and conformance corpus, and random
    /// variations of them, through each destination's subscriptions: the same requests,
    /// failures, skips and discards from the projected parse as from the whole event.
    func testProjectedEventsProcessAlike() throws {
        let engines = [try engine("topsort"), try engine("toplyne"), try engine("antavo", subscriptions: true), try engine("antavo")]
        // The shipped mappings all say what they read.
        for engine in engines { XCTAssertFalse(engine.eventReads.keepsEverything, engine.definition.slug) }
        var events: [JSON] = []
        for slug in ["topsort", "toplyne", "antavo"] {
            // The examples hold malformed lines on purpose: those are left out.
            let lines = try String(contentsOfFile: RepoPaths.path("Mappings/examples/\(slug).events.ndjson"), encoding: .utf8)
            events += lines.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
            for file in [RepoPaths.fixtures + "/\(slug).json", RepoPaths.corpus + "/destination-\(slug).json"] {
                let doc = try JSONParser.parse(String(contentsOfFile: file, encoding: .utf8))
                events += (doc["cases"]?.arrayValue ?? []).compactMap { $0["event"] }
            }
        }
        XCTAssertGreaterThan(events.count, 100)
        var rng = SplitMix64(seed: 5)
        let noise: [JSON] = [.null, "", 0, [], [:], ["x": [1, ["y": "z"]]], "Order Completed", "track"]
        let keys = ["type", "event", "properties", "context", "traits", "userId", "integrations", "page", "device", "products", "zz"]
        var variants = events
        for _ in 0..<2_000 {
            var event = events.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                event = vary(event, keys: keys, noise: noise, &rng)
            }
            variants.append(event)
        }
        let parser = JSONDocumentParser()
        var projectedAny = 0
        for engine in engines {
            for event in variants {
                let text = Array(event.serialized().utf8)
                let projected = try text.withUnsafeBytes { try parser.parse($0, keeping: engine.eventReads) }
                if projected != event { projectedAny += 1 }
                XCTAssertEqual(summary(engine.process(event: projected)), summary(engine.process(event: event)), event.serialized())
            }
        }
        XCTAssertGreaterThan(projectedAny, 1_000)
    }

    /// `event` with one member somewhere along its objects set to noise, removed, or added.
    func vary(_ event: JSON, keys: [String], noise: [JSON], _ rng: inout SplitMix64) -> JSON {
        guard case .object(var o) = event else { return event }
        let key = Bool.random(using: &rng) || o.isEmpty ? keys.randomElement(using: &rng)! : o[Int.random(in: 0..<o.count, using: &rng)].key
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: o[key] = noise.randomElement(using: &rng)!
        case 1: o.removeValue(forKey: key)
        default:
            if let inner = o[key], inner.objectValue != nil { o[key] = vary(inner, keys: keys, noise: noise, &rng) } else { o[key] = noise.randomElement(using: &rng)! }
        }
        return .object(o)
    }

    func summary(_ r: EventResult) -> String {
        var lines = ["matched \(r.matched) discard \(r.discardReason ?? "-")"]
        for q in r.requests { lines.append("\(q.subscriptionIndex) \(q.method) \(q.url) \(JSON.object(q.headers).serialized()) \(q.json?.serialized() ?? "-")") }
        for f in r.failures { lines.append("\(f.subscriptionIndex) failed \(f.field ?? "-"): \(f.message)") }
        for s in r.skipped { lines.append("\(s.subscriptionIndex) skipped \(s.reason)") }
        return lines.joined(separator: "\n")
    }
}
