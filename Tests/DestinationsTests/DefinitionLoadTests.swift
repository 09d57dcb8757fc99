import JSONValues
import TestSupport
import XCTest
@testable import Destinations

final class DefinitionLoadTests: XCTestCase {
    func problems(_ json: JSON) -> [Problem] {
        do {
            _ = try DestinationDefinition(json: json)
            return []
        } catch {
            return error.problems
        }
    }

    func testEveryProblemIsReportedWithItsPointer() {
        let found = problems([
            "name": "Broken",
            "slug": "broken",
            "extra": true,
            "settings": ["key": ["type": "secret"]],
            "presets": [
                ["name": "P", "trigger": "type = \"track\"", "action": "nope"],
                ["name": "Q", "trigger": "type = = 1", "action": "a"],
            ],
            "actions": [
                "a": [
                    "title": "A",
                    "fields": [
                        "x": ["type": "strng"],
                        "y": ["type": "string", "default": ["@path": 5]],
                    ],
                    "request": ["method": "POST", "url": "https://example.com", "bogus": 1],
                ],
                "b": ["title": "B", "fields": [:]],
            ],
        ])
        let pointers = found.map(\.pointer)
        XCTAssertTrue(pointers.contains("/extra"), "\(found)")
        XCTAssertTrue(pointers.contains("/settings/key/type"), "\(found)")
        XCTAssertTrue(pointers.contains("/actions/a/fields/x/type"), "\(found)")
        XCTAssertTrue(pointers.contains { $0.hasPrefix("/actions/a/fields/y/default") }, "\(found)")
        XCTAssertTrue(pointers.contains("/actions/a/request/bogus"), "\(found)")
        XCTAssertTrue(pointers.contains("/actions/b"), "\(found)")
        XCTAssertTrue(pointers.contains("/presets/0/action"), "\(found)")
        XCTAssertTrue(pointers.contains("/presets/1/trigger"), "\(found)")
        XCTAssertTrue(found.allSatisfy { $0.document == .definition })
    }

    func testRequiredTopLevelMembers() {
        let found = problems(["name": "X"])
        XCTAssertEqual(Set(found.map(\.message)), ["the definition has no 'slug'", "the definition has no 'actions'"])
    }

    func testPresetMappingMustNameDeclaredFields() {
        let found = problems([
            "name": "X", "slug": "x",
            "presets": [["name": "P", "trigger": "type = \"track\"", "action": "a", "mapping": ["nmae": "x"]]],
            "actions": ["a": ["title": "A", "fields": ["name": ["type": "string"]], "request": ["method": "GET", "url": "https://x"]]],
        ])
        XCTAssertEqual(found.map(\.pointer), ["/presets/0/mapping/nmae"])
    }

    func testSubscriptionFileProblems() {
        XCTAssertThrowsError(try Subscription.list(from: ["subscriptions": [["trigger": "type = \"track\""], ["action": "a", "mapng": 1]]])) { e in
            let p = (e as? LoadError)?.problems ?? []
            XCTAssertEqual(p.map(\.pointer), ["/subscriptions/0", "/subscriptions/1/mapng"])
        }
        XCTAssertEqual(try Subscription.list(from: [["action": "a", "enabled": false], ["action": "b"]]).map(\.action), ["b"])
    }

    func testShippedDefinitionsLoad() throws {
        for name in ["topsort", "antavo", "toplyne"] {
            let bytes = try RepoPaths.contents("Mappings/\(name).json")
            let d = try DestinationDefinition(parsing: bytes)
            XCTAssertFalse(d.actions.isEmpty)
        }
    }
}
