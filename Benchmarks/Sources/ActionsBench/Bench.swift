import BenchSupport
import JSONValues

/// The measurements. Each reads the in-memory lines and reports the best of `repeats`.
struct Bench {
    let lines: [[UInt8]]
    let repeats: Int
    /// The repository root, for Mappings/.
    let root: String

    var totalBytes: Int { lines.reduce(0) { $0 + $1.count + 1 } }
}
