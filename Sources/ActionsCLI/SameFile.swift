#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether two paths name one file, so that an output opened for writing (and emptied)
/// is never also an input or the other output.
enum SameFile {
    /// `true` when both exist and are the same file (same device and inode), or when
    /// neither exists yet and both name the same place (`out.ndjson`, `./out.ndjson`).
    static func check(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        let ea = stat(a, &sa) == 0, eb = stat(b, &sb) == 0
        if ea && eb { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return !ea && !eb && place(a) == place(b)
    }

    /// The absolute path of a file that does not exist yet: its folder resolved, then its name.
    private static func place(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(folder, &buffer) != nil else { return path }
        let resolved = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (resolved == "/" ? "" : resolved) + "/" + name
    }
}
