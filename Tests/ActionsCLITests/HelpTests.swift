import XCTest
import TestSupport

final class HelpTests: XCTestCase {
    func testHelpListsEverySubcommand() throws {
        let out = try ActionsProcess.run(["--help"])
        XCTAssertEqual(out.status, 0)
        for sub in ["run", "map", "fql", "test", "validate"] {
            XCTAssertTrue(out.stdout.contains(sub), "help should list \(sub):\n\(out.stdout)")
        }
    }

    func testUnknownSubcommandFails() throws {
        let out = try ActionsProcess.run(["frobnicate"])
        XCTAssertNotEqual(out.status, 0)
    }
}
