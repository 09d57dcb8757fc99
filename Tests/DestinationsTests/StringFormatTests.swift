import XCTest
import JSONValues
@testable import Destinations

/// A field's `format`, checked as the reference's validator (ajv-formats, full mode) checks it.
final class StringFormatTests: XCTestCase {
    func testEachFormatAcceptsAndRefuses() {
        let cases: [(StringFormat, accepted: [String], refused: [String])] = [
            (.dateTime,
             ["2024-01-01T10:00:00Z", "2024-02-29t10:00:00.123+02:00", "2024-01-01 23:59:60z", "2024-01-01T10:00:00-0530",
              "2024-01-01T10:00:00", "2024-01-01\u{A0}10:00:00Z", "2024-01-01\u{3000}10:00:00"],
             ["2024-01-01", "2023-02-29T10:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:00Z",
              "2024-01-01T10:00:00.Z", "2024-01-01T10:00:00+2", "2024-01-01T10:00:00ZT", "2024-01-01\u{85}10:00:00Z"]),
            (.date, ["2024-02-29", "2000-02-29", "1999-12-31"], ["2023-02-29", "1900-02-29", "2024-13-01", "2024-1-01", "2024-01-00"]),
            (.time, ["10:00:00", "23:59:60", "10:00:00.5Z", "10:00:00+02:00"], ["10:00", "24:00:00", "10:60:00", "10:00:00+2:00"]),
            (.email, ["a@b.co", "first.last+tag@sub.example.com", "x!#$%&'*+/=?^_`{|}~-y@h-1.io"],
             ["a@b", "a..b@c.de", ".a@b.cd", "a@-b.cd", "a@b-.cd", "a@b@c.de", "ä@b.cd", "a b@c.de", ""]),
            (.hostname, ["example.com", "a", "a-b.c1.", String(repeating: "a", count: 63)],
             ["-a.com", "a-.com", "a..b", String(repeating: "a", count: 64), "a_b.com", ""]),
            (.ipv4, ["0.0.0.0", "255.255.255.255", "01.002.3.4"], ["256.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.0004", "a.b.c.d"]),
            (.uri, ["https://example.com/x?y=1#z", "mailto:a@b.c", "urn:isbn:0451450523", "http://[::1]:8080/", "http:/x", "file:///etc/hosts",
                    "s3://bucket/key%20with%20space"],
             ["not a uri", "example.com", "/relative/path", "http://exa mple.com", "1http://x", "http://x/%zz", "https://ä.de", ""]),
            (.uuid, ["123e4567-e89b-12d3-a456-426614174000", "urn:uuid:123E4567-E89B-12D3-A456-426614174000"],
             ["123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}"]),
        ]
        for (format, accepted, refused) in cases {
            for s in accepted { XCTAssertTrue(format.accepts(s), "\(format.rawValue) should accept \(s)") }
            for s in refused { XCTAssertFalse(format.accepts(s), "\(format.rawValue) should refuse \(s)") }
        }
    }

    func testAFormatNamesTheFieldAndAppliesToStringsOnly() {
        let v = PayloadValidator(fields: [
            FieldSpec(key: "when", label: "When", type: .string, format: "date-time"),
            FieldSpec(key: "site", label: "Site", type: .string, format: "uri"),
            FieldSpec(key: "tags", label: "Tags", type: .string, multiple: true, format: "email"),
            FieldSpec(key: "n", label: "N", type: .number, format: "email"),
            FieldSpec(key: "odd", label: "Odd", type: .string, format: "ipv6"),
        ])
        XCTAssertThrowsError(try v.validate(["when": "2024-01-01", "site": "x", "tags": ["not an address"], "n": 3, "odd": "x"])) { e in
            XCTAssertEqual("\(e)", "When must be a valid date and time string but it was not. Site must be a valid URI string but it was not.")
        }
        // A number coerced to a string field's text is checked as text.
        XCTAssertThrowsError(try v.validate(["when": 20240101])) { e in
            XCTAssertEqual("\(e)", "When must be a valid date and time string but it was not.")
        }
        XCTAssertNoThrow(try v.validate(["when": "2024-01-01T00:00:00Z", "site": "https://x.test"]))
    }

