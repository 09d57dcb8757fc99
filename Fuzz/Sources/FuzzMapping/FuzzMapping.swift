import FuzzSupport
import JSONValues
import MappingKit

/// Mapping JSON → validate → compile → evaluate on sample events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMapping(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let configuration = try? JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)) else { return 0 }
    _ = Mapping.validate(configuration)
    guard let mapping = try? Mapping(configuration) else { return 0 }
    for event in FuzzSupport.events {
        if let out = try? mapping.evaluate(event) { _ = out.serializedBytes() }
    }
    return 0
}

@_cdecl("FuzzMapping_main")
public func fuzzMappingMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzMapping)
}
