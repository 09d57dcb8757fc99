import DestinationFilters
import FuzzSupport
import JSONValues

/// A destination-filters file → load → apply to sample events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFilters(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let filters = try? FilterSet(parsing: Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    var rng = SplitMix(seed: UInt64(size))
    for event in FuzzSupport.events { _ = filters.apply(to: event, using: &rng) }
    return 0
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@_cdecl("FuzzFilters_main")
public func fuzzFiltersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzFilters)
}
