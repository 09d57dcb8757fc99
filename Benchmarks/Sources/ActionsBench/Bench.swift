import BenchSupport
import Destinations
import JSONValues
import MappingKit
import Triggers

#if canImport(Glibc)
import Glibc
#endif

/// The measurements. Each reads the in-memory lines and reports the best of `repeats`.
struct Bench {
    let lines: [[UInt8]]
    let repeats: Int
    /// The repository root, for Mappings/.
    let root: String

    var totalBytes: Int { lines.reduce(0) { $0 + $1.count + 1 } }

    /// The events, parsed once outside the timed region.
    func parsedEvents() -> [JSON] { lines.compactMap { try? JSONParser.parse($0) } }

    /// The Topsort purchase action's default mapping (an `@arrayPath` over
    /// `properties.products` with an `@if`), on the Order Completed events.
    func mapping() throws {
        let config = try JSON(parsing: #"""
        {
          "id": {"@path": "$.messageId"},
          "occurredAt": {"@path": "$.timestamp"},
          "opaqueUserId": {"@path": "$.anonymousId"},
          "items": {"@arrayPath": ["$.properties.products", {
            "productId": {"@path": "$.product_id"},
            "unitPrice": {"@path": "$.price"},
            "quantity": {"@path": "$.quantity"},
            "vendorId": {"@if": {"exists": {"@path": "$.vendorId"}, "then": {"@path": "$.vendorId"}, "else": {"@path": "$.brand"}}}
          }]},
          "deviceType": {"@path": "$.context.device.type"},
          "channel": {"@path": "$.properties.channel"}
        }
        """#)
        let mapping = try Mapping(config)
        let orders = parsedEvents().filter { $0["event"]?.stringValue == "Order Completed" }
        var sink = 0
        let t = try Stopwatch.best(repeats) {
            for e in orders {
                if let v = try mapping.evaluate(e), case .object(let o) = v { sink &+= o.count }
            }
        }
        report("mapping_topsort_purchase", seconds: t, items: orders.count, extra: "\"sink\":\(sink % 7)")

        // Two figures that say what bounds the one above (docs/performance.md).
        // The same mapping, each event mapped right after it was parsed (in batches of 16,
        // the parse not timed), as `actions run` maps it: the event is still in cache.
        let orderLines = lines.filter { isOrderCompleted($0) }
        var warm = Double.infinity, warmCount = 0
        for _ in 0..<max(1, repeats) {
            var elapsed = 0.0
            warmCount = 0
            var start = 0
            while start < orderLines.count {
                let batch = orderLines[start..<min(start + 16, orderLines.count)].compactMap { try? JSONParser.parse($0) }
                start += 16
                let t0 = Stopwatch.now()
                for e in batch {
                    if let v = try mapping.evaluate(e), case .object(let o) = v { sink &+= o.count }
                }
                elapsed += Stopwatch.now() - t0
                warmCount += batch.count
            }
            warm = min(warm, elapsed)
        }
        report("mapping_topsort_purchase_warm", seconds: warm, items: warmCount, extra: "\"sink\":\(sink % 7)")
        // Only reading, on the events the first figure maps, what the mapping reads, and
        // building nothing: no evaluator over these trees can be faster than this.
        let floor = Stopwatch.best(repeats) {
            for e in orders { sink &+= readsOfTopsortPurchase(e) }
        }
        report("mapping_read_floor", seconds: floor, items: orders.count, extra: "\"sink\":\(sink % 7)")
    }

    /// Whether the line is an Order Completed event (a cheap test on the bytes, confirmed
    /// when the event is parsed).
    private func isOrderCompleted(_ line: [UInt8]) -> Bool {
        String(decoding: line, as: UTF8.self).contains(#""event":"Order Completed""#)
    }

    /// Reads the values the Topsort purchase mapping reads (the members it copies, and
    /// `brand` where an item has no `vendorId`), and counts those present.
    private func readsOfTopsortPurchase(_ event: JSON) -> Int {
        guard case .object(let e) = event else { return 0 }
        var found = 0
        if e["messageId"] != nil { found &+= 1 }
        if e["timestamp"] != nil { found &+= 1 }
        if e["anonymousId"] != nil { found &+= 1 }
        if e["context"]?["device"]?["type"] != nil { found &+= 1 }
        guard case .object(let properties)? = e["properties"] else { return found }
        if properties["channel"] != nil { found &+= 1 }
        guard case .array(let products)? = properties["products"] else { return found }
        for case .object(let item) in products {
            if item["product_id"] != nil { found &+= 1 }
            if item["price"] != nil { found &+= 1 }
            if item["quantity"] != nil { found &+= 1 }
            if item["vendorId"] != nil || item["brand"] != nil { found &+= 1 }
        }
        return found
    }

    /// The default triggers of Topsort's presets, each evaluated on every event.
    func trigger() throws {
        let sources = [
            #"type = "track" and event = "Product Viewed""#,
            #"type = "track" and event = "Product List Viewed""#,
            #"type = "track" and event = "Product Clicked""#,
            #"type = "track" and event = "Order Completed""#,
            #"type = "track" and event = "Banner Impression""#,
            #"type = "track" and event = "Banner Click""#,
            #"type = "page" or type = "screen""#,
        ]
        let triggers = try sources.map { try Trigger($0) }
        let events = parsedEvents()
        var matched = 0
        let t = Stopwatch.best(repeats) {
            for e in events {
                for trig in triggers where trig.matches(e) { matched &+= 1 }
            }
        }
        report("trigger_topsort_presets", seconds: t, items: events.count * triggers.count,
               extra: "\"events_per_second\":\(Int(Double(events.count) / t)),\"matched\":\(matched / max(1, repeats))")
        // Mixed reference-dialect and full-language triggers, and compilation.
        for r in try runTriggerBenchmark(events: events, repeats: repeats, clock: Stopwatch.now) {
            report(r.name, seconds: r.seconds, items: r.items, extra: "\"matched\":\(r.matched)")
        }
    }

    /// The whole filter in process: parse each line, run the Topsort presets, serialize
    /// each request as the NDJSON record `actions run` writes. Reading the file and writing
    /// to stdout are left out (docs/performance.md times the CLI for those).
    func pipeline() throws {
        let definition = try DestinationDefinition(parsing: BenchInput.readFile(path: root + "/Mappings/topsort.json"))
        let settings = try JSONParser.parse(BenchInput.readFile(path: root + "/Mappings/examples/topsort.settings.json"))
        // PIPELINE_ONLY=N keeps only preset N (0-based), as a destination with one subscription.
        let only = getenv("PIPELINE_ONLY").flatMap { Int(String(cString: $0)) }
        let subscriptions = only.map { [DestinationEngine.defaultSubscriptions(of: definition)[$0]] }
        let engine = try DestinationEngine(definition: definition, settings: settings, subscriptions: subscriptions)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        var requests = 0, discarded = 0, errors = 0, bytesOut = 0
        let parser = JSONDocumentParser()  // as `actions run` does: one parser for the stream
        // PIPELINE_SCREEN=0 builds every event, as before `cannotMatch` existed.
        let screening = getenv("PIPELINE_SCREEN").map { String(cString: $0) != "0" } ?? true
        var screen = screening ? DiscardScreen(engine: engine) : nil
        // PIPELINE_PROJECT=0 builds whole events, as before `eventReads` existed.
        let projecting = getenv("PIPELINE_PROJECT").map { String(cString: $0) != "0" } ?? true
        let reads = projecting ? engine.eventReads : .everything
        let t = Stopwatch.best(repeats) {
            requests = 0; discarded = 0; errors = 0; bytesOut = 0
            if screening { screen = DiscardScreen(engine: engine) }
            for (n, line) in lines.enumerated() {
                // As `actions run` does when discard records are not written: an event no
                // trigger can match is counted without being built.
                if screen != nil, line.withUnsafeBytes({ screen!.skips($0, parser: parser) }) { discarded += 1; continue }
                // As `actions run` does: only what the engine reads is built.
                guard let event = try? line.withUnsafeBytes({ try parser.parse($0, keeping: reads) }) else { errors += 1; continue }
                let result = engine.process(event: event)
                if result.requests.isEmpty {
                    if result.failures.isEmpty { discarded += 1 } else { errors += 1 }
                }
                for r in result.requests {
                    var record = JSONObject(minimumCapacity: 6)
                    record.appendUnchecked("line", .int(n + 1))
                    record.appendUnchecked("subscription", .string(r.subscription))
                    record.appendUnchecked("method", .string(r.method))
                    record.appendUnchecked("url", .string(r.url))
                    record.appendUnchecked("headers", .object(r.headers))
                    if let json = r.json { record.appendUnchecked("json", json) }
                    out.removeAll(keepingCapacity: true)
                    JSONSerializer.write(.object(record), into: &out)
                    out.append(0x0A)
                    bytesOut &+= out.count
                    requests += 1
                }
            }
        }
        report("pipeline_topsort_presets", seconds: t, items: lines.count, bytes: totalBytes,
               extra: "\"projected\":\(!reads.keepsEverything),\"requests\":\(requests),\"discarded\":\(discarded),\"errors\":\(errors),\"bytes_out\":\(bytesOut)")
    }
}
