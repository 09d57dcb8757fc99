import JSONValues
import Triggers
import XCTest

/// Runs the trigger kinds of the vendored conformance corpus straight against the module
/// (the full runner lives in Tests/ConformanceTests; this keeps the module's own tests
/// honest even when other modules are mid-change).
final class CorpusTests: XCTestCase {
    func cases(_ file: String) throws -> [JSONObject] {
        let text = try String(contentsOfFile: RepoPaths.corpus + "/" + file, encoding: .utf8)
        let doc = try JSONParser.parse(text)
        return (doc["cases"]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    func check(_ c: JSONObject, failures: inout [String]) {
        let name = c["name"]?.stringValue ?? "?"
        let quirk = c["quirk"]?.boolValue ?? false
        switch c["kind"]?.stringValue {
        case "fql-parse":
            let fql = c["fql"]?.stringValue ?? ""
            if c["expectError"] != nil {
                if let t = try? Trigger(fql) { failures.append("\(name): expected an error, got \(t.conditionTree?.serialized() ?? "no tree")") }
            } else if let want = c["expect"] {
                do {
                    let t = try Trigger(fql)
                    if t.conditionTree != want { failures.append("\(name): tree \(t.conditionTree?.serialized() ?? "nil: \(t.referenceTreeError ?? "")")") }
                } catch {
                    if !quirk { failures.append("\(name): \(error)") }
                }
            }
        case "fql-generate":
            guard let ast = c["ast"], let want = c["expect"]?.stringValue else { return }
            do {
                let text = try Trigger.generate(ast)
                if text != want { failures.append("\(name): generated \(text)") }
                let back = try Trigger(text)
                if back.conditionTree.map(normalized) != normalized(ast) { failures.append("\(name): round trip gave \(back.conditionTree?.serialized() ?? "nil")") }
            } catch {
                failures.append("\(name): \(error)")
            }
        case "subscription":
            guard let event = c["event"], let want = c["expect"]?.boolValue else { return }
            var t: Trigger?
            if let s = c["subscription"]?.stringValue { t = try? Trigger(s) } else if let ast = c["ast"] { t = try? Trigger(conditionTree: ast) }
            let got = t?.matches(event) ?? false
            if got != want { failures.append("\(name): got \(got)") }
            if let t, got != (t.explain(event) == nil) { failures.append("\(name): explain disagrees with matches") }
            if let t, got, let g = t.guardCondition, !g.admits(event[g.key]) { failures.append("\(name): its guard rejects the event") }
            // What the trigger reads decides it: the event cut down to that matches alike.
            if let t, t.matches(t.reads.apply(to: event)) != got { failures.append("\(name): \(t.reads) is not all it reads") }
        default:
            break
        }
    }

    /// The tree with the values of numeric operators as numbers (the reference converts
    /// them with `Number()` anyway, and the text form writes them as numbers).
    func normalized(_ tree: JSON) -> JSON {
        guard case .object(var o) = tree else { return tree }
        if let children = o["children"]?.arrayValue { o["children"] = .array(children.map(normalized)) }
        let numeric = ["<", "<=", ">", ">=", "number_equals", "number_not_equals"]
        if let op = o["operator"]?.stringValue, numeric.contains(op), let s = o["value"]?.stringValue, let d = Double(s) {
            o["value"] = .number(JSONNumber(d))
        }
        return .object(o)
    }

    func run(_ file: String) throws {
        var failures: [String] = []
        let all = try cases(file)
        XCTAssertFalse(all.isEmpty, "no cases in \(file)")
        for c in all { check(c, failures: &failures) }
        XCTAssertEqual(failures, [], "\(file): \(failures.count) of \(all.count) failed")
    }

    func testParseCorpus() throws { try run("fql-parse.json") }
    func testGenerateCorpus() throws { try run("fql-generate.json") }
    func testSubscriptionCorpus() throws { try run("subscription.json") }
    func testFilterCorpus() throws { try run("fql-filter.json") }
}
