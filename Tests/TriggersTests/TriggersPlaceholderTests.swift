import XCTest

final class TriggersPlaceholderTests: XCTestCase {
    func testModuleBuilds() {}
}
