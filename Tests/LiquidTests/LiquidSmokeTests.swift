import XCTest

final class LiquidSmokeTests: XCTestCase {
    func testPlaceholder() {}
}
