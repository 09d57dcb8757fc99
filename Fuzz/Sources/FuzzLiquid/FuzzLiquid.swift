import FuzzSupport
import JSONValues
import Liquid

/// The production limits with a memory budget of 10^6 units instead of 10^8: linear work on
/// a 10^8-character text is fine in a release build (0.3 s) but takes seconds under
/// AddressSanitizer, which would make every such input a time-out and starve the search.
let limits: LiquidLimits = {
    var l = LiquidLimits()
    l.memory = 1e6
    return l
}()

/// A Liquid template → parse → render over sample events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLiquid(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = FuzzSupport.text(data, size), let template = try? LiquidTemplate(source, limits: limits) else { return 0 }
    for event in FuzzSupport.events.prefix(3) { _ = try? template.render(event) }
    return 0
}

@_cdecl("FuzzLiquid_main")
public func fuzzLiquidMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzLiquid)
}
