import DestinationFilters
import JSONValues

/// Runs the destination-filter kinds (Tests/ConformanceTests/DestinationFilters/FORMAT.md).
///
/// - `filter-match`: compiles `matcher` (tsub's `{"type", "ir"}`) and tests `event`; a
///   matcher that does not compile is the error `expectError` looks for.
/// - `filter-transform`: reads `transformers` (tsub's `{"type", "config"}`) and applies
///   them in the order given, as tsub-js's `transform` does; a dropped event is `null`.
///
/// The quirk cases record tsub-js's defective consistent sampler; where this engine's
/// uniform sampler decides otherwise, the case is a known difference that gives the
/// number it drew.
enum FilterCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        switch c.kind {
        case "filter-match": return match(c)
        case "filter-transform": return transform(c)
        default: return .failed("kind '\(c.kind)' is not a destination-filter kind")
        }
    }

    static func match(_ c: ConformanceCase) -> CaseOutcome {
        guard let matcher = c["matcher"] else { return .notRun("the case has no \"matcher\"") }
        guard let event = c["event"] else { return .notRun("the case has no \"event\"") }
        let result: Result<JSON?, Error>
        do {
            result = .success(.bool(try FilterCondition(matcher: matcher).matches(event)))
        } catch {
            result = .failure(error)
        }
        return Expectation.check(c, result: result)
    }

    static func transform(_ c: ConformanceCase) -> CaseOutcome {
        guard let event = c["event"] else { return .notRun("the case has no \"event\"") }
        guard case .array(let list)? = c["transformers"] else { return .notRun("the case has no \"transformers\" list") }
        var actions: [FilterAction] = []
        let result: Result<JSON?, Error>
        do {
            for (i, t) in list.enumerated() {
                do { actions.append(try FilterAction(transformer: t)) } catch { throw error.located(under: "/transformers/\(i)") }
            }
            result = .success(FilterAction.transform(event, with: actions) ?? .null)
        } catch {
            result = .failure(error)
        }
        let outcome = Expectation.check(c, result: result)
        if c.isQuirk, case .failed = outcome, case .success(let got?) = result {
            let draws = actions.compactMap { a in a.sampleDraw(for: event).map { (a, $0) } }
            if !draws.isEmpty {
                let said = draws.map { a, d in
                    "\(a) draws \(sixDigits(d.draw)) for \(d.value?.stringified ?? "a missing value")"
                }.joined(separator: "; ")
                return .knownDifference("\(got.isNull ? "drops" : "keeps") the event: \(said) (the uniform sampler of docs/destination-filters.md, \"Sampling\")")
            }
        }
        return outcome
    }

    /// A number in (0, 1] to six significant digits.
    static func sixDigits(_ x: Double) -> String {
        guard x > 0 else { return "0" }
        var scale = 1e6
        var v = x
        while v < 0.1 { v *= 10; scale *= 10 }
        return JSONNumber.javaScriptText((x * scale).rounded() / scale)
    }
}
