import Conformance
import Destinations
import FuzzSupport
import JSONValues

/// One NDJSON line through each shipped destination's engine (presets, example settings).
let engines: [DestinationEngine] = ["topsort", "antavo", "toplyne"].map { name in
    let definition = try! DestinationDefinition(parsing: try! FileIO.readAll(path: FuzzSupport.root + "/Mappings/\(name).json"))
    let settings = try! JSONParser.parse(try! FileIO.readAll(path: FuzzSupport.root + "/Mappings/examples/\(name).settings.json"))
    return try! DestinationEngine(definition: definition, settings: settings)
}

/// The event built whole and built as `actions run` builds it (only `eventReads`) must give
/// the same requests, failures and discards.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDestination(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeRawBufferPointer(start: data, count: size)
    guard let event = try? JSONParser.parse(buffer) else { return 0 }
    for engine in engines {
        let result = engine.process(event: event)
        let requests = result.requests.map { $0.jsonValue.serializedBytes() }
        if result.outcome == .discarded { _ = engine.explainDiscard(event: event) }
        guard let projected = try? JSONDocumentParser().parse(buffer, keeping: engine.eventReads) else {
            FuzzSupport.finding("parse(keeping:) refused what parse accepted")
        }
        let again = engine.process(event: projected)
        if again.requests.map({ $0.jsonValue.serializedBytes() }) != requests || again.failures.map(\.message) != result.failures.map(\.message)
            || again.discardReason != result.discardReason || again.matched != result.matched {
            FuzzSupport.finding("\(engine.definition.slug): the projected event (\(engine.eventReads)) processed differently")
        }
    }
    return 0
}

@_cdecl("FuzzDestination_main")
public func fuzzDestinationMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Build the engines before libFuzzer starts counting allocations per input.
    _ = engines.count
    return FuzzSupport.runDriver(argc, argv, fuzzDestination)
}
