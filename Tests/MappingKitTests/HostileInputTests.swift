import JSONValues
@testable import MappingKit
import XCTest

/// Mappings and events built to make evaluation exponential or quadratic must fail with a
/// located `MappingError` instead of running for hours or exhausting memory.
final class HostileInputTests: XCTestCase {
    private func nest(_ depth: Int, _ inner: String, _ wrap: (String) -> String) -> String {
        var m = inner
        for _ in 0..<depth { m = wrap(m) }
        return m
    }

    private func assertStops(_ mapping: String, _ input: String, at pointerPrefix: String = "", file: StaticString = #filePath, line: UInt = #line) {
        do {
            // A small budget keeps the test quick; the mechanism is the same as the default's.
            _ = try Mapping(json(mapping)).evaluate(json(input), budgetUnits: 1 << 20)
            XCTFail("expected the evaluation to stop", file: file, line: line)
        } catch let e as MappingError {
            XCTAssertTrue(e.message.contains("evaluation stopped"), "\(e)", file: file, line: line)
            XCTAssertTrue(e.pointer.hasPrefix(pointerPrefix), "\(e.pointer)", file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
    }

    /// Each `@json` encode escapes the quotes and backslashes of the level below, doubling
    /// the text: 60 levels would be 2^60 characters.
    func testNestedJSONEncodeStops() {
        let m = nest(60, #"{"@path":"$.a"}"#) { #"{"@json":{"mode":"encode","value":\#($0)}}"# }
        assertStops(m, #"{"a":"\"\\"}"#, at: "/@json")
    }

    /// `$&` five times multiplies the text by five at every level.
    func testNestedReplaceStops() {
        let m = nest(30, #"{"@path":"$.s"}"#) { #"{"@replace":{"value":\#($0),"pattern":"a","replacement":"$&$&$&$&$&"}}"# }
        assertStops(m, #"{"s":"aaaa"}"#, at: "/@replace")
    }

    /// "$`" copies everything before each match: quadratic in the event's text.
    func testReplacementCopyingPrefixStops() {
        let s = String(repeating: "a", count: 100_000)
        assertStops(#"{"@replace":{"value":{"@path":"$.s"},"pattern":"a","replacement":"$`$`$`"}}"#, #"{"s":"\#(s)"}"#, at: "/@replace")
    }

    /// A `@transform` chain whose mapping lists its input 50 times: the value is shared in
    /// memory, but as a tree it is 50^60 elements, and serializing it would never end.
    func testTransformSharingStops() {
        let refs = Array(repeating: #"{"@path":"$.x"}"#, count: 50).joined(separator: ",")
        let m = nest(60, #"{"@path":"$.x"}"#) { #"{"@transform":{"apply":{"x":\#($0)},"mapping":{"x":[\#(refs)]}}}"# }
        assertStops(m, #"{"x":1}"#)
    }

    /// The same sharing, read by @flatten and @json instead of returned.
    func testWalkersOfSharedValuesStop() {
        let inner = nest(40, #"{"@path":"$.x"}"#) { #"{"@transform":{"apply":{"x":\#($0)},"mapping":{"x":{"a":{"@path":"$.x"},"b":{"@path":"$.x"}}}}}"# }
        assertStops(#"{"@flatten":{"value":\#(inner),"separator":"."}}"#, #"{"x":1}"#)
        assertStops(#"{"@json":{"mode":"encode","value":\#(inner)}}"#, #"{"x":1}"#)
        assertStops(#"{"@excludeWhenNull":\#(inner)}"#, #"{"x":1}"#)
    }

    /// Templates chained through @transform: each level repeats the one below 100 times.
    func testTemplateChainStops() {
        let t = String(repeating: "{{x}}", count: 100)
        let m = nest(60, #"{"@path":"$.x"}"#) { #"{"@transform":{"apply":{"x":\#($0)},"mapping":{"x":{"@template":"\#(t)"}}}}"# }
        assertStops(m, #"{"x":"ab"}"#)
    }

    /// A deep chain of long keys above many leaves: every leaf's key repeats the whole
    /// chain (400 × 1000 characters × 100,000 leaves would be 40 GB of keys).
    func testFlattenOfDeepWideValueStops() {
        let key = String(repeating: "k", count: 1000)
        let leaves = "[" + (0..<100_000).map(String.init).joined(separator: ",") + "]"
        let value = String(repeating: #"{"\#(key)":"#, count: 400) + leaves + String(repeating: "}", count: 400)
        assertStops(#"{"@flatten":{"value":{"@path":"$.d"},"separator":"."}}"#, #"{"d":\#(value)}"#, at: "/@flatten")
    }

    /// `{{` with no closing brace, many times over (in the mapping or in a template text
    /// taken from the event) is scanned once, not once per `{{`.
    func testUnclosedPlaceholdersAreLinear() throws {
        let text = String(repeating: "{{", count: 200_000)
        assertMaps(#"{"@template":"\#(text)"}"#, to: #""\#(text)""#)
        let result = try resolve(#"{"@template":{"@path":"$.t"}}"#, #"{"t":"\#(text)x"}"#)
        XCTAssertEqual(result, .string(text + "x"))
    }

    /// Numbers are charged about the length of their text: a template repeating an
    /// object of 100 numbers 2,000 times builds some 1.5 MB, past a 1 MiB budget (counted
    /// as one unit each, they let it build four times the budget's worth of text).
    func testNumbersAreChargedByTheirTextLength() {
        let numbers = "[" + (1_000_000..<1_000_100).map(String.init).joined(separator: ",") + "]"
        let t = String(repeating: "{{a}}", count: 2_000)
        assertStops(#"{"@template":"\#(t)"}"#, #"{"a":\#(numbers)}"#, at: "/@template")
    }

    /// The default budget stops the quadratic replacement too.
    func testDefaultBudgetStopsQuadraticReplacement() {
        let s = String(repeating: "a", count: 100_000)
        do {
            _ = try resolve(#"{"@replace":{"value":{"@path":"$.s"},"pattern":"a","replacement":"$`$`$`"}}"#, #"{"s":"\#(s)"}"#)
            XCTFail("expected the evaluation to stop")
        } catch {
            XCTAssertEqual((error as? MappingError)?.pointer, "/@replace")
        }
    }

    /// Large but ordinary work is well inside the budget.
    func testOrdinaryLargeValuesStillMap() throws {
        let items = "[" + (0..<20_000).map { #"{"id":\#($0),"tags":{"a":"x","b":[1,2]}}"# }.joined(separator: ",") + "]"
        let flat = try resolve(#"{"@flatten":{"value":{"@path":"$.items"},"separator":"."}}"#, #"{"items":\#(items)}"#)
        XCTAssertEqual(flat?.objectValue?.count, 80_000)
        let encoded = try resolve(#"{"@json":{"mode":"encode","value":{"@path":"$.items"}}}"#, #"{"items":\#(items)}"#)
        XCTAssertEqual(encoded?.stringValue?.hasPrefix(#"[{"id":0,"#), true)
        let s = String(repeating: "ab", count: 500_000)
        let replaced = try resolve(#"{"@replace":{"value":{"@path":"$.s"},"pattern":"a","replacement":"$&$&"}}"#, #"{"s":"\#(s)"}"#)
        XCTAssertEqual(replaced?.stringValue?.utf8.count, 1_500_000)
    }
}
