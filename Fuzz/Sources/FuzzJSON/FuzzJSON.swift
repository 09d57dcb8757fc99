import FuzzSupport
import JSONValues

/// JSON parse → serialize → parse: the second parse must give the same value, and
/// serializing it again the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let value = try? JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)) else { return 0 }
    let text = value.serializedBytes()
    guard let again = try? JSONParser.parse(text) else { FuzzSupport.finding("serialized JSON does not parse: \(String(decoding: text, as: UTF8.self))") }
    if again != value { FuzzSupport.finding("round trip changed the value: \(String(decoding: text, as: UTF8.self))") }
    if again.serializedBytes() != text { FuzzSupport.finding("serializing twice differs") }
    _ = value.serialized(pretty: true)
    return 0
}

@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzJSON)
}
