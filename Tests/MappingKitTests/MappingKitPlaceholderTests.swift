import XCTest

final class MappingKitPlaceholderTests: XCTestCase {
    func testModuleBuilds() {}
}
