import XCTest

final class DestinationsSmokeTests: XCTestCase {
    func testPlaceholder() {}
}
