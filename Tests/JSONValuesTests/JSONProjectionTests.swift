import JSONValues
import TestSupport
import XCTest

/// `JSONProjection` and `JSONDocumentParser.parse(_:keeping:)`: building only some members
/// gives `projection.apply(to: parse(document))`, with `parse`'s errors.
final class JSONProjectionTests: XCTestCase {
    let reads = JSONProjection(paths: [["type"], ["event"], ["context", "page", "path"], ["context", "device"], ["properties"]])

    func parse(_ text: String, keeping projection: JSONProjection) -> Result<JSON, JSONParseError> {
        let parser = JSONDocumentParser()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) -> JSON in
                do { return try parser.parse(buffer, keeping: projection) } catch let e as JSONParseError { throw e } catch { fatalError("\(error)") }
            }
        }
    }

    func testPathsAreKeptInShortestForm() {
        let p = JSONProjection(paths: [["context", "page", "path"], ["context", "page"], ["type"], ["context", "page", "title"], ["a", "b"]])
        XCTAssertEqual(p.paths, [["a", "b"], ["context", "page"], ["type"]])
        XCTAssertEqual(p.description, "$.a.b, $.context.page, $.type")
        XCTAssertFalse(p.keepsEverything)
        XCTAssertTrue(JSONProjection(paths: [["type"], []]).keepsEverything)
        XCTAssertEqual(JSONProjection.everything.description, "$")
        XCTAssertEqual(JSONProjection.nothing.description, "{}")
        XCTAssertEqual(p.union(.nothing), p)
        XCTAssertEqual(p.union(.everything), .everything)
        XCTAssertEqual(JSONProjection(paths: [["x"]]).union(JSONProjection(paths: [["a", "b", "c"]])).paths, [["a", "b", "c"], ["x"]])
        // Keys are compared byte for byte: a decomposed spelling keeps another member.
        XCTAssertNotEqual(JSONProjection(paths: [["caf\u{E9}"]]), JSONProjection(paths: [["cafe\u{301}"]]))
    }

    func testApplyKeepsNamedMembersAndWholeValuesOnTheWay() {
        let event = json(#"""
            {"type":"track","userId":"u","context":{"ip":"1.2.3.4","page":{"path":"/p","url":"u"},"device":{"type":"ios","id":7}},
             "properties":{"products":[{"id":1}]},"traits":{"email":"e"}}
            """#)
        XCTAssertEqual(reads.apply(to: event), json(#"""
            {"type":"track","context":{"page":{"path":"/p"},"device":{"type":"ios","id":7}},"properties":{"products":[{"id":1}]}}
            """#))
        // A value on the way that is not an object is kept whole (an index or `length` reads it).
        XCTAssertEqual(reads.apply(to: json(#"{"context":[1,2],"x":1}"#)), json(#"{"context":[1,2]}"#))
        XCTAssertEqual(reads.apply(to: json(#"{"context":{"page":"text"}}"#)), json(#"{"context":{"page":"text"}}"#))
        XCTAssertEqual(reads.apply(to: json("[1,{\"x\":2}]")), json("[1,{\"x\":2}]"))
        XCTAssertEqual(JSONProjection.nothing.apply(to: event), json("{}"))
    }

    func testParseBuildsWhatApplyKeeps() throws {
        let texts = [
            #"{"type":"track","userId":"u","context":{"ip":"1.2.3.4","page":{"path":"/p","url":"u"},"device":{"type":"ios"}},"traits":{"a":[1,{"b":null}]}}"#,
            // Repeated keys: the last value counts, at the first place, inside and outside the projection.
            #"{"type":"a","x":1,"type":"b","context":{"page":{"path":1}},"context":{"device":2},"x":{"y":3}}"#,
            // Escaped spellings of the names are the names.
            #"{"ty\u0070e":"track","\u0065vent":"E","context":{"pa\u0067e":{"path":"/"}}}"#,
            // Non-ASCII keys, byte for byte.
            #"{"café":1,"type":"é","properties":{"ключ":"значение"}}"#,
            // Not an object: kept whole.
            #"[{"type":1},{"x":2}]"#, #""text""#, "12", " {} ", "\u{FEFF}{\"type\":\"x\"}",
        ]
        for text in texts {
            let full = try JSONParser.parse(text)
            XCTAssertEqual(try parse(text, keeping: reads).get(), reads.apply(to: full), text)
            XCTAssertEqual(try parse(text, keeping: .everything).get(), full, text)
            XCTAssertEqual(try parse(text, keeping: .nothing).get(), JSONProjection.nothing.apply(to: full), text)
        }
    }

    /// Every malformed document throws the error `parse` throws, at the same place, under
    /// any projection; every well-formed one gives what `apply` keeps of `parse`'s value.
    func testAgreesWithParseOnRandomDocuments() {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"type\"", "\"context\"", "\"page\"", "\"x\"", "\"t\\u0079pe\"", "\"a\\\"b\"",
                      "\"\\ud800\"", "\"é\"", "\"\u{1}\"", "\"\\q\"", "1", "-0.5e3", "01", "1.", "-", "true", "nul",
                      "null", " ", "\n", "\"unterminated", "{\"path\":2}"]
        let valid = [#"{"type":"track","event":"A","context":{"page":{"path":"/x","url":"u"},"ip":"1"},"properties":{"list":[1,"two",{"three":null}],"é":"\u00e9"}}"#,
                     #"{"context":{"a":[[[]]],"device":{"type":"t"}},"type":"identify","type":"page","n":-1.5E+2}"#]
        let projections = [reads, .nothing, JSONProjection(paths: [["context"]]), JSONProjection(paths: [["x"], ["context", "a"]])]
        var rng = SplitMix64(seed: 23)
        var built = 0, failed = 0
        for round in 0..<3_000 {
            let text = randomlyEdited(valid[round % valid.count], pieces: pieces, using: &rng)
            let projection = projections[round % projections.count]
            switch (Result { try JSONParser.parse(text) }, parse(text, keeping: projection)) {
            case (.success(let full), .success(let got)):
                built += 1
                XCTAssertEqual(got, projection.apply(to: full), text)
            case (.failure(let want as JSONParseError), .failure(let got)):
                failed += 1
                XCTAssertEqual(got.message, want.message, text)
                XCTAssertEqual(got.offset, want.offset, text)
            case (let parsed, let projected):
                XCTFail("parse \(parsed), projected \(projected): \(text)")
            }
        }
        XCTAssertGreaterThan(built, 400)
        XCTAssertGreaterThan(failed, 400)
    }

    func testNestingLimitHoldsInSkippedMembers() {
        let deep = "{\"traits\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        guard case .failure(let e) = parse(deep, keeping: reads) else { return XCTFail("deep nesting was accepted") }
        XCTAssertTrue(e.message.contains("nesting"), e.message)
    }
}
