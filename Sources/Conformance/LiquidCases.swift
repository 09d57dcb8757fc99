import JSONValues
import Liquid

/// Runs the `liquid` kind.
enum LiquidCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        .failed("kind '\(c.kind)' is not supported yet")
    }
}
