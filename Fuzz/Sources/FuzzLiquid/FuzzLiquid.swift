import FuzzSupport
import JSONValues
import Liquid

/// A Liquid template → parse → render over sample events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLiquid(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = FuzzSupport.text(data, size), let template = try? LiquidTemplate(source) else { return 0 }
    for event in FuzzSupport.events.prefix(3) { _ = try? template.render(event) }
    return 0
}

@_cdecl("FuzzLiquid_main")
public func fuzzLiquidMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzLiquid)
}
