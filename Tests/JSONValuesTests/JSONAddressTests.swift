import TestSupport
import XCTest
@testable import JSONValues

/// Walks by address reach what a walk by value reaches, and member lookups find keys by
/// their bytes however the key strings are stored.
final class JSONAddressTests: XCTestCase {
    /// What a walk by value gives: the value reached, `nil` for absent, or the step at
    /// which a value that is neither an object nor an indexable array stops it.
    enum Expected: Equatable {
        case reached(JSON)
        case absent
        case blocked(JSON, Int)
    }

    static func reference(_ steps: [JSONAddress.Step], from root: JSON) -> Expected {
        var current = root
        for (i, step) in steps.enumerated() {
            switch current {
            case .object(let o):
                guard let next = o.first(where: { Array($0.key.utf8) == Array(step.key.utf8) })?.value else { return .absent }
                current = next
            case .array(let a):
                guard let index = step.index else { return .blocked(current, i) }
                guard index >= 0, index < a.count else { return .absent }
                current = a[index]
            default:
                return .blocked(current, i)
            }
        }
        return .reached(current)
    }

    static func walk(_ steps: [JSONAddress.Step], from root: JSON) -> Expected {
        withUnsafePointer(to: root) { root in
            steps.withUnsafeBufferPointer { steps in
                switch JSONAddress.follow(steps, from: root) {
                case .reached(let p): return .reached(p.pointee)
                case .absent: return .absent
                case .blocked(let p, let i): return .blocked(p.pointee, i)
                }
            }
        }
    }

    static func walkInObject(_ steps: [JSONAddress.Step], from object: JSONObject) -> Expected {
        steps.withUnsafeBufferPointer { steps in
            switch JSONAddress.follow(steps, in: object) {
            case .reached(let p): return .reached(p.pointee)
            case .absent: return .absent
            case .blocked(let p, let i): return .blocked(p.pointee, i)
            }
        }
    }

    func step(_ key: String) -> JSONAddress.Step { JSONAddress.Step(key: key, index: Int(key)) }

