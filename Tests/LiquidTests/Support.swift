import JSONValues
import XCTest
@testable import Liquid

/// Renders `template` with `data` (JSON text), failing the test on an error.
func render(_ template: String, _ data: String = "{}", file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
        let t = try LiquidTemplate(template)
        return try t.render(try JSON(parsing: data))
    } catch {
        XCTFail("\(template): \(error)", file: file, line: line)
        return "<error>"
    }
}

/// The error message of parsing or rendering `template`, or nil when it succeeds.
func errorMessage(_ template: String, _ data: String = "{}") -> String? {
    do {
        let t = try LiquidTemplate(template)
        _ = try t.render(try JSON(parsing: data))
        return nil
    } catch let e as LiquidError {
        return e.message
    } catch {
        return "\(error)"
    }
}

func assertRenders(_ template: String, _ data: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(render(template, data, file: file, line: line), expected, template, file: file, line: line)
}

/// Renders with no data (`{}`).
func assertRenders(_ template: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    assertRenders(template, "{}", expected, file: file, line: line)
}

func assertError(_ template: String, _ data: String = "{}", contains fragment: String, file: StaticString = #filePath, line: UInt = #line) {
    guard let m = errorMessage(template, data) else {
        XCTFail("expected an error containing \(fragment) for \(template)", file: file, line: line)
        return
    }
    XCTAssertTrue(m.contains(fragment), "\(template): \(m)", file: file, line: line)
}
