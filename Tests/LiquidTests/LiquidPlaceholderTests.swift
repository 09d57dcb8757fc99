import XCTest

final class LiquidPlaceholderTests: XCTestCase {
    func testModuleBuilds() {}
}
