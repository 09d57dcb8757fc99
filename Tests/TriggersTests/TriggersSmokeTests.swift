import XCTest

final class TriggersSmokeTests: XCTestCase {
    func testPlaceholder() {}
}
