import BenchSupport
import JSONValues

#if canImport(Glibc)
import Glibc
#endif

/// `JSONBench EVENTS.ndjson [--repeat N]`: parse every line and serialize it back to
/// compact JSON; prints one JSON measurement line.
@main
struct Main {
    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let file = args.first else {
            FileHandleStderr.write("usage: JSONBench EVENTS.ndjson [--repeat N]\n")
            exit(2)
        }
        let repeats = args.firstIndex(of: "--repeat").flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } ?? 3
        let lines = try BenchInput.load(path: file)
        let totalBytes = lines.reduce(0) { $0 + $1.count + 1 }
        var sink = 0
        var failures = 0
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        let t = Stopwatch.best(repeats) {
            for line in lines {
                guard let v = try? JSONParser.parse(line) else { failures += 1; continue }
                out.removeAll(keepingCapacity: true)
                JSONSerializer.write(v, into: &out)
                out.append(0x0A)
                sink &+= out.count
            }
        }
        report("json_roundtrip", seconds: t, items: lines.count, bytes: totalBytes, extra: "\"failures\":\(failures),\"sink\":\(sink % 7)")

        // The same with one JSONDocumentParser for the whole stream (what `actions run` uses).
        let parser = JSONDocumentParser()
        let tr = Stopwatch.best(repeats) {
            for line in lines {
                guard let v = try? parser.parse(line) else { continue }
                out.removeAll(keepingCapacity: true)
                JSONSerializer.write(v, into: &out)
                out.append(0x0A)
                sink &+= out.count
            }
        }
        report("json_roundtrip_reused_parser", seconds: tr, items: lines.count, bytes: totalBytes, extra: "\"sink\":\(sink % 7)")

        // Parsing alone (and freeing the value), to show where the round trip's time goes.
        var count = 0
        let tp = Stopwatch.best(repeats) {
            for line in lines {
                if case .object(let o)? = try? JSONParser.parse(line) { count &+= o.count }
            }
        }
        report("json_parse", seconds: tp, items: lines.count, bytes: totalBytes, extra: "\"sink\":\(count % 7)")

        // Serializing alone, from values parsed beforehand.
        let values = lines.compactMap { try? JSONParser.parse($0) }
        let ts = Stopwatch.best(repeats) {
            for v in values {
                out.removeAll(keepingCapacity: true)
                JSONSerializer.write(v, into: &out)
                sink &+= out.count
            }
        }
        report("json_serialize", seconds: ts, items: values.count, bytes: totalBytes, extra: "\"sink\":\(sink % 7)")
    }
}
