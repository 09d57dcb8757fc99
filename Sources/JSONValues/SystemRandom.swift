/// The system's random generator, with a stored byte, for code that many threads run at
/// once (filter sampling, retry jitter).
///
/// `SystemRandomNumberGenerator` has no size, so every thread's `inout` access to one
/// lands on the same shared address, which ThreadSanitizer reports as a race between
/// threads drawing at once; a generator with a size lives in each caller's own frame.
package struct SystemRandom: RandomNumberGenerator {
    var system = SystemRandomNumberGenerator()
    var padding: UInt8 = 0

    /// A generator drawing from the system's.
    package init() {}

    package mutating func next() -> UInt64 { system.next() }
}
