import JSONValues
import Triggers
import XCTest
@_exported import TestSupport

/// Compiles a trigger, failing the test on an error.
func trigger(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Trigger? {
    do {
        return try Trigger(text)
    } catch {
        XCTFail("'\(text)' did not compile: \(error)", file: file, line: line)
        return nil
    }
}

/// The error a trigger fails with, failing the test when it compiles.
func compileError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TriggerError? {
    do {
        _ = try Trigger(text)
        XCTFail("'\(text)' compiled but should not have", file: file, line: line)
        return nil
    } catch let e as TriggerError {
        return e
    } catch {
        XCTFail("unexpected error type \(error)", file: file, line: line)
        return nil
    }
}

/// Whether `text` matches the event written as JSON.
func matches(_ text: String, _ event: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
    guard let t = trigger(text, file: file, line: line) else { return false }
    return t.matches(json(event, file: file, line: line))
}

/// A leaf-only condition tree (a group of one leaf).
func tree(_ leaf: String, op: String = "and") -> JSON {
    json("{\"type\":\"group\",\"operator\":\"\(op)\",\"children\":[\(leaf)]}")
}