    func testEachWayAWalkEnds() throws {
        let doc = try JSONParser.parse(#"{"a": {"b": [10, {"c": "x"}], "s": "text", "n": null}, "t": true}"#)
        let cases: [([String], Expected)] = [
            (["a", "b", "1", "c"], .reached(.string("x"))),
            (["a", "b", "0"], .reached(.int(10))),
            (["a", "b", "2"], .absent),
            (["a", "b", "length"], .blocked(try JSONParser.parse("[10, {\"c\": \"x\"}]"), 2)),
            (["a", "s", "0"], .blocked(.string("text"), 2)),
            (["a", "n", "x"], .blocked(.null, 2)),
            (["t", "x"], .blocked(.bool(true), 1)),
            (["missing"], .absent),
            (["a", "b", "0", "x"], .blocked(.int(10), 3)),
        ]
        for (keys, expected) in cases {
            let steps = keys.map(step)
            XCTAssertEqual(Self.walk(steps, from: doc), expected, keys.joined(separator: "."))
            XCTAssertEqual(Self.walkInObject(steps, from: try XCTUnwrap(doc.objectValue)), expected, keys.joined(separator: "."))
        }
        XCTAssertEqual(Self.walk([], from: doc), .reached(doc))
    }

    func testANegativeIndexIsAbsent() throws {
        let doc = try JSONParser.parse(#"{"a": [1, 2]}"#)
        XCTAssertEqual(Self.walk([step("a"), JSONAddress.Step(key: "-1", index: -1)], from: doc), .absent)
    }

    /// Keys made in heap storage, though short enough to be small strings, are stored
    /// small and found by their bytes; so are look-alike keys, below and above the index
    /// threshold.
    func testKeysAreFoundByTheirBytesHoweverTheyAreStored() {
        func heapString(_ s: String) -> String {
            var out = ""
            out.reserveCapacity(64)
            out += s
            return out
        }
        let keys = ["id", "product_id", "\u{1E0A}", "D\u{0307}", "K", "\u{212A}", "123456789012345", "a-key-longer-than-fifteen-bytes"]
        for filler in [0, 30] {
            for heapKeys in [false, true] {
                var o = JSONObject()
                for f in 0..<filler { o["f\(f)"] = .int(f) }
                for (n, k) in keys.enumerated() { o[heapKeys ? heapString(k) : k] = .int(100 + n) }
                XCTAssertEqual(o.count, filler + keys.count)
                for (k, _) in o where k.utf8.count <= ExactText.smallCapacity {
                    XCTAssertNotEqual(unsafeBitCast(k, to: (UInt64, UInt64).self).1 & ExactText.smallFlag, 0, "\(k) is stored small")
                }
                for (n, k) in keys.enumerated() {
                    for probe in [k, heapString(k)] {
                        XCTAssertEqual(o.position(of: probe), filler + n, "\(k) filler \(filler) heap \(heapKeys)")
                        XCTAssertEqual(Self.walkInObject([step(probe)], from: o), .reached(.int(100 + n)))
                        XCTAssertEqual(Self.walk([step(probe)], from: .object(o)), .reached(.int(100 + n)))
                    }
                }
                for missing in ["", "i", "idx", "product_i", "\u{1E0A}x", "k", "1234567890123456"] {
                    XCTAssertNil(o.position(of: missing), missing)
                    XCTAssertNil(o.position(of: heapString(missing)), missing)
                }
            }
        }
    }

    /// A projection's names made in heap storage become the parsed object's keys (the
    /// projecting parser stores the names it finds): they are stored small and found.
    func testKeysFromAProjectionMadeInHeapStorageAreFound() throws {
        func heapString(_ s: String) -> String {
            var out = ""
            out.reserveCapacity(64)
            out += s
            return out
        }
        let projection = JSONProjection(paths: [[heapString("properties"), heapString("price")], [heapString("event")]])
        let text = Array(#"{"event": "Order Completed", "properties": {"price": 5, "name": "x"}, "userId": "u"}"#.utf8)
        let doc = try text.withUnsafeBytes { try JSONDocumentParser().parse($0, keeping: projection) }
        let o = try XCTUnwrap(doc.objectValue)
        XCTAssertEqual(o.position(of: "event"), 0)
        XCTAssertEqual(o["properties"]?["price"], .int(5))
        XCTAssertNil(o["properties"]?["name"])
        XCTAssertEqual(Self.walkInObject([step("properties"), step("price")], from: o), .reached(.int(5)))
    }

    /// Random trees and random walks: the walk by address agrees with the walk by value.
    func testRandomWalksAgreeWithAWalkByValue() {
        var rng = SplitMix64(seed: 0xADD2E55)
        let names = ["a", "b", "c", "0", "1", "2", "length", "\u{1E0A}", "D\u{0307}", "a-key-longer-than-fifteen-bytes"]
        func tree(_ depth: Int) -> JSON {
            switch Int.random(in: 0..<(depth == 0 ? 4 : 7), using: &rng) {
            case 0: return .null
            case 1: return .int(Int.random(in: -1...2, using: &rng))
            case 2: return .string(["", "x", "text"].randomElement(using: &rng)!)
            case 3: return .bool(Bool.random(using: &rng))
            case 4: return .array((0..<Int.random(in: 0...3, using: &rng)).map { _ in tree(depth - 1) })
            default:
                var o = JSONObject()
                // Sometimes past the index threshold.
                let count = Bool.random(using: &rng) ? Int.random(in: 0...5, using: &rng) : Int.random(in: 25...30, using: &rng)
                for n in 0..<count { o[n < names.count ? names.randomElement(using: &rng)! : "m\(n)"] = tree(depth - 1) }
                return .object(o)
            }
        }
        for _ in 0..<3000 {
            let root = tree(4)
            let steps = (0..<Int.random(in: 0...5, using: &rng)).map { _ in step(names.randomElement(using: &rng)!) }
            let expected = Self.reference(steps, from: root)
            XCTAssertEqual(Self.walk(steps, from: root), expected)
            if case .object(let o) = root, !steps.isEmpty {
                XCTAssertEqual(Self.walkInObject(steps, from: o), expected)
            }
        }
    }
}
