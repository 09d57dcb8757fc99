import Foundation
import MockVendor
import XCTest
import TestSupport

/// `actions run` on a live stream (a pipe whose writer stays open, as `tail -f | actions
/// run` has it): what was read is written, or delivered, without waiting for a buffer to
/// fill or the input to end, with any number of jobs.
final class LiveInputTests: XCTestCase {
    let run = ["run", "--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json"]

    private func firstEvents(_ n: Int) throws -> String {
        let text = try String(contentsOfFile: RepoPaths.root + "/Mappings/examples/topsort.events.ndjson", encoding: .utf8)
        return text.split(separator: "\n").prefix(n).joined(separator: "\n") + "\n"
    }

    /// Starts `actions args…` with an open pipe as standard input; returns the process,
    /// the input's writing end and the output's reading end.
    private func start(_ args: [String]) throws -> (Process, FileHandle, FileHandle) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ActionsProcess.executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: RepoPaths.root)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, input.fileHandleForWriting, output.fileHandleForReading)
    }

    func testRequestsAreWrittenWhileTheInputStaysOpen() throws {
        for jobs in ["1", "2"] {
            let (process, input, output) = try start(run + ["--jobs", jobs])
            input.write(Data(try firstEvents(3).utf8))
            // The three events give three requests; read them with the input still open.
            let got = NIOLockedText()
            let reading = Thread {
                while true {
                    let chunk = output.availableData
                    if chunk.isEmpty { return }
                    got.append(String(decoding: chunk, as: UTF8.self))
                }
            }
            reading.start()
            let deadline = Date().addingTimeInterval(10)
            while got.lines < 3 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            XCTAssertEqual(got.lines, 3, "--jobs \(jobs): \(got.text)")
            XCTAssertTrue(process.isRunning, "--jobs \(jobs)")
            try input.close()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "--jobs \(jobs)")
        }
    }

    func testDeliveryStartsWhileTheInputStaysOpen() async throws {
        let server = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await server.stop() } }
        let (process, input, _) = try start(run + ["--jobs", "2", "--deliver", "--no-batching",
                                                   "--redirect", "https://api.topsort.com=\(server.baseURL)"])
        input.write(Data(try firstEvents(3).utf8))
        let deadline = Date().addingTimeInterval(10)
        while server.requests.count < 3 && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(server.requests.count, 3)
        XCTAssertTrue(process.isRunning)
        try input.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}

/// Text appended from one thread and read from another.
private final class NIOLockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""
    func append(_ s: String) { lock.lock(); value += s; lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return value }
    var lines: Int { text.split(separator: "\n").count }
}
