import XCTest

final class ActionsCLISmokeTests: XCTestCase {
    func testPlaceholder() {}
}
