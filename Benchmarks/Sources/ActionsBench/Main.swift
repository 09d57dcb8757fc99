import BenchSupport
import JSONValues

#if canImport(Glibc)
import Glibc
#endif

/// `actions-bench WHAT FILE [--repeat N]` — WHAT is one of: mapping, trigger, pipeline, all.
/// Prints one JSON object per measurement on stdout, so run.sh can tabulate them.
@main
struct Main {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        var repeats = 3
        if let i = args.firstIndex(of: "--repeat"), i + 1 < args.count {
            repeats = Int(args[i + 1]) ?? 3
            args.removeSubrange(i...(i + 1))
        }
        guard args.count >= 2 else {
            FileHandleStderr.write("usage: actions-bench mapping|trigger|pipeline|all EVENTS.ndjson [--repeat N] [--root REPO]\n")
            exit(2)
        }
        let what = args[0]
        let file = args[1]
        let root = args.count >= 3 ? args[2] : ".."
        let lines = try BenchInput.load(path: file)
        let bench = Bench(lines: lines, repeats: repeats, root: root)
        switch what {
        case "mapping": try bench.mapping()
        case "trigger": try bench.trigger()
        case "pipeline": try bench.pipeline()
        case "all":
            try bench.mapping()
            try bench.trigger()
            try bench.pipeline()
        default:
            FileHandleStderr.write("unknown benchmark \(what)\n")
            exit(2)
        }
    }
}
