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
}
