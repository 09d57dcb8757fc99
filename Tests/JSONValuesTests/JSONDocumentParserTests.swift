import XCTest
@testable import JSONValues

final class JSONDocumentParserTests: XCTestCase {
    /// A reused parser gives exactly what a one-off parse gives, for strings of every short
    /// length, at the end of the buffer and in the middle, across many documents (so the
    /// remembered strings are hit, missed and replaced).
    func testSameResultsAsOneOffParsing() throws {
        let parser = JSONDocumentParser()
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789_ -.:/".utf8)
        for round in 0..<3_000 {
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                let keyLength = Int.random(in: 0...20, using: &rng)
                let key = String(decoding: (0..<keyLength).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
                let valueLength = Int.random(in: 0...18, using: &rng)
                let value = String(decoding: (0..<valueLength).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
                object[key] = round % 2 == 0 ? .string(value) : .array([.string(value), .string(key)])
            }
            let text = JSON.object(object).serialized()
            XCTAssertEqual(try parser.parse(Array(text.utf8)), try JSONParser.parse(text), text)
            // The last string right at the end of the buffer.
            let bare = JSON.string(String(object.keys.first ?? "k")).serialized()
            XCTAssertEqual(try parser.parse(Array(bare.utf8)), try JSONParser.parse(bare))
        }
    }

    func testRepeatedStringsAndEscapes() throws {
        let parser = JSONDocumentParser()
        for _ in 0..<3 {
            let v = try parser.parse(Array(#"{"type":"track","event":"A","é":"\u00e9","e\"q":"x","":""}"#.utf8))
            XCTAssertEqual(v["type"], "track")
            XCTAssertEqual(v["event"], "A")
            XCTAssertEqual(v["é"], "é")
            XCTAssertEqual(v["e\"q"], "x")
            XCTAssertEqual(v[""], "")
        }
        XCTAssertThrowsError(try parser.parse(Array("{\"a\": }".utf8)))
    }
}
