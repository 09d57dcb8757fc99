import XCTest

final class MappingKitSmokeTests: XCTestCase {
    func testPlaceholder() {}
}
