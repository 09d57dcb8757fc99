import Conformance
import Foundation
import Testing
import TestSupport

/// Reading a whole file stops at a limit, so an endless input (a pipe from `yes`,
/// /dev/zero given as a mapping or event file) cannot take all memory.
@Test func readAllStopsAtItsLimit() throws {
    #expect(throws: RunnerError.self) { try FileIO.readAll(path: "/dev/zero", maxBytes: 1 << 20) }
    let path = try TemporaryFiles.write("{\"a\": 1}")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try FileIO.readAll(path: path, maxBytes: 1 << 20).count == 8)
}
