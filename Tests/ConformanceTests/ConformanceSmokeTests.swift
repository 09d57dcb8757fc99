import XCTest

final class ConformanceSmokeTests: XCTestCase {
    func testPlaceholder() {}
}
