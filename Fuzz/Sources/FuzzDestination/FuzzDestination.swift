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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDestination(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let event = try? JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)) else { return 0 }
    for engine in engines {
        let result = engine.process(event: event)
        for r in result.requests { _ = r.jsonValue.serializedBytes() }
        if result.outcome == .discarded { _ = engine.explainDiscard(event: event) }
    }
    return 0
}

@_cdecl("FuzzDestination_main")
public func fuzzDestinationMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Build the engines before libFuzzer starts counting allocations per input.
    _ = engines.count
    return FuzzSupport.runDriver(argc, argv, fuzzDestination)
}
