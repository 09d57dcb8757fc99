import JSONValues
import MappingKit

/// Runs the `mapping` and `mapping-validate` kinds.
enum MappingCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        .failed("kind '\(c.kind)' is not supported yet")
    }
}
