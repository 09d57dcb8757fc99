import Foundation
import XCTest
import TestSupport

/// `actions run --jobs N` writes exactly what `--jobs 1` writes: requests, error records,
/// discard records and the summary, byte for byte, whatever the chunk boundaries.
final class RunJobsTests: XCTestCase {
    let filters = #"""
    [{"title": "Drop test traffic", "if": "contains(userId, 'test')", "actions": [{"type": "drop"}]},
     {"title": "Sample", "if": "event = 'Product Viewed'", "actions": [{"type": "sample", "percent": 0.5, "path": "userId"}]}]
    """#

    /// Every kind of line, many times over: events with requests, malformed and non-object
    /// lines, blank and CRLF lines, over-long lines, events that fail, events filtered out
    /// or routed away, events no trigger matches; the last line has no line break.
    func mixedInput() throws -> String {
        let examples = try String(contentsOfFile: RepoPaths.path("Mappings/examples/topsort.events.ndjson"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var lines: [String] = []
        for round in 0..<40 {
            for (i, e) in examples.enumerated() {
                lines.append(e.replacingOccurrences(of: #""userId": "user-"#, with: #""userId": "user-\#(round)-"#))
                switch (round + i) % 9 {
                case 0: lines.append("")
                case 1: lines.append("  \t ")
                case 2: lines.append(#"{"type":"track","event":"Product Clicked","userId":"test-\#(round)","properties":{}}"#)
                case 3: lines.append(#"{"type":"track","event":"Product Clicked","integrations":{"Topsort":false}}"#)
                case 4: lines.append("{\"type\": \"page\", \"name\": \"x\"\(String(repeating: " ", count: 700))}")
                case 5: lines.append("[1,2,3]")
                case 6: lines.append(#"{"type":"identify","userId":"u\#(round)"}"# + "\r")
                case 7: lines.append(#"{"type":"track","event":"Order Completed","properties":{"products":"#)
                default: break
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    struct Run: Equatable {
        let status: Int32
        let stdout: String
        let stderr: String
        let discards: String
    }

    func run(_ inputs: [String], jobs: Int, chunkBytes: Int?, stdin: String = "") throws -> Run {
        let filterFile = try TemporaryFiles.write(filters)
        let discards = TemporaryFiles.path("actions-jobs-discards", suffix: ".ndjson")
        var args = ["run", "--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json",
                    "--filters", filterFile, "--discards", discards, "--max-line-bytes", "600", "--jobs", "\(jobs)"]
        if let chunkBytes { args += ["--chunk-bytes", "\(chunkBytes)"] }
        let out = try ActionsProcess.run(args + inputs, stdin: stdin)
        let text = (try? String(contentsOfFile: discards, encoding: .utf8)) ?? ""
        return Run(status: out.status, stdout: out.stdout, stderr: out.stderr, discards: text)
    }

    func testAnyNumberOfJobsWritesTheSameBytes() throws {
        let file = try TemporaryFiles.write(try mixedInput(), suffix: ".ndjson")
        let one = try run([file], jobs: 1, chunkBytes: nil)
        XCTAssertEqual(one.status, 1)
        XCTAssertTrue(one.stderr.contains("actions run: read "), one.stderr)
        XCTAssertTrue(one.stderr.contains("filtered out"), one.stderr)
        XCTAssertTrue(one.stderr.contains("more than the limit of 600 bytes"), one.stderr)
        XCTAssertTrue(one.stderr.contains("malformed JSON"), one.stderr)
        XCTAssertGreaterThan(one.stdout.split(separator: "\n").count, 100)
        XCTAssertGreaterThan(one.discards.split(separator: "\n").count, 100)
        // Chunks of one line, of a few lines (boundaries everywhere), and the default.
        for (jobs, chunk) in [(4, 1), (4, 300), (2, 4096), (3, nil), (1, 300)] as [(Int, Int?)] {
            let many = try run([file], jobs: jobs, chunkBytes: chunk)
            XCTAssertEqual(many.status, one.status, "--jobs \(jobs) --chunk-bytes \(chunk ?? 0)")
            XCTAssertEqual(many.stdout, one.stdout, "--jobs \(jobs) --chunk-bytes \(chunk ?? 0)")
            XCTAssertEqual(many.stderr, one.stderr, "--jobs \(jobs) --chunk-bytes \(chunk ?? 0)")
            XCTAssertEqual(many.discards, one.discards, "--jobs \(jobs) --chunk-bytes \(chunk ?? 0)")
        }
    }

    /// Without a discards file, an event no trigger can match is counted without being
    /// parsed (`DestinationEngine.cannotMatch`): requests, error records and the summary
    /// are those of the run that parses every line to write its discard records.
    func testCountingUnmatchedEventsUnparsedChangesNoOutput() throws {
        let file = try TemporaryFiles.write(try mixedInput() + "\n" + #"{"type":"identify","broken":01}"#, suffix: ".ndjson")
        let discards = TemporaryFiles.path("actions-screen-discards", suffix: ".ndjson")
        let base = ["run", "--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json",
                    "--max-line-bytes", "600", file]
        let parsed = try ActionsProcess.run(base + ["--discards", discards, "--jobs", "1"])
        let written = try String(contentsOfFile: discards, encoding: .utf8)
        XCTAssertGreaterThan(written.components(separatedBy: #""reason":"no matching mapping""#).count, 40)
        XCTAssertTrue(parsed.stderr.contains("malformed JSON"), parsed.stderr)
        for jobs in ["1", "3"] {
            let counted = try ActionsProcess.run(base + ["--jobs", jobs, "--chunk-bytes", "300"])
            XCTAssertEqual(counted.status, parsed.status, "--jobs \(jobs)")
            XCTAssertEqual(counted.stdout, parsed.stdout, "--jobs \(jobs)")
            XCTAssertEqual(counted.stderr, parsed.stderr, "--jobs \(jobs)")
        }
    }

    func testSeveralInputsAndStandardInputKeepTheirNamesAndLineNumbers() throws {
        let text = try mixedInput()
        let a = try TemporaryFiles.write(text, suffix: ".ndjson")
        let b = try TemporaryFiles.write(String(text.prefix(5000)) + "\n", suffix: ".ndjson")
        let one = try run([a, b, "-"], jobs: 1, chunkBytes: nil, stdin: text)
        let four = try run([a, b, "-"], jobs: 4, chunkBytes: 700, stdin: text)
        XCTAssertEqual(four, one)
        XCTAssertTrue(one.stdout.contains(#""file":"<stdin>""#))
        XCTAssertTrue(one.stderr.contains(#""file":"\#(b)""#))
    }

    func testEmptyInput() throws {
        let one = try run([], jobs: 1, chunkBytes: nil, stdin: "")
        let four = try run([], jobs: 4, chunkBytes: 10, stdin: "\n\n")
        XCTAssertEqual(one.stdout, "")
        XCTAssertEqual(four, one)
        XCTAssertEqual(one.stderr, "actions run: read 0 events: 0 with requests (0 requests), 0 discarded, 0 errors\n")
    }
}
