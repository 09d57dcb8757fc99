@testable import ActionsCLI
import Foundation
import XCTest

/// The `fql match` line reader keeps no more than its limit of a line in memory.
final class LineReaderTests: XCTestCase {
    func testTooLongLinesAreDroppedAndReported() throws {
        let text = "{\"a\":1}\n" + String(repeating: "x", count: 300_000) + "\n{}\n" + String(repeating: "y", count: 200_000)
        let path = NSTemporaryDirectory() + "linereader-\(UUID().uuidString).txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, maxLineBytes: 100_000)
        var seen: [String] = []
        while let line = reader.next() {
            if let n = reader.skippedLength { seen.append("skipped \(n)") } else { seen.append(String(decoding: line, as: UTF8.self)) }
            XCTAssertLessThanOrEqual(reader.buffer.count, 100_000 + (1 << 16) * 2)
        }
        XCTAssertEqual(seen, ["{\"a\":1}", "skipped 300000", "{}", "skipped 200000"])
    }
}
