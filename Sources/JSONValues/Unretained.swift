/// A reference to an object that its owner keeps alive for longer than any use of this
/// reference, read without reference counting.
///
/// A compiled plan (an engine's subscriptions, a mapping's nodes, a schema, a projection)
/// is built once and then read by every thread for every event. Each time Swift copies a
/// reference to one of its objects out of an array to call it, it retains the object and
/// releases it after the call: two atomic writes to the object's header. Threads that
/// share the plan then write to the same cache lines for every event, and each write
/// waits for the line to come back from the other core. Reading through an `Unretained`
/// reference lends the object for the length of a closure without those writes.
///
/// Only for objects that are owned elsewhere, strongly, for as long as this reference is
/// used: typically a node's children, kept both in a strong array (which owns them) and
/// as `Unretained` references (which are read).
///
/// Public only as SPI (`@_spi(Unretained) import JSONValues`), for the engine's own
/// layers: `@inlinable` declarations with `package` access are not inlined into other
/// modules by this toolchain, and a call left out of line costs more than the retain.
@_spi(Unretained) public struct Unretained<Object: AnyObject>: @unchecked Sendable {
    @usableFromInline let reference: Unmanaged<Object>

    /// A reference to `object`, which something else keeps alive.
    @inlinable
    public init(_ object: Object) { reference = .passUnretained(object) }

    /// `body`'s result on the object, lent without a retain or a release.
    @inlinable @inline(__always)
    public func with<Result>(_ body: (Object) throws -> Result) rethrows -> Result {
        try reference._withUnsafeGuaranteedRef(body)
    }
}
