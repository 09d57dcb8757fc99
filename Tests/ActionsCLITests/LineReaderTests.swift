@testable import ActionsCLI
import Foundation
import XCTest
import TestSupport

/// The line reader shared by `actions run` and `actions fql match`: lines across chunk
/// boundaries, CRLF endings, a last line without a newline, and too-long lines dropped
/// and reported rather than kept.
final class LineReaderTests: XCTestCase {
    private func lines(of text: String, chunkSize: Int, maxLineBytes: Int) throws -> [String] {
        let path = TemporaryFiles.path("linereader", suffix: ".txt")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, chunkSize: chunkSize, maxLineBytes: maxLineBytes)
        var seen: [String] = []
        while try reader.nextLine({ line, n in
            seen.append("\(n):" + String(decoding: line, as: UTF8.self))
        }, tooLong: { n, length in
            seen.append("\(n):skipped \(length)")
        }) {}
        return seen
    }

    func testTooLongLinesAreDroppedAndReported() throws {
        let text = "{\"a\":1}\n" + String(repeating: "x", count: 300_000) + "\n{}\n" + String(repeating: "y", count: 200_000)
        let seen = try lines(of: text, chunkSize: 1 << 16, maxLineBytes: 100_000)
        XCTAssertEqual(seen, ["1:{\"a\":1}", "2:skipped 300000", "3:{}", "4:skipped 200000"])
    }

    func testLinesSpanningChunksAndCRLF() throws {
        let text = "first line\r\nsecond, longer than a chunk\n\nlast without newline"
        let seen = try lines(of: text, chunkSize: 4, maxLineBytes: 1000)
        XCTAssertEqual(seen, ["1:first line", "2:second, longer than a chunk", "3:", "4:last without newline"])
    }

    func testTheLimitCountsALineWithoutItsCRLF() throws {
        // Ten bytes before the line end: within a limit of 10 with LF or CRLF, in one chunk
        // or across chunks (the \r alone at a chunk's end included).
        for chunk in [1 << 16, 4, 11] {
            XCTAssertEqual(try lines(of: "0123456789\r\nabcdefghijk\r\n", chunkSize: chunk, maxLineBytes: 10),
                           ["1:0123456789", "2:skipped 11"], "chunk \(chunk)")
            XCTAssertEqual(try lines(of: "0123456789\nabcdefghijk\n", chunkSize: chunk, maxLineBytes: 10),
                           ["1:0123456789", "2:skipped 11"], "chunk \(chunk)")
            XCTAssertEqual(try lines(of: "0123456789\nabcdefghijk", chunkSize: chunk, maxLineBytes: 10),
                           ["1:0123456789", "2:skipped 11"], "chunk \(chunk)")
            XCTAssertEqual(try lines(of: "0123456789\nabcdefghij\r", chunkSize: chunk, maxLineBytes: 10),
                           ["1:0123456789", "2:abcdefghij"], "chunk \(chunk)")
            XCTAssertEqual(try lines(of: "abcdefghijklmnopqrst\r\n", chunkSize: chunk, maxLineBytes: 10),
                           ["1:skipped 20"], "chunk \(chunk)")
        }
    }

    /// Random inputs of `a`, `\r` and `\n`, random chunk sizes and limits, against the rule
    /// written out: lines end at `\n` (and at the end), one `\r` before the end is dropped,
    /// and a line longer than the limit (counted without it) is skipped with its length.
    func testRandomInputsAgreeWithTheRule() throws {
        var rng = SplitMix64(seed: 20261129)
        for round in 0..<1500 {
            let length = Int.random(in: 0...40, using: &rng)
            let text = String((0..<length).map { _ in ["a", "a", "\r", "\n"][Int.random(in: 0...3, using: &rng)] as Character })
            let chunk = [1, 2, 3, 5, 8, 64][Int.random(in: 0...5, using: &rng)]
            let limit = Int.random(in: 1...8, using: &rng)
            var expected: [String] = []
            // By bytes: "\r\n" is one Character, so splitting the String would miss it.
            var pieces = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            if pieces.last == [] { pieces.removeLast() }
            for (i, piece) in pieces.enumerated() {
                var line = piece
                if line.last == 0x0D { line.removeLast() }
                expected.append(line.count > limit ? "\(i + 1):skipped \(line.count)" : "\(i + 1):" + String(decoding: line, as: UTF8.self))
            }
            let seen = try lines(of: text, chunkSize: chunk, maxLineBytes: limit)
            XCTAssertEqual(seen, expected, "round \(round): \(text.debugDescription), chunk \(chunk), limit \(limit)")
            if seen != expected { break }
        }
    }
}
