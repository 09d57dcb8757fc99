import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Files for one test, each with a name of its own, in a folder of this test process's
/// own that is removed when the process exits normally (a crashed or killed run leaves
/// its folder, named for its process).
public enum TemporaryFiles {
    /// `<tmp>/actions-tests-<pid>-<random>`, made on first use.
    public static let folder: String = {
        let folder = NSTemporaryDirectory() + "actions-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot make the tests' temporary folder \(folder): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: TemporaryFiles.folder) }
        return folder
    }()

    /// A fresh path in ``folder`` (nothing is created): `<folder>/actions-test-<uuid><suffix>`.
    public static func path(_ prefix: String = "actions-test", suffix: String = "") -> String {
        folder + "/\(prefix)-\(UUID().uuidString)\(suffix)"
    }

    /// Writes `text` to a fresh file and returns its path.
    public static func write(_ text: String, suffix: String = ".json") throws -> String {
        let path = path(suffix: suffix)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Removes the SQLite store at `path` with its `-wal` and `-shm` files.
    public static func removeStore(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
