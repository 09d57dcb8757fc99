import JSONValues
import XCTest
@testable import MappingKit

/// `Path.lookup`, and an object node's plain-path members, walk objects and arrays by
/// address; they must give exactly what the reference's `get()` gives, written here as the
/// plain recursive walk by value.
final class PathLookupTests: XCTestCase {
    /// The reference's `get()`: `prev && prev[key]` at every step, in JavaScript terms.
    static func get(_ value: JSON?, _ keys: ArraySlice<String>) -> JSON? {
        guard let value, let key = keys.first else { return value }
        let rest = keys.dropFirst()
        let index = Int(key).flatMap { String($0) == key && $0 >= 0 ? $0 : nil }
        // `JSON` is `ExpressibleByNilLiteral`: absent is spelled out, never a bare `nil`.
        let absent: JSON? = Optional.none
        switch value {
        case .null: return value
        case .bool(let b): return b ? absent : value
        case .number(let n): return n.doubleValue == 0 ? value : absent
        case .string(let s):
            if s.isEmpty { return value }
            let units = Array(s.utf16)
            if let index { return index < units.count ? get(.string(String(decoding: [units[index]], as: UTF16.self)), rest) : absent }
            return key == "length" ? get(.int(units.count), rest) : absent
        case .array(let a):
            if let index { return index < a.count ? get(a[index], rest) : absent }
            return key == "length" ? get(.int(a.count), rest) : absent
        case .object(let o):
            return get(o.first(where: { Array($0.key.utf8) == Array(key.utf8) })?.value, rest)
        }
    }

    func testRandomPathsAgreeWithTheReferenceWalk() {
        var rng = SplitMix64(seed: 0x9A7B)
        let names = ["a", "b", "0", "1", "length", "K", "\u{212A}", "a-key-longer-than-fifteen-bytes"]
        func tree(_ depth: Int) -> JSON {
            switch Int.random(in: 0..<(depth == 0 ? 5 : 8), using: &rng) {
            case 0: return .null
            case 1: return .int(Int.random(in: 0...2, using: &rng))
            case 2: return .string(["", "x", "text", "h\u{E9}"].randomElement(using: &rng)!)
            case 3: return .bool(Bool.random(using: &rng))
            case 4: return .number(JSONNumber(0.5))
            case 5: return .array((0..<Int.random(in: 0...3, using: &rng)).map { _ in tree(depth - 1) })
            default:
                var o = JSONObject()
                let count = Int.random(in: 0...4, using: &rng) + (Int.random(in: 0..<4, using: &rng) == 0 ? 25 : 0)
                for n in 0..<count { o[n < 4 ? names.randomElement(using: &rng)! : "m\(n)"] = tree(depth - 1) }
                return .object(o)
            }
        }
        for _ in 0..<4000 {
            let root = tree(4)
            let keys = (0..<Int.random(in: 0...5, using: &rng)).map { _ in names.randomElement(using: &rng)! }
            let path = Path(getSyntax: keys.joined(separator: "."))
            let expected = Self.get(root, ArraySlice(path.segments.map(\.key)))
            XCTAssertEqual(path.lookup(in: root), expected, "\(keys) in \(root.serialized())")
            // An object's plain-path members are walked by the object node itself, from
            // an object payload; any other payload goes through the path node.
            let node = ObjectNode([(key: "k", node: PathNode(path)), (key: "c", node: ConstantNode(.int(1)))])
            let object = try? EvaluationBudget.with { try node.evaluate(root, $0) }
            XCTAssertEqual(object?["k"], expected, "\(keys) in \(root.serialized()), as a member")
            XCTAssertEqual(object?["c"], .int(1))
        }
        XCTAssertNil(Path(getSyntax: "a").lookup(in: nil))
    }
}
