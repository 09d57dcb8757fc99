import XCTest
import JSONValues
@testable import Destinations

final class PayloadValidatorTests: XCTestCase {
    func validator(_ fields: [FieldSpec]) -> PayloadValidator { PayloadValidator(fields: fields) }

    func testNullAndEmptyTopLevelValuesAreRemovedBeforeRequiredCheck() {
        let v = validator([FieldSpec(key: "id", label: "ID", type: .string, required: true)])
        XCTAssertThrowsError(try v.validate(["id": nil])) { e in
            XCTAssertEqual("\(e)", "The root value is missing the required field 'id'.")
            XCTAssertEqual((e as? PayloadValidationError)?.field, "/id")
        }
        XCTAssertThrowsError(try v.validate(["id": ""])) { e in
            XCTAssertEqual("\(e)", "The root value is missing the required field 'id'.")
        }
    }

    /// A message starts with the field's title, capitalised (ASCII or not), or names the place.
    func testMessagesStartWithACapital() {
        let v = validator([FieldSpec(key: "p", label: "unit price", type: .number), FieldSpec(key: "e", label: "élan", type: .number),
                           FieldSpec(key: "c", label: "a\u{301}ccent", type: .number), FieldSpec(key: "q", label: "", type: .number),
                           FieldSpec(key: "y", label: "a\u{345}", type: .number)])
        XCTAssertThrowsError(try v.validate(["p": "x", "e": "y", "c": "z", "q": "w", "y": "v"])) { e in
            XCTAssertEqual((e as? PayloadValidationError)?.issues.map(\.message), [
                "Unit price must be a number but it was a string.", "Élan must be a number but it was a string.",
                "A\u{301}ccent must be a number but it was a string.", " must be a number but it was a string.",
                // As `Character.uppercased` does it: the ypogegrammeni becomes a capital iota.
                "\(Character("a\u{345}").uppercased()) must be a number but it was a string.",
            ])
        }
    }

    func testUndeclaredTopLevelKeysAreDropped() throws {
        let v = validator([FieldSpec(key: "a", type: .string)])
        XCTAssertEqual(try v.validate(["a": "x", "extra": 1]), ["a": "x"])
    }

    func testStringsCoercedToNumbersBooleansAndBack() throws {
        let v = validator([
            FieldSpec(key: "n", type: .number), FieldSpec(key: "i", type: .integer),
            FieldSpec(key: "b", type: .boolean), FieldSpec(key: "s", type: .string),
        ])
        XCTAssertEqual(try v.validate(["n": "12.5", "i": "7", "b": "true", "s": 42]), ["n": 12.5, "i": 7, "b": true, "s": "42"])
        XCTAssertEqual(try v.validate(["s": true, "b": 0]), ["s": "true", "b": false])
        XCTAssertThrowsError(try v.validate(["i": "7.5"])) { e in
            XCTAssertEqual("\(e)", "The value at /i must be an integer but it was a string.")
        }
        XCTAssertThrowsError(try v.validate(["n": "abc"]))
    }

    func testMultipleWrapsSingleValueAndCoercesItems() throws {
        let v = validator([FieldSpec(key: "ids", type: .string, multiple: true)])
        XCTAssertEqual(try v.validate(["ids": 5]), ["ids": ["5"]])
        XCTAssertEqual(try v.validate(["ids": ["a", 1, nil]]), ["ids": ["a", "1"]])
    }

    func testScalarFieldTakesOneElementArray() throws {
        let v = validator([FieldSpec(key: "s", label: "S", type: .string)])
        XCTAssertEqual(try v.validate(["s": ["x"]]), ["s": "x"])
        XCTAssertThrowsError(try v.validate(["s": ["x", "y"]])) { e in
            XCTAssertEqual("\(e)", "S must be a string but it was an array.")
        }
    }

    func testObjectPropertiesDropUndeclaredUnlessAllowed() throws {
        let props = [FieldSpec(key: "id", type: .string, required: true)]
        let closed = validator([FieldSpec(key: "o", label: "Thing", type: .object, properties: props)])
        XCTAssertEqual(try closed.validate(["o": ["id": 1, "x": 2]]), ["o": ["id": "1"]])
        let open = validator([FieldSpec(key: "o", type: .object, properties: props, additionalProperties: true)])
        XCTAssertEqual(try open.validate(["o": ["id": "a", "x": 2]]), ["o": ["id": "a", "x": 2]])
        XCTAssertThrowsError(try closed.validate(["o": ["x": 2]])) { e in
            XCTAssertEqual("\(e)", "Thing is missing the required field 'id'.")
            XCTAssertEqual((e as? PayloadValidationError)?.field, "/o/id")
        }
    }

