import JSONValues
import Destinations

/// Runs the `destination` kind.
enum DestinationCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        .failed("kind '\(c.kind)' is not supported yet")
    }
}
