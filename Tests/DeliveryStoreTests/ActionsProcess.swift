import Foundation

/// The built `actions` executable, run as a child process that a test may kill.
final class ActionsProcess: @unchecked Sendable {
    let process = Process()
    private let errPipe = Pipe()
    private var errData = Data()
    private let group = DispatchGroup()

    /// The repository root, found from this file's location.
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// The `actions` binary, next to the test bundle in the build products folder.
    static let binary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("actions").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return "actions"
    }()

    /// Starts `actions args…` in the repository root (standard output discarded).
    init(_ args: [String]) throws {
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errPipe
        try process.run()
        group.enter()
        DispatchQueue.global().async { [self] in
            errData = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
    }

    /// `kill -9`, waiting for the exit off Swift's cooperative threads.
    func kill9() async {
        kill(process.processIdentifier, SIGKILL)
        _ = try? await offPool { [self] in
            process.waitUntilExit()
            group.wait()
        }
    }

    /// Waits up to `timeout` for the exit; kills it after that. Returns the status and
    /// standard error (`nil` status: it had to be killed).
    func wait(timeout: Duration) async -> (status: Int32?, stderr: String) {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        var status: Int32?
        if process.isRunning {
            await kill9()
        } else {
            _ = try? await offPool { [self] in
                process.waitUntilExit()
                group.wait()
            }
            status = process.terminationStatus
        }
        return (status, String(decoding: errData, as: UTF8.self))
    }

    /// Runs `actions args…` to its end (at most `timeout`).
    static func run(_ args: [String], timeout: Duration = .seconds(60)) async throws -> (status: Int32?, stderr: String) {
        try await ActionsProcess(args).wait(timeout: timeout)
    }
}
