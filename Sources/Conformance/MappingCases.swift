import JSONValues
import MappingKit

/// Runs the `mapping` and `mapping-validate` kinds.
enum MappingCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        switch c.kind {
        case "mapping": return runMapping(c)
        case "mapping-validate": return runValidate(c)
        default: return .failed("kind '\(c.kind)' is not a mapping kind")
        }
    }

    /// Compiles `mapping`, evaluates it on `input`, and checks the expectation.
    static func runMapping(_ c: ConformanceCase) -> CaseOutcome {
        guard let configuration = c["mapping"] else { return .notRun("the case has no \"mapping\"") }
        let input = c["input"] ?? .object([:])
        let result: Result<JSON?, Error> = Result {
            let mapping = try Mapping(configuration)
            return try mapping.evaluate(input)
        }
        let outcome = Expectation.check(c, result: result)
        if c.isQuirk, case .failed(let why) = outcome {
            return .failed(explainQuirk(why, result: result))
        }
        return outcome
    }

    /// Checks `valid` / `errorContains` against every error validation reports.
    static func runValidate(_ c: ConformanceCase) -> CaseOutcome {
        guard let configuration = c["mapping"] else { return .notRun("the case has no \"mapping\"") }
        guard let valid = c["valid"]?.boolValue else { return .notRun("the case has no \"valid\"") }
        let errors = Mapping.validate(configuration)
        let messages = errors.map(\.description)
        if valid {
            return errors.isEmpty ? .passed : .failed("expected a valid mapping but validation reported:\n" + messages.joined(separator: "\n"))
        }
        if errors.isEmpty { return .failed("expected validation errors but the mapping is valid") }
        if let fragment = c["errorContains"]?.stringValue, !fragment.isEmpty {
            let wanted = fragment.lowercased()
            if messages.contains(where: { $0.lowercased().contains(wanted) }) { return .passed }
            return .failed("expected an error containing \"\(fragment)\"; validation reported:\n" + messages.joined(separator: "\n"))
        }
        return .passed
    }

    /// Adds what this engine does instead, and where the difference is documented.
    static func explainQuirk(_ why: String, result: Result<JSON?, Error>) -> String {
        let got: String
        switch result {
        case .success(let value?): got = "resolves to \(value.serialized())"
        case .success(nil): got = "resolves to nothing (absent)"
        case .failure(let error): got = "fails with: \(error)"
        }
        return "\(why)\nthis engine deliberately \(got) (see docs/mapping-language.md, \"Differences from the reference\")"
    }
}
