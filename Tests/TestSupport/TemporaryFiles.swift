import Foundation

/// Files for one test, in the temporary folder, each with a name of its own.
public enum TemporaryFiles {
    /// A fresh path (nothing is created): `<tmp>/actions-test-<uuid><suffix>`.
    public static func path(_ prefix: String = "actions-test", suffix: String = "") -> String {
        NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)\(suffix)"
    }

    /// Writes `text` to a fresh file and returns its path.
    public static func write(_ text: String, suffix: String = ".json") throws -> String {
        let path = path(suffix: suffix)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Removes the files at `paths` (a SQLite store with `-wal` and `-shm`: give all three).
    public static func remove(_ paths: String...) {
        for p in paths { try? FileManager.default.removeItem(atPath: p) }
    }
}
