import JSONValues
import Triggers

/// Runs the `fql-parse`, `fql-generate` and `subscription` kinds.
///
/// - `fql-parse`: compiles `fql`; the result is its reference condition tree, or the
///   compile error. A valid trigger that needs the full language (no reference tree)
///   yields `{"error": why}` as a value, which no case expects.
/// - `fql-generate`: writes `ast` back as trigger text.
/// - `subscription`: compiles `subscription` (text) or `ast` (tree) and evaluates `event`;
///   a trigger or tree that does not compile matches nothing (as in the reference).
enum TriggerCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        switch c.kind {
        case "fql-parse": return parse(c)
        case "fql-generate": return generate(c)
        case "subscription": return subscription(c)
        default: return .failed("kind '\(c.kind)' is not a trigger kind")
        }
    }

    static func parse(_ c: ConformanceCase) -> CaseOutcome {
        guard let fql = c["fql"]?.stringValue else { return .notRun("the case has no \"fql\" string") }
        let result: Result<JSON?, Error>
        do {
            let trigger = try Trigger(fql)
            if let tree = trigger.conditionTree {
                result = .success(tree)
            } else {
                result = .success(.object(JSONObject([("error", .string(trigger.referenceTreeError ?? "no reference tree"))])))
            }
        } catch {
            result = .failure(error)
        }
        let outcome = Expectation.check(c, result: result)
        if c.isQuirk, case .failed = outcome, case .failure(let error) = result {
            return .knownDifference(
                "reports a located error instead: \(error) (see docs/trigger-language.md, \"Differences from the reference\")")
        }
        return outcome
    }

    static func generate(_ c: ConformanceCase) -> CaseOutcome {
        guard let ast = c["ast"] else { return .notRun("the case has no \"ast\"") }
        let result: Result<JSON?, Error>
        do {
            result = .success(.string(try Trigger.generate(ast)))
        } catch {
            result = .failure(error)
        }
        return Expectation.check(c, result: result)
    }

    static func subscription(_ c: ConformanceCase) -> CaseOutcome {
        guard let event = c["event"] else { return .notRun("the case has no \"event\"") }
        let trigger: Trigger?
        if let text = c["subscription"]?.stringValue {
            trigger = try? Trigger(text)
        } else if let ast = c["ast"] {
            trigger = try? Trigger(conditionTree: ast)
        } else {
            return .failed("the case has neither \"subscription\" nor \"ast\"")
        }
        let matched = trigger?.matches(event) ?? false
        return Expectation.check(c, result: .success(.bool(matched)))
    }
}
