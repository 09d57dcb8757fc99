import Foundation

/// The built `actions` executable, run as a child process in the repository root, as a
/// user would run it: run it to its end (``run(_:stdin:)``), or start it and then signal,
/// kill or wait for it.
public final class ActionsProcess: @unchecked Sendable {
    /// What a finished run wrote and how it ended.
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The `actions` binary, next to the test bundle in the build products folder.
    public static let executable: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // On Linux the test runner is `<products>/<package>PackageTests.xctest`.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("actions").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return "actions"
    }()

    public let process = Process()
    private let input: Pipe?
    private let outPipe = Pipe()
    private let errPipe = Pipe()
    private let group = DispatchGroup()
    private var outData = Data()
    private var errData = Data()

    /// Starts `actions args…` in the repository root. `stdin` is written to its standard
    /// input, which is then closed unless `closingInput` is false (no `stdin`: empty input).
    /// Standard output and standard error are read as they come, so a full pipe cannot
    /// stall the child.
    public init(_ args: [String], stdin: String? = nil, closingInput: Bool = true) throws {
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: RepoPaths.root)
        if stdin == nil && closingInput {
            input = nil
            process.standardInput = FileHandle.nullDevice
        } else {
            input = Pipe()
            process.standardInput = input
        }
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        group.enter()
        DispatchQueue.global().async { [self] in
            outData = outPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async { [self] in
            errData = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let input {
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            if closingInput { try input.fileHandleForWriting.close() }
        }
    }

    /// Runs `actions args…` to its end with `stdin` as its standard input.
    public static func run(_ args: [String], stdin: String = "") throws -> Output {
        try ActionsProcess(args, stdin: stdin).waitUntilExit()
    }

    /// Waits for the end (blocking the calling thread) and returns what was written.
    public func waitUntilExit() -> Output {
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus, stdout: text(outData), stderr: text(errData))
    }

    /// SIGTERM.
    public func terminate() { process.terminate() }

    /// `kill -9` if it still runs, without waiting: for a `defer`, so that a test that
    /// fails or throws half-way leaves no process behind (a worker whose vendor is gone
    /// would otherwise retry for hours).
    public func killIfRunning() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// `kill -9`, waiting for the exit off Swift's cooperative threads.
    public func kill9() async {
        kill(process.processIdentifier, SIGKILL)
        _ = try? await offPool { [self] in
            process.waitUntilExit()
            group.wait()
        }
    }

    /// Waits up to `timeout` for the exit, and kills it after that. Returns the status
    /// (`nil`: it had to be killed) and standard error.
    public func wait(timeout: Duration) async -> (status: Int32?, stderr: String) {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning {
            await kill9()
            return (nil, text(errData))
        }
        _ = try? await offPool { [self] in
            process.waitUntilExit()
            group.wait()
        }
        return (process.terminationStatus, text(errData))
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }
}
