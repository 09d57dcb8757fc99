import XCTest
import JSONValues
@testable import Destinations

final class CoercionTests: XCTestCase {
    /// Strings become numbers as `+s` does in JavaScript (the rule itself is tested in
    /// JavaScriptRulesTests).
    func testStringsCoercedToNumbersAsJavaScriptReadsThem() {
        XCTAssertEqual(Coercion.coerce(" 12 ", to: .number), 12)
        XCTAssertEqual(Coercion.coerce("0x1F", to: .integer), 31)
        XCTAssertEqual(Coercion.coerce(".5", to: .number), 0.5)
        XCTAssertNil(Coercion.coerce("abc", to: .number))
        XCTAssertNil(Coercion.coerce("-0x10", to: .number))
    }

    /// Fixed by the merge into JavaScriptRules: Coercion's own `Number(text)` trimmed only
    /// ASCII white space, so `"\u{A0}12\u{A0}"` (NBSP around a number, as copied from web
    /// pages) was a type error where Ajv's `+s` gives 12.
    func testNumberCoercionIgnoresNonBreakingSpaces() {
        XCTAssertEqual(Coercion.coerce("\u{A0}12\u{A0}", to: .number), 12)
        XCTAssertEqual(Coercion.coerce("\u{FEFF}7", to: .integer), 7)
        XCTAssertNil(Coercion.coerce("\u{85}7", to: .integer))
    }

    func testAjvCoercionTable() {
        XCTAssertEqual(Coercion.coerce(.null, to: .string), "")
        XCTAssertEqual(Coercion.coerce(.double(1.5), to: .string), "1.5")
        XCTAssertEqual(Coercion.coerce(.bool(true), to: .number), 1)
        XCTAssertEqual(Coercion.coerce(.null, to: .integer), 0)
        XCTAssertNil(Coercion.coerce(.double(1.5), to: .integer))
        XCTAssertEqual(Coercion.coerce("false", to: .boolean), false)
        XCTAssertEqual(Coercion.coerce(.int(1), to: .boolean), true)
        XCTAssertNil(Coercion.coerce("yes", to: .boolean))
        XCTAssertEqual(Coercion.coerce("", to: .null), .null)
        XCTAssertEqual(Coercion.coerce("x", to: .array), ["x"])
        XCTAssertNil(Coercion.coerce(["a": 1], to: .string))
    }
}

final class RequestTests: XCTestCase {
    func engine(request: JSON, settings: JSON = ["k": "secret"]) throws -> DestinationEngine {
        let def: JSON = [
            "name": "T", "slug": "t",
            "settings": ["k": ["type": "password", "required": true]],
            "actions": ["a": [
                "title": "A", "defaultTrigger": "type = \"track\"",
                "fields": ["n": ["type": "integer", "default": ["@path": "$.properties.n"]],
                           "list": ["type": "string", "multiple": true, "default": ["@path": "$.properties.list"]]],
                "request": request,
            ]],
        ]
        return try DestinationEngine(definition: DestinationDefinition(json: def), settings: settings)
    }

    func testHeadersBecomeTextAndAbsentHeadersAreLeftOut() throws {
        let e = try engine(request: [
            "method": "put", "url": "https://x.test/",
            "headers": ["X-Count": ["@path": "$.payload.n"], "X-None": ["@path": "$.payload.missing"], "X-Key": ["@path": "$.settings.k"]],
        ])
        let r = try XCTUnwrap(e.process(event: ["type": "track", "properties": ["n": "3"]]).requests.first)
        XCTAssertEqual(r.method, "PUT")
        XCTAssertEqual(r.headers, ["X-Count": "3", "X-Key": "secret"])
        XCTAssertNil(r.json)
    }

    func testURLMustBeText() throws {
        let e = try engine(request: ["method": "POST", "url": ["@path": "$.payload.n"]])
        let result = e.process(event: ["type": "track", "properties": ["n": 1]])
        XCTAssertEqual(result.outcome, .failed)
        XCTAssertTrue(result.failures.first?.message.contains("url") ?? false)
    }

    func testSkipIfEmpty() throws {
        let e = try engine(request: ["method": "POST", "url": "https://x.test/", "json": ["l": ["@path": "$.payload.list"]],
                                     "skipIfEmpty": ["@path": "$.json.l"]])
        let skipped = e.process(event: ["type": "track", "properties": ["list": []]])
        XCTAssertEqual(skipped.outcome, .discarded)
        XCTAssertEqual(skipped.discardReason, "A: skipIfEmpty resolved to an empty array")
        let sent = e.process(event: ["type": "track", "properties": ["list": "one"]])
        XCTAssertEqual(sent.requests.first?.json, ["l": ["one"]])
        // Absent is not empty: the request is sent.
        XCTAssertEqual(e.process(event: ["type": "track"]).outcome, .sent)
    }

    func testNonObjectEventIsAFailure() throws {
        let e = try engine(request: ["method": "POST", "url": "https://x.test/"])
        XCTAssertEqual(e.process(event: [1, 2]).outcome, .failed)
    }
}