    func testObjectWithoutPropertiesKeepsEverything() throws {
        let v = validator([FieldSpec(key: "o", type: .object)])
        XCTAssertEqual(try v.validate(["o": ["a": nil, "b": ""]]), ["o": ["a": nil, "b": ""]])
        XCTAssertThrowsError(try v.validate(["o": "text"])) { e in
            XCTAssertEqual("\(e)", "The value at /o must be an object but it was a string.")
        }
    }

    func testMultipleObjectsReportItemPaths() {
        let v = validator([FieldSpec(key: "items", type: .object, required: true, multiple: true,
                                     properties: [FieldSpec(key: "productId", type: .string, required: true)])])
        XCTAssertThrowsError(try v.validate(["items": [["productId": "a"], ["q": 1]]])) { e in
            XCTAssertEqual("\(e)", "The value at /items/1 is missing the required field 'productId'.")
        }
    }

    /// Pointers and messages are written in one piece (`Text`): keys are escaped as JSON
    /// Pointer tokens, indexes of any width are written in full, and short and long
    /// results read the same as composing them piece by piece.
    func testPointersAndMessagesEscapeKeysAndWriteIndexes() {
        let v = validator([
            FieldSpec(key: "a/b", type: .object, properties: [FieldSpec(key: "x~y", type: .string, required: true)]),
            FieldSpec(key: "list", type: .object, multiple: true, properties: [FieldSpec(key: "é/ü", type: .string, required: true)]),
        ])
        let items = JSON.array((0..<12).map { _ in JSON.object(JSONObject()) })
        XCTAssertThrowsError(try v.validate(["a/b": ["z": 1], "list": items])) { e in
            guard let issues = (e as? PayloadValidationError)?.issues else { return XCTFail("\(e)") }
            var expected = [(JSONPointer.appending(JSONPointer.appending("", "a/b"), "x~y"), "The value at /a~1b is missing the required field 'x~y'.")]
            for i in 0..<12 {
                let at = JSONPointer.appending(JSONPointer.appending("", "list"), i)
                expected.append((JSONPointer.appending(at, "é/ü"), "The value at \(at) is missing the required field 'é/ü'."))
            }
            XCTAssertEqual(issues.map(\.pointer), expected.map(\.0))
            XCTAssertEqual(issues.map(\.message), expected.map(\.1))
            XCTAssertEqual(issues.first?.pointer, "/a~1b/x~0y")
        }
    }

    func testDecimalsWrittenInPlace() {
        for n in [0, 7, 9, 10, 99, 100, 12345, -1, -10, Int.max, Int.min] {
            let text = String(unsafeUninitializedCapacity: Text.decimalCount(n)) { Text.writeDecimal(n, into: $0, at: 0) }
            XCTAssertEqual(text, String(n))
        }
    }

    func testDatetimeMustBeDateLike() throws {
        let v = validator([FieldSpec(key: "t", label: "Timestamp", type: .datetime)])
        XCTAssertEqual(try v.validate(["t": "2024-01-01T00:00:00.000Z"]), ["t": "2024-01-01T00:00:00.000Z"])
        XCTAssertEqual(try v.validate(["t": 1_700_000_000]), ["t": 1_700_000_000])
        XCTAssertEqual(try v.validate(["t": "2024/01/02 10:00"]), ["t": "2024/01/02 10:00"])
        XCTAssertThrowsError(try v.validate(["t": "not a date"])) { e in
            XCTAssertEqual("\(e)", "Timestamp must be a valid date-like string but it was not.")
        }
        XCTAssertThrowsError(try v.validate(["t": ["a": 1]])) { e in
            XCTAssertEqual("\(e)", "Timestamp must be a string or number but it was an object.")
        }
    }

    func testChoicesAndAllowNull() throws {
        let v = validator([FieldSpec(key: "c", label: "Color", type: .string, allowNull: true, choices: ["red", "blue"])])
        XCTAssertEqual(try v.validate(["c": nil]), ["c": nil])
        XCTAssertThrowsError(try v.validate(["c": "green"])) { e in
            XCTAssertEqual("\(e)", "Color must be one of: \"red\", \"blue\", or null.")
        }
    }

    func testAllowNullDoesNotApplyToObjectsWithProperties() {
        // fields-to-jsonschema.ts spreads the nested object schema over the field's, so its
        // type "object" replaces the null that allowNull added: null is removed as empty.
        let v = validator([
            FieldSpec(key: "o", label: "Obj", type: .object, allowNull: true, properties: [FieldSpec(key: "a", type: .string)]),
            FieldSpec(key: "p", label: "Plain", type: .object, allowNull: true),
        ])
        XCTAssertEqual(try v.validate(["o": nil, "p": nil]), ["p": nil])
    }

    func testObjectOnlySchemasAreNotCoerced() {
        // Ajv coerces only towards scalars, null and array: [{…}] is not unwrapped.
        let v = validator([FieldSpec(key: "e", label: "Entity", type: .object, properties: [FieldSpec(key: "id", type: .string)])])
        XCTAssertThrowsError(try v.validate(["e": [["id": "x"]]])) { e in
            XCTAssertEqual("\(e)", "Entity must be an object but it was an array.")
        }
    }

