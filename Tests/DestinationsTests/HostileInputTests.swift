import Destinations
import JSONValues
import XCTest

/// Payloads built to produce enormous validation reports.
final class HostileInputTests: XCTestCase {
    /// A payload with two million invalid elements once gave a single 140 MB error message
    /// (and over 1 GB of memory); the report now keeps the first issues and counts the rest.
    func testMillionsOfIssuesGiveABoundedReport() {
        let validator = PayloadValidator(fields: [
            FieldSpec(key: "items", label: "Items", type: .object, required: true, multiple: true,
                      properties: [FieldSpec(key: "id", label: "Id", type: .string, required: true)]),
        ])
        let count = 200_000
        let payload = JSON.object(["items": .array(Array(repeating: .number(JSONNumber(1)), count: count))])
        do {
            _ = try validator.validate(payload)
            XCTFail("expected a validation error")
        } catch {
            XCTAssertEqual(error.issues.count, IssueList.limit)
            XCTAssertEqual(error.omitted, count - IssueList.limit)
            XCTAssertEqual(error.field, "/items/0")
            XCTAssertTrue(error.description.hasSuffix("(and \(count - IssueList.limit) more problems)"), error.description)
            XCTAssertLessThan(error.description.utf8.count, 50_000)
        }
    }

    /// A secret with characters JSON escapes (`"`, `\`, a tab) appears escaped in
    /// serialized records and in explanations that quote values as JSON; it is masked in
    /// that form too.
    func testSecretsAreMaskedInTheirEscapedForm() {
        let secret = "se\"cr\\et\t1"
        let r = Redactor(secrets: [secret])
        XCTAssertEqual(r.redact(secret), Redactor.mask)
        let serialized = JSON.object(["v": .string("x" + secret)]).serialized()
        XCTAssertFalse(r.redact(serialized).contains("cr"), r.redact(serialized))
        let value = r.redact(JSON.object([secret: .array([.string(secret + "!")])]))
        XCTAssertEqual(value, JSON.object([Redactor.mask: .array([.string(Redactor.mask + "!")])]))
    }
}

/// Discard explanations quote event values as JSON and cut long ones; a secret in the
/// event must not show there, escaped or in part.
final class DiscardExplanationRedactionTests: XCTestCase {
    func testExplanationsNeverShowTheSecret() throws {
        let secret = "k\"ey\\12345678"
        let definition = try DestinationDefinition(json: JSON(parsing: #"""
        {"name": "D", "slug": "d",
         "settings": {"apiKey": {"label": "Key", "type": "password", "required": true}},
         "actions": {"send": {"title": "Send", "fields": {"e": {"label": "E", "type": "string", "default": {"@path": "$.event"}}},
                              "request": {"method": "POST", "url": "https://example.com"}}},
         "presets": [{"name": "P", "trigger": "event = \"Go\"", "action": "send"}]}
        """#))
        let engine = try DestinationEngine(definition: definition, settings: ["apiKey": .string(secret)])
        // Placed so that a cut at 77 characters would show the secret's first part.
        for pad in 60...80 {
            let event: JSON = ["type": "track", "event": .string(String(repeating: "x", count: pad) + secret)]
            for line in engine.explainDiscard(event: event) {
                XCTAssertFalse(line.contains("k\\\"ey"), line)
                XCTAssertFalse(line.contains("ey\\\\1234"), line)
            }
        }
    }
}
