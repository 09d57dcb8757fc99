#if canImport(Glibc)
import Glibc
#endif

/// The benchmark input: the NDJSON file split into lines, held in memory so that reading
/// the file is not part of what is measured.
public struct BenchInput {
    public static func load(path: String) throws -> [[UInt8]] {
        readFile(path: path).split(separator: 0x0A).map(Array.init)
    }

    /// The whole file.
    public static func readFile(path: String) -> [UInt8] {
        guard let f = fopen(path, "rb") else {
            FileHandleStderr.write("cannot open \(path)\n")
            exit(2)
        }
        defer { fclose(f) }
        var all: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { all.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return all
    }
}

/// Wall-clock timing with the best of several repeats.
public struct Stopwatch {
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` `repeats` times and returns the fastest time in seconds.
    public static func best(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let t0 = now()
            try body()
            best = min(best, now() - t0)
        }
        return best
    }
}

/// Prints one measurement as a JSON line.
public func report(_ name: String, seconds: Double, items: Int, bytes: Int? = nil, extra: String = "") {
    var line = "{\"bench\":\"\(name)\",\"seconds\":\(seconds),\"items\":\(items),\"per_second\":\(Int(Double(items) / seconds))"
    if let bytes { line += ",\"mb_per_second\":\(Double(bytes) / seconds / 1e6)" }
    if !extra.isEmpty { line += "," + extra }
    line += "}"
    print(line)
}

/// Writes to standard error without touching the C `stderr` global (not concurrency-safe in Swift 6).
public enum FileHandleStderr {
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