    func testMemberIssuesFollowTheFieldOrder() {
        let v = validator([FieldSpec(key: "a", label: "A", type: .integer), FieldSpec(key: "b", label: "B", type: .integer)])
        XCTAssertThrowsError(try v.validate(["b": "x", "a": "y"])) { e in
            XCTAssertEqual("\(e)", "A must be an integer but it was a string. B must be an integer but it was a string.")
        }
    }

    func testMembersInTheFieldOrderAndInAnotherOrderValidateAlike() throws {
        // Members in the fields' order are checked in one pass, others in two; the results
        // (coerced values, member order, issues and their order) must not differ.
        let nested = FieldSpec(key: "o", type: .object, properties: [
            FieldSpec(key: "n", type: .number), FieldSpec(key: "s", type: .string),
        ], additionalProperties: true)
        let v = validator([FieldSpec(key: "a", label: "A", type: .integer), nested, FieldSpec(key: "b", label: "B", type: .integer)])
        let inOrder: JSON = ["a": "1", "o": ["n": "2.5", "x": true, "s": 3], "b": "4"]
        let reordered: JSON = ["b": "4", "o": ["s": 3, "x": true, "n": "2.5"], "a": "1"]
        XCTAssertEqual(try v.validate(inOrder).serialized(), #"{"a":1,"o":{"n":2.5,"x":true,"s":"3"},"b":4}"#)
        XCTAssertEqual(try v.validate(reordered).serialized(), #"{"b":4,"o":{"s":"3","x":true,"n":2.5},"a":1}"#)
        for payload: JSON in [["a": "x", "o": ["n": "y"], "b": "z"], ["b": "z", "o": ["n": "y"], "a": "x"]] {
            XCTAssertThrowsError(try v.validate(payload)) { e in
                XCTAssertEqual("\(e)", "A must be an integer but it was a string. The value at /o/n must be a number but it was a string. B must be an integer but it was a string.")
            }
        }
    }

    func testEveryIssueIsReported() {
        let v = validator([FieldSpec(key: "a", type: .string, required: true), FieldSpec(key: "b", type: .integer, required: true)])
        XCTAssertThrowsError(try v.validate(["b": "x"])) { e in
            XCTAssertEqual((e as? PayloadValidationError)?.issues.count, 2)
            XCTAssertEqual("\(e)", "The root value is missing the required field 'a'. The value at /b must be an integer but it was a string.")
        }
    }
}

final class DateLikeTests: XCTestCase {
    func testFormsDayjsAccepts() {
        for s in ["2024", "2024-01", "2024-01-02", "2024/1/2 10:00", "20240102T1000", "2024-01-02T03:04:05Z",
                  "2024-01-02T03:04:05.123+02:00", "+002024-01-02T00:00:00Z", "1677079275", "Mon, 01 Jan 2024 10:00:00 GMT",
                  "January 7, 2021"] {
            XCTAssertTrue(DateLike.isValid(s), s)
        }
        for s in ["", "yesterday", "not a date", "2024-13-01T00:00:00Z", "NaN", "Infinity", "12:00"] {
            XCTAssertFalse(DateLike.isValid(s), s)
        }
    }

    /// Fixed by the merge into JavaScriptRules: the ISO fast path was a grammar of its own
    /// that took year -000000 and times beyond JavaScript's ±8.64e15 ms, which V8 (and so
    /// dayjs) reject.
    func testISOTextJavaScriptRejectsIsNotDateLike() {
        XCTAssertFalse(DateLike.isValid("-000000-01-01T00:00:00Z"))
        XCTAssertFalse(DateLike.isValid("+275760-09-13T00:00:00.001Z"))
        XCTAssertTrue(DateLike.isValid("+275760-09-13T00:00:00.000Z"))
    }

    /// Fixed by the merge: text V8's legacy parser reads (words before the first number,
    /// `;` and `@`, a third number after a month name) is date-like.
    func testLegacyTextV8ReadsIsDateLike() {
        for s in ["foo 1/2/2024", "Jan 15, 2024; 10:30", "Dec 25 12 2024", "Jan 15 2024 10"] {
            XCTAssertTrue(DateLike.isValid(s), s)
        }
        for s in ["Jan 15 2024 foo", "2024_01_15", "Jan 15 2024)", "Jan 15 2024 10:30:00."] {
            XCTAssertFalse(DateLike.isValid(s), s)
        }
    }

    func testLongDigitRunsAreQuick() {
        let s = String(repeating: "1", count: 200)
        XCTAssertTrue(DateLike.isValid(s))   // dayjs's loose pattern: a long fraction
        XCTAssertFalse(DateLike.isValid(String(repeating: "1:", count: 100)))
    }
}
