import JSONValues
import MappingKit
import XCTest

/// `Mapping.reads`: what a mapping reads of its input, so that a caller can build only that.
/// A mapping must resolve `reads.apply(to: input)` exactly as it resolves `input`.
final class MappingReadsTests: XCTestCase {
    func reads(_ mapping: String) throws -> [[String]] {
        try Mapping(json(mapping)).reads.paths
    }

    func testPathsAreReadWhole() throws {
        XCTAssertEqual(try reads(#"{"a":{"@path":"$.properties.products"},"b":{"@path":"$.context.page.path"},"c":"literal"}"#),
                       [["context", "page", "path"], ["properties", "products"]])
        // `$.a[0].b` and `a.length` name keys; an array on the way is kept whole.
        XCTAssertEqual(try reads(#"{"x":{"@path":"$.list[0].id"},"y":{"@path":"name.length"}}"#), [["list", "0", "id"], ["name", "length"]])
        XCTAssertEqual(try reads(#"{"x":1,"y":[true,null]}"#), [])
        // `$` alone is no root marker: it is the key `$`, as in the reference.
        XCTAssertEqual(try reads(#"{"d":{"@path":"$"}}"#), [["$"]])
    }

    func testDirectivesReadWhatTheirSourcesRead() throws {
        // @arrayPath reads its root path; the shape reads the elements, which that keeps whole.
        XCTAssertEqual(try reads(#"{"items":{"@arrayPath":["$.properties.products",{"id":{"@path":"$.product_id"}}]}}"#), [["properties", "products"]])
        XCTAssertEqual(try reads(#"{"v":{"@if":{"exists":{"@path":"$.a"},"then":{"@path":"$.b"},"else":{"@path":"$.c"}}}}"#), [["a"], ["b"], ["c"]])
        XCTAssertEqual(try reads(#"{"m":{"@merge":{"objects":[{"@path":"$.p"},{"k":{"@path":"$.q.r"}}],"direction":"right"}}}"#), [["p"], ["q", "r"]])
        XCTAssertEqual(try reads(#"{"s":{"@replace":{"value":{"@path":"$.s"},"pattern":"a","replacement":"b"}}}"#), [["s"]])
        XCTAssertEqual(try reads(#"{"f":{"@flatten":{"value":{"@path":"$.traits"},"separator":"."}}}"#), [["traits"]])
    }

    func testDirectivesThatReadAnyPartReadEverything() throws {
        // A template reads its placeholders' paths.
        XCTAssertEqual(try reads(#"{"t":{"@template":"{{properties.first}} {{{ traits.last }}} {{x}}"}}"#),
                       [["properties", "first"], ["traits", "last"], ["x"]])
        for mapping in [#"{"t":{"@template":"{{.}}"}}"#, #"{"l":{"@liquid":"{{ properties.x }}"}}"#,
                        #"{"p":{"@path":{"@template":"$.{{which}}"}}}"#, #"{"all":{"@path":"$."}}"#, #"{"all":{"@path":"."}}"#] {
            XCTAssertTrue(try Mapping(json(mapping)).reads.keepsEverything, mapping)
        }
    }

    /// Every mapping case of the conformance corpus and of the repo's fixtures resolves the
    /// projected input as it resolves the whole input (the same value, or the same error).
    func testCorpusMappingsResolveTheProjectedInputAlike() throws {
        var checked = 0, projected = 0
        for file in [RepoPaths.corpus + "/mapping-kit.json", RepoPaths.fixtures + "/mapping-kit-extra.json"] {
            let doc = try JSONParser.parse(String(contentsOfFile: file, encoding: .utf8))
            for c in (doc["cases"]?.arrayValue ?? []).compactMap(\.objectValue) where c["kind"]?.stringValue == "mapping" {
                guard let config = c["mapping"], let input = c["input"], let mapping = try? Mapping(config) else { continue }
                checked += 1
                if !mapping.reads.keepsEverything { projected += 1 }
                // The corpus inputs are small; noise beside them shows what a projection drops.
                var noisy = input
                if case .object(var o) = input {
                    o["zz_unread"] = ["deep": [1, ["x": "y"]]]
                    noisy = .object(o)
                }
                XCTAssertEqual(outcome(mapping, noisy), outcome(mapping, mapping.reads.apply(to: noisy)), c["name"]?.stringValue ?? "?")
            }
        }
        XCTAssertGreaterThan(checked, 100)
        XCTAssertGreaterThan(projected, 50)
    }

    func outcome(_ mapping: Mapping, _ input: JSON) -> String {
        do { return try mapping.evaluate(input)?.serialized() ?? "absent" } catch { return "error: \(error)" }
    }
}
