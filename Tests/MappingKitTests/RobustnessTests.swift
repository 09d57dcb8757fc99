import JSONValues
import MappingKit
import XCTest

/// Random mappings and events must never crash or hang: they either compile and evaluate,
/// or fail with a `MappingError`.
final class RobustnessTests: XCTestCase {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }

        static let directives = ["@path", "@template", "@literal", "@if", "@case", "@replace", "@arrayPath", "@merge",
                                 "@transform", "@flatten", "@json", "@excludeWhenNull", "@coalesce", "@lookup", "@date",
                                 "@omit", "@stringify", "@map", "@nope"]
        static let keys = ["value", "exists", "blank", "then", "else", "operator", "pattern", "replacement", "pattern2",
                           "global", "ignorecase", "objects", "direction", "apply", "mapping", "separator", "omitArrays",
                           "mode", "table", "default", "format", "keys", "each", "as", "a", "b"]
        static let strings = ["$.a", "a.b[0]", "{{a}}-{{{b.c}}}", "lower", "upper", "-", "", "encode", "decode", "right",
                              "left", "unix", "iso", "2024-01-02T03:04:05Z", "[x] y", "$.", "ÉÀ", "$&", "item"]

        mutating func value(_ depth: Int) -> JSON {
            switch depth > 4 ? next(5) : next(9) {
            case 0: return .null
            case 1: return .bool(next(2) == 0)
            case 2: return .int(next(7) - 2)
            case 3, 4: return .string(Generator.strings[next(Generator.strings.count)])
            case 5: return .array((0..<next(4)).map { _ in value(depth + 1) })
            case 6:
                var o = JSONObject()
                for _ in 0..<next(4) { o[Generator.keys[next(Generator.keys.count)]] = value(depth + 1) }
                return .object(o)
            default:
                var o = JSONObject()
                o[Generator.directives[next(Generator.directives.count)]] = value(depth + 1)
                return .object(o)
            }
        }
    }

    func testRandomMappingsNeverCrash() {
        var g = Generator(state: 42)
        var compiled = 0
        for _ in 0..<4000 {
            let configuration = g.value(0)
            let event: JSON = ["a": g.value(2), "b": ["c": g.value(3)], "item": g.value(3)]
            _ = Mapping.validate(configuration)
            guard let mapping = try? Mapping(configuration) else { continue }
            compiled += 1
            do { _ = try mapping.evaluate(event) } catch {
                XCTAssertTrue(error is MappingError, "unexpected error type: \(error)")
            }
        }
        XCTAssertGreaterThan(compiled, 100)
    }
}
