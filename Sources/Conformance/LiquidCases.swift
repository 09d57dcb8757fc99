import JSONValues
import Liquid

/// Runs the `liquid` kind: parses `template` (a parse error is the result) and renders it
/// with `input` as its data; the rendered string is compared with `expect`, or the error
/// message with `expectError`.
enum LiquidCases {
    static func run(_ c: ConformanceCase, context: RunnerContext) -> CaseOutcome {
        guard let template = c["template"]?.stringValue else { return .notRun("the case has no \"template\" string") }
        let input = c["input"] ?? .object(JSONObject())
        let result: Result<JSON?, Error>
        do {
            let parsed = try LiquidTemplate(template)
            result = .success(.string(try parsed.render(input)))
        } catch {
            result = .failure(error)
        }
        return Expectation.check(c, result: result)
    }
}
