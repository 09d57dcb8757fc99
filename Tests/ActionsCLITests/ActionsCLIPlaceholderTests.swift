import XCTest

final class ActionsCLIPlaceholderTests: XCTestCase {
    func testModuleBuilds() {}
}