    /// Ajv reports the choices after a type error too (the reference's `allErrors`).
    func testChoicesAreReportedAfterATypeError() {
        let v = PayloadValidator(fields: [FieldSpec(key: "c", label: "Color", type: .string, choices: ["red", "blue"])])
        XCTAssertThrowsError(try v.validate(["c": ["r": 1]])) { e in
            XCTAssertEqual("\(e)", "Color must be a string but it was an object. Color must be one of: \"red\" or \"blue\".")
        }
        XCTAssertThrowsError(try v.validate(["c": ["red", "blue"]])) { e in
            XCTAssertEqual("\(e)", "Color must be a string but it was an array. Color must be one of: \"red\" or \"blue\".")
        }
    }

    /// `minimum`/`maximum`: lengths for string fields, values for number fields, as the
    /// reference's schema has them (0 is no bound; integer fields get none).
    func testBounds() {
        let definitionFields: JSON = [
            "code": ["label": "Code", "type": "string", "minimum": 2, "maximum": 4],
            "price": ["label": "Price", "type": "number", "minimum": 0.5, "maximum": 100],
            "count": ["label": "Count", "type": "integer", "minimum": 1],
            "zero": ["label": "Zero", "type": "number", "minimum": 0],
        ]
        var problems = ProblemList(.definition)
        let fields = FieldSpec.parseFields(definitionFields, at: "/fields", problems: &problems)
        XCTAssertTrue(problems.isEmpty, "\(problems.items)")
        let v = PayloadValidator(fields: fields)
        XCTAssertThrowsError(try v.validate(["code": "x", "price": 0.25, "count": 0, "zero": -1])) { e in
            XCTAssertEqual("\(e)", "Code must be 2 characters or more but it was 1 character. Price must be equal to or greater than 0.5.")
        }
        XCTAssertThrowsError(try v.validate(["code": "éèêëx", "price": 101])) { e in
            XCTAssertEqual("\(e)", "Code must be 4 characters or fewer but it was 5 characters. Price must be equal to or less than 100.")
        }
        // Ajv compares code points (an emoji is one), and names JavaScript's length (two units).
        XCTAssertNoThrow(try v.validate(["code": "😀😀😀😀"]))
        XCTAssertThrowsError(try v.validate(["code": "😀"])) { e in
            XCTAssertEqual("\(e)", "Code must be 2 characters or more but it was 2 characters.")
        }
        XCTAssertNoThrow(try v.validate(["code": "ab", "price": "7.5"]))  // the price is coerced, then bounded
        var bad = ProblemList(.definition)
        _ = FieldSpec.parseFields(["n": ["type": "number", "minimum": "1"]], at: "/fields", problems: &bad)
        XCTAssertEqual(bad.items.map(\.description).first?.contains("'minimum' must be a number"), true)
        // Every typed member of a field reports its type the same way.
        var typed = ProblemList(.definition)
        _ = FieldSpec.parseFields(["n": ["type": "number", "label": 1, "required": "yes", "maximum": true]], at: "/fields", problems: &typed)
        let messages = typed.items.map(\.description).joined(separator: "\n")
        for expected in ["'label' must be a string, not number", "'required' must be true or false, not string",
                         "'maximum' must be a number, not boolean"] {
            XCTAssertTrue(messages.contains(expected), messages)
        }
    }

    /// A value left a string by a failed type check still has its format checked, as Ajv does.
    func testAFormatIsCheckedAfterATypeError() {
        let v = PayloadValidator(fields: [FieldSpec(key: "b", label: "B", type: .boolean, format: "email")])
        XCTAssertThrowsError(try v.validate(["b": "notbool"])) { e in
            XCTAssertEqual("\(e)", "B must be a boolean but it was a string. B must be a valid email address string but it was not.")
        }
    }
}
