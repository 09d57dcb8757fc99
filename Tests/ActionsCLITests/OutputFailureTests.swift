import Foundation
import XCTest
import TestSupport

/// `actions run` when its outputs fail, or would destroy its inputs, and on option values
/// out of range: a clear error and a failing exit status, never a silent success or a crash.
final class OutputFailureTests: XCTestCase {
    let run = ["run", "--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json"]
    let events = "Mappings/examples/topsort.events.ndjson"

    /// Runs `actions args…` with standard output going to `/dev/full` (every write fails
    /// with "No space left on device").
    private func runIntoFullDisk(_ args: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ActionsProcess.executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: RepoPaths.root)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    func testRequestsThatCannotBeWrittenFailTheRun() throws {
        try XCTSkipUnless(FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full here")
        for jobs in ["1", "2"] {
            let out = try runIntoFullDisk(run + ["--jobs", jobs, events])
            XCTAssertEqual(out.status, 1, out.stderr)
            XCTAssertTrue(out.stderr.contains("cannot write standard output (No space left on device)"), out.stderr)
        }
    }

    func testAReaderThatGoesAwayStopsTheRunWithAnError() throws {
        // `actions run … | head -1`: the pipe's reader is gone. The run neither dies of
        // SIGPIPE without a word nor reads the rest of its input for nothing.
        let lines = try String(contentsOfFile: RepoPaths.root + "/" + events, encoding: .utf8)
        let input = try TemporaryFiles.write(String(repeating: lines, count: 3000))
        for jobs in ["1", "2"] {
            let (reason, status, text) = try runIntoClosedPipe(run + ["--jobs", jobs, input])
            XCTAssertEqual(reason, .exit, text)
            XCTAssertEqual(status, 1, text)
            XCTAssertTrue(text.contains("actions run: error: cannot write standard output (Broken pipe)"), text)
            let read = text.split(separator: "\n").first { $0.hasPrefix("actions run: read ") }
            let count = read.flatMap { Int($0.dropFirst("actions run: read ".count).prefix { $0.isNumber }) }
            XCTAssertLessThan(count ?? .max, 33_000 / 2, "reading stops soon after the failed write: \(read ?? "")")
        }
    }

    func testACommandWhoseOutputCannotBeWrittenFails() throws {
        // `print`-based commands (map, fql, test): output into a closed pipe is an error,
        // not a silent success with nothing written.
        let (reason, status, text) = try runIntoClosedPipe(["fql", "parse", #"type = "track""#])
        XCTAssertEqual(reason, .exit, text)
        XCTAssertEqual(status, 1, text)
        XCTAssertTrue(text.contains("cannot write standard output"), text)
    }

    /// Runs `actions args…` with standard output into a pipe whose reader is already gone
    /// (as after `| head` ended).
    private func runIntoClosedPipe(_ args: [String]) throws -> (reason: Process.TerminationReason, status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ActionsProcess.executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: RepoPaths.root)
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        try output.fileHandleForReading.close()
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, text)
    }

    func testErrorRecordsThatCannotBeWrittenFailTheRun() throws {
        try XCTSkipUnless(FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full here")
        let out = try ActionsProcess.run(run + ["--errors", "/dev/full", events])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("cannot write /dev/full (No space left on device)"), out.stderr)
    }

    func testAnOutputThatIsAlsoAnInputIsRefusedBeforeItIsEmptied() throws {
        let input = try TemporaryFiles.write(#"{"type":"track","event":"Order Completed"}"# + "\n", suffix: ".ndjson")
        for flag in ["--errors", "--discards"] {
            let out = try ActionsProcess.run(run + [flag, input, input])
            XCTAssertEqual(out.status, 64, out.stderr)
            XCTAssertTrue(out.stderr.contains("is also an input"), out.stderr)
            XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), #"{"type":"track","event":"Order Completed"}"# + "\n")
        }
        let same = TemporaryFiles.path("actions-cli-out", suffix: ".ndjson")
        let other = (same as NSString).deletingLastPathComponent + "/./" + (same as NSString).lastPathComponent
        let out = try ActionsProcess.run(run + ["--errors", same, "--discards", other, events])
        XCTAssertEqual(out.status, 64, out.stderr)
        XCTAssertTrue(out.stderr.contains("the same file"), out.stderr)
    }

    func testDurationsAndCountsOutOfRangeAreUsageErrors() throws {
        let cases: [[String]] = [
            ["--deliver", "--timeout", "inf"], ["--deliver", "--timeout", "1e10"], ["--deliver", "--retry-window", "1e30"],
            ["--deliver", "--backoff", "1e21"], ["--deliver", "--drain-timeout", "1e21"], ["--deliver", "--rate", "1e-21"],
            ["--deliver", "--state", "x.db", "--lease", "inf"], ["--jobs", "0"], ["--jobs", "100000"],
        ]
        for extra in cases {
            let out = try ActionsProcess.run(run + extra + [events])
            XCTAssertEqual(out.status, 64, "\(extra): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains("must be"), "\(extra): \(out.stderr)")
        }
    }
}
