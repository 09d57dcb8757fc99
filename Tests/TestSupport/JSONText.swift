import JSONValues
import XCTest

/// Parses JSON text written in a test, failing the test (not crashing it) on a typo.
public func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSON {
    do {
        return try JSONParser.parse(text)
    } catch {
        XCTFail("test JSON does not parse: \(error)", file: file, line: line)
        return .null
    }
}

/// The values of NDJSON text (a command's output, a dead-letter file), blank lines skipped.
public func jsonLines(_ text: String) throws -> [JSON] {
    try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
}

/// The values of the NDJSON file at `path`.
public func jsonLines(file path: String) throws -> [JSON] {
    try jsonLines(String(contentsOfFile: path, encoding: .utf8))
}
