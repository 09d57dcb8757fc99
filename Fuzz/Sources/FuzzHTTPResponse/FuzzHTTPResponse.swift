import Delivery
import FuzzSupport

/// What delivery reads of a response: `Retry-After` (seconds or an HTTP date), the
/// status's class, and redirect arguments.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPResponse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = FuzzSupport.text(data, size) else { return 0 }
    if let wait = RetryAfter.parse(text, now: 1_700_000_000), wait < .zero {
        FuzzSupport.finding("a negative Retry-After wait from \(text)")
    }
    if size >= 2 { _ = ResponseClass.of(status: Int(data[0]) * 256 + Int(data[1])) }
    if let r = Redirect(argument: text) { _ = r.apply(to: "https://api.topsort.com/v2/events?x=1") }
    return 0
}

@_cdecl("FuzzHTTPResponse_main")
public func fuzzHTTPResponseMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzHTTPResponse)
}
