import Foundation
import JSONValues
import Triggers
import XCTest

final class RandomizedTests: XCTestCase {
    let fragments = ["type", "event", "name", "userId", "properties.a", "traits.b.c", "context.ip", "receivedAt",
                     "=", "!=", "<", ">=", "and", "or", "!", "(", ")", "[", "]", ",", "in", "null", "true", "false",
                     "'x'", "\"y z\"", "1", "-2.5", "contains(", "match(", "length(", "lowercase(", "'a*'", "'*b'",
                     "'[a-c]?'", "\\", ".", "é", "\"", "'"]

    let events: [JSON] = [
        json(#"{"type":"track","event":"x","properties":{"a":1},"traits":{"b":{"c":"a"}},"context":{"ip":"1"}}"#),
        json(#"{"type":"identify","userId":null,"properties":{"a":"x"},"receivedAt":"y z"}"#),
        json("[]"),
        json("\"text\""),
        json("{}"),
    ]

    let fields = ["type", "event", "name", "userId", "properties.a", "traits.b.c", "context.ip", "receivedAt", "properties.product\\ 1"]
    let values = ["'x'", "\"y z\"", "1", "-2.5", "true", "false", "null", "track", "properties.a", "['x', 1]", "'it\\'s'"]
    let ops = ["=", "!=", "<", "<=", ">", ">="]

    /// A random, mostly well-formed condition.
    func condition(depth: Int, _ rng: inout SplitMix64) -> String {
        let choice = Int.random(in: 0..<(depth > 3 ? 4 : 9), using: &rng)
        let f = fields.randomElement(using: &rng)!
        switch choice {
        case 0, 1: return "\(f) \(ops.randomElement(using: &rng)!) \(values.randomElement(using: &rng)!)"
        case 2: return ["contains(\(f), 'a')", "match(\(f), 'a*')", "match(\(f), '*b')", "match(\(f), 'a?[b-c]*')",
                        "length(\(f)) > 0", "lowercase(\(f)) = 'x'", "typeof(\(f)) = 'string'"].randomElement(using: &rng)!
        case 3: return "\(values.randomElement(using: &rng)!) in \(f)"
        case 4: return "!" + condition(depth: depth + 1, &rng)
        case 5: return "(" + condition(depth: depth + 1, &rng) + ")"
        case 6: return condition(depth: depth + 1, &rng) + " or " + condition(depth: depth + 1, &rng)
        default: return condition(depth: depth + 1, &rng) + " and " + condition(depth: depth + 1, &rng)
        }
    }

    /// Random token soup never crashes; whatever compiles evaluates, explains consistently,
    /// and, when it has a tree, generates text that reads back to the same tree.
    func testRandomTriggersNeverCrashAndRoundTrip() {
        var rng = SplitMix64(seed: 42)
        var compiled = 0, withTree = 0
        for _ in 0..<20_000 {
            var text: String
            if Bool.random(using: &rng) {
                let count = Int.random(in: 1...9, using: &rng)
                text = (0..<count).map { _ in fragments.randomElement(using: &rng)! }.joined(separator: " ")
            } else {
                text = condition(depth: 0, &rng)
                if Int.random(in: 0..<5, using: &rng) == 0, !text.isEmpty {
                    // Corrupt one character.
                    var scalars = Array(text.unicodeScalars)
                    let at = Int.random(in: 0..<scalars.count, using: &rng)
                    scalars[at] = fragments.randomElement(using: &rng)!.unicodeScalars.first ?? " "
                    text = String(String.UnicodeScalarView(scalars))
                }
            }
            guard let t = try? Trigger(text) else { continue }
            compiled += 1
            for e in events {
                XCTAssertEqual(t.matches(e), t.explain(e) == nil, "\(text) on \(e)")
                // What the trigger reads decides it.
                XCTAssertEqual(t.matches(t.reads.apply(to: e)), t.matches(e), "\(text) reads \(t.reads), on \(e)")
            }
            guard let tree = t.conditionTree else {
                XCTAssertNotNil(t.referenceTreeError, text)
                continue
            }
            withTree += 1
            do {
                let generated = try Trigger.generate(tree)
                let back = try Trigger(generated)
                XCTAssertEqual(back.conditionTree, tree, "\(text) -> \(generated)")
                let fromTree = try Trigger(conditionTree: tree)
                for e in events {
                    XCTAssertEqual(fromTree.matches(e), t.matches(e), "\(text) on \(e)")
                    XCTAssertEqual(back.matches(e), t.matches(e), "\(generated) on \(e)")
                }
            } catch {
                XCTFail("\(text): \(error)")
            }
        }
        XCTAssertGreaterThan(compiled, 3_000)
        XCTAssertGreaterThan(withTree, 1_000)
    }

    /// Random condition trees generate text that reads back to the same tree.
    func testRandomTreesRoundTrip() {
        var rng = SplitMix64(seed: 7)
        let ops = ["=", "!=", "<", "<=", ">", ">=", "number_equals", "number_not_equals", "contains", "not_contains",
                   "starts_with", "not_starts_with", "ends_with", "not_ends_with", "exists", "not_exists", "is_true", "is_false"]
        let types = ["event-type", "event", "name", "userId", "event-property", "event-trait", "event-context"]
        let names = ["a", "a.b", "product 1", "x-y_z", "weird\"name", "ü", "a\\b", "1st"]
        let strings = ["", "x", "Order Completed", "with \"quotes\"", "back\\slash", "glob*?[x]", "it's", "ünï"]
        func leaf() -> JSON {
            let type = types.randomElement(using: &rng)!
            let op = ops.randomElement(using: &rng)!
            var o = JSONObject()
            o["type"] = .string(type)
            if ["event-property", "event-trait", "event-context"].contains(type) {
                o["name"] = .string(names.randomElement(using: &rng)!)
            }
            o["operator"] = .string(op)
            switch op {
            case "exists", "not_exists", "is_true", "is_false": break
            case "<", "<=", ">", ">=", "number_equals", "number_not_equals":
                o["value"] = .number(JSONNumber(Double(Int.random(in: -1000...1000, using: &rng)) / 4))
            default:
                o["value"] = .string(strings.randomElement(using: &rng)!)
            }
            return .object(o)
        }
        func group(_ depth: Int) -> JSON {
            let n = Int.random(in: 1...4, using: &rng)
            let children: [JSON] = (0..<n).map { _ in depth < 3 && Bool.random(using: &rng) ? group(depth + 1) : leaf() }
            return .object(JSONObject([("type", "group"), ("operator", Bool.random(using: &rng) ? "and" : "or"), ("children", .array(children))]))
        }
        for _ in 0..<3_000 {
            let tree = group(0)
            do {
                let text = try Trigger.generate(tree)
                let back = try Trigger(text)
                let original = try Trigger(conditionTree: tree)
                for e in events { XCTAssertEqual(back.matches(e), original.matches(e), "\(text) on \(e)") }
                XCTAssertEqual(back.conditionTree.map(Self.flattenSingletons), Self.flattenSingletons(tree), text)
            } catch {
                XCTFail("\(tree.serialized()): \(error)")
            }
        }
    }

    /// Groups of one child replaced by the child, at every level (`a and (b)` reads back
    /// as `a and b`; a root group of one child reads back as an `and` group).
    /// Also `ends_with ""` as `starts_with ""`: both are written `match(f, "*")`.
    static func flattenSingletons(_ t: JSON) -> JSON {
        guard case .object(var o) = t else { return t }
        if o["value"] == "", let op = o["operator"]?.stringValue, op.hasSuffix("ends_with") {
            o["operator"] = .string(op.replacingOccurrences(of: "ends_with", with: "starts_with"))
        }
        guard let children = o["children"]?.arrayValue else { return .object(o) }
        let flat = children.map(flattenSingletons)
        if flat.count == 1 { return flat[0] }
        o["children"] = .array(flat)
        return .object(o)
    }
}
