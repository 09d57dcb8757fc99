import JSONValues
import Triggers

/// Runs the `fql-parse`, `fql-generate` and `subscription` kinds.
enum TriggerCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        .failed("kind '\(c.kind)' is not supported yet")
    }
}
