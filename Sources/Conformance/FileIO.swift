#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small file helpers on top of the C library (no Foundation needed).
public enum FileIO {
    /// The largest file ``readAll(path:maxBytes:)`` reads (1 GiB).
    public static let maxFileBytes = 1 << 30

    /// The whole content of the file at `path`; an error when it is larger than `maxBytes`.
    public static func readAll(path: String, maxBytes: Int = FileIO.maxFileBytes) throws -> [UInt8] {
        guard let f = fopen(path, "rb") else { throw RunnerError("\(path): cannot open (\(String(cString: strerror(errno))))") }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { out.append(contentsOf: chunk[0..<n]) }
            // An endless input (a pipe from `yes`, /dev/zero) must not take all memory.
            if out.count > maxBytes { throw RunnerError("\(path): larger than \(maxBytes) bytes; not read") }
            if n < chunk.count { break }
        }
        return out
    }

    /// Whether `path` names a folder.
    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` exists.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Every regular file under `root`, recursively, sorted.
    ///
    /// Symbolic links to folders are followed, but each folder is listed once (by device
    /// and inode), so links that point back up the tree cannot make the walk endless.
    public static func listFiles(under root: String) throws -> [String] {
        var visited = Set<[UInt64]>()
        return try listFiles(under: root, visited: &visited)
    }

    private static func listFiles(under root: String, visited: inout Set<[UInt64]>) throws -> [String] {
        var st = stat()
        if stat(root, &st) == 0 {
            guard visited.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return [] }
        }
        var out: [String] = []
        guard let dir = opendir(root) else { throw RunnerError("\(root): cannot open folder") }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = root.hasSuffix("/") ? root + name : root + "/" + name
            if isDirectory(full) { out.append(contentsOf: try listFiles(under: full, visited: &visited)) } else { out.append(full) }
        }
        return out.sorted()
    }

    /// The last path component without its extension.
    public static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = last.lastIndex(of: ".") { return String(last[..<dot]) }
        return last
    }
}

extension FileIO {
    /// The last path component.
    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
