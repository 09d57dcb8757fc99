#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether two paths name one file, so that an output opened for writing (and emptied)
/// is never also an input or the other output.
enum SameFile {
    /// `true` when both exist and are the same file (same device and inode), or when
    /// neither exists yet and the paths are the same text.
    static func check(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        let ea = stat(a, &sa) == 0, eb = stat(b, &sb) == 0
        if ea && eb { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return !ea && !eb && a == b
    }
}
