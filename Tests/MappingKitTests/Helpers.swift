import JSONValues
import MappingKit
import XCTest
@_exported import TestSupport

/// Compiles `mapping` and evaluates it on `input` (both JSON text).
func resolve(_ mapping: String, _ input: String = "{}") throws -> JSON? {
    try Mapping(json(mapping)).evaluate(json(input))
}

/// Asserts that `mapping` resolves to `expected` (JSON text) on `input`.
func assertMaps(_ mapping: String, _ input: String = "{}", to expected: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        let result = try resolve(mapping, input)
        XCTAssertEqual(result, json(expected), "got \(result.map { $0.serialized() } ?? "absent")", file: file, line: line)
    } catch {
        XCTFail("unexpected error: \(error)", file: file, line: line)
    }
}

/// Asserts that `mapping` resolves to nothing on `input`.
func assertAbsent(_ mapping: String, _ input: String = "{}", file: StaticString = #filePath, line: UInt = #line) {
    do {
        let result = try resolve(mapping, input)
        XCTAssertNil(result, "got \(result.map { $0.serialized() } ?? "absent")", file: file, line: line)
    } catch {
        XCTFail("unexpected error: \(error)", file: file, line: line)
    }
}

/// Asserts that compiling or evaluating fails with a message containing `fragment`.
func assertFails(_ mapping: String, _ input: String = "{}", containing fragment: String, file: StaticString = #filePath, line: UInt = #line) {
    do {
        let result = try resolve(mapping, input)
        XCTFail("expected an error, got \(result.map { $0.serialized() } ?? "absent")", file: file, line: line)
    } catch {
        XCTAssertTrue(String(describing: error).contains(fragment), "error was: \(error)", file: file, line: line)
    }
}

/// The descriptions of every validation error of `mapping`.
func validationErrors(_ mapping: String) -> [String] {
    Mapping.validate(json(mapping)).map(\.description)
}
