import XCTest

final class DestinationsPlaceholderTests: XCTestCase {
    func testModuleBuilds() {}
}
