import JSONValues
import TestSupport
import XCTest

/// `JSONDocumentParser.scanMembers`: reads what `parse` reads, builds only the named
/// top-level members, and agrees with `parse` on every document.
final class ScanMembersTests: XCTestCase {
    let names = JSONMemberNames(["type", "event"])

    /// The scan of `text` with a visitor that never stops: how it ended and what it saw.
    func scan(_ text: String, names: JSONMemberNames? = nil) -> (end: Result<JSONScanEnd, JSONParseError>, seen: [(Int, JSON)]) {
        var seen: [(Int, JSON)] = []
        let parser = JSONDocumentParser()
        var bytes = Array(text.utf8)
        let end = bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(JSONParseError) -> JSONScanEnd in
                do {
                    return try parser.scanMembers(UnsafeRawBufferPointer(buffer), named: names ?? self.names) { k, v in
                        seen.append((k, v))
                        return false
                    }
                } catch let e as JSONParseError { throw e } catch { fatalError("\(error)") }
            }
        }
        return (end, seen)
    }

    func testBuildsOnlyTheNamedMembersInDocumentOrder() {
        let (end, seen) = scan(#"{"event":"A","properties":{"x":[1,2,{"y":"\u00e9"}]},"type":"track","event":"B"}"#)
        XCTAssertEqual(try end.get(), .finished)
        XCTAssertEqual(seen.map(\.0), [1, 0, 1])
        XCTAssertEqual(seen.map(\.1), ["A", "track", "B"])
    }

    func testKeysAreComparedByTheirTextEscapesDecoded() {
        let (_, seen) = scan(#"{"ev\u0065nt":"A","Event":"B","type ":"C","t\u0079pe":{"a":1}}"#)
        XCTAssertEqual(seen.map(\.0), [1, 0])
        XCTAssertEqual(seen.map(\.1), ["A", ["a": 1]])
        // Non-ASCII names, byte for byte (a decomposed spelling is another key).
        let (_, other) = scan(#"{"caf\u00e9":1,"café":2,"cafe\#u{301}":3}"#, names: JSONMemberNames(["café"]))
        XCTAssertEqual(other.map(\.1), [1, 2])
    }

    func testOtherDocuments() {
        XCTAssertEqual(try scan("[1,2]").end.get(), .notAnObject)
        XCTAssertEqual(try scan(#""text""#).end.get(), .notAnObject)
        XCTAssertEqual(try scan(" {} ").end.get(), .finished)
        XCTAssertEqual(try scan("\u{FEFF}{\"type\":\"x\"}").end.get(), .finished)
    }

    func testStopsWhenTheVisitorSaysSo() throws {
        let parser = JSONDocumentParser()
        var bytes = Array(#"{"type":"track","then":"not JSON at all"#.utf8)
        let end = try bytes.withUnsafeMutableBytes { buffer in
            try parser.scanMembers(UnsafeRawBufferPointer(buffer), named: names) { _, _ in true }
        }
        XCTAssertEqual(end, .stopped)
    }

    /// Every malformed document throws the error `parse` throws, at the same place; every
    /// well-formed object finishes and sees what `parse` builds (the last of repeated keys).
    func testAgreesWithParseOnRandomDocuments() throws {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"type\"", "\"event\"", "\"x\"", "\"t\\u0079pe\"", "\"a\\\"b\"",
                      "\"\\ud800\"", "\"é\"", "\"\u{1}\"", "\"\\q\"", "1", "-0.5e3", "01", "1.", "-", "true", "nul",
                      "null", " ", "\n", "\"unterminated"]
        let valid = [#"{"type":"track","event":"A","properties":{"list":[1,"two",{"three":null}],"é":"\u00e9"}}"#,
                     #"{"context":{"a":[[[]]]},"type":"identify","type":"page","n":-1.5E+2}"#]
        var rng = SplitMix64(seed: 11)
        var finished = 0, failed = 0
        for round in 0..<4_000 {
            let text = randomlyEdited(valid[round % valid.count], pieces: pieces, using: &rng)
            let parsed = Result { try JSONParser.parse(text) }
            let (end, seen) = scan(text)
            switch (parsed, end) {
            case (.success(.object(let o)), .success(.finished)):
                finished += 1
                var last: [Int: JSON] = [:]
                for (k, v) in seen { last[k] = v }
                XCTAssertEqual(last[0], o["type"], text)
                XCTAssertEqual(last[1], o["event"], text)
            case (.success(let v), .success(.notAnObject)):
                XCTAssertNil(v.objectValue, text)
            case (.failure(let want as JSONParseError), .failure(let got)):
                failed += 1
                XCTAssertEqual(got.message, want.message, text)
                XCTAssertEqual(got.offset, want.offset, text)
            case (.failure, .success(.notAnObject)):
                // Not an object: the scan stops at the first byte and leaves the rest to `parse`.
                XCTAssertFalse(text.unicodeScalars.drop { $0 == " " || $0 == "\n" || $0 == "\u{FEFF}" }.first == "{", text)
            default:
                XCTFail("parse \(parsed), scan \(end): \(text)")
            }
        }
        XCTAssertGreaterThan(finished, 500)
        XCTAssertGreaterThan(failed, 500)
    }

    func testNestingLimitIsTheParsers() {
        let deep = "{\"a\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        guard case .failure(let e) = scan(deep).end else { return XCTFail("deep nesting was accepted") }
        XCTAssertTrue(e.message.contains("nesting"), e.message)
    }
}
