import Conformance
import Foundation
import Testing

/// Reading a whole file stops at a limit, so an endless input (a pipe from `yes`,
/// /dev/zero given as a mapping or event file) cannot take all memory.
@Test func readAllStopsAtItsLimit() throws {
    #expect(throws: RunnerError.self) { try FileIO.readAll(path: "/dev/zero", maxBytes: 1 << 20) }
    let path = NSTemporaryDirectory() + "fileio-\(UUID().uuidString).json"
    try "{\"a\": 1}".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try FileIO.readAll(path: path, maxBytes: 1 << 20).count == 8)
}
