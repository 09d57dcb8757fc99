import ArgumentParser

/// What a command's NDJSON inputs hold, as its help says.
protocol InputKind {
    /// The help of the INPUT arguments.
    static var help: String { get }
}

/// The events `actions run` reads.
enum EventInputs: InputKind {
    static let help = "NDJSON event files; standard input when none."
}

/// The request records `actions deliver` reads.
enum RequestRecordInputs: InputKind {
    static let help = "NDJSON request-record files; standard input when none."
}

/// The NDJSON inputs of `run` and `deliver`: the files (standard input when none is given,
/// or for `-`) and the longest line read.
struct InputOptions<Kind: InputKind>: ParsableArguments {
    @Option(name: .long, help: "The longest input line, in bytes; longer lines are skipped and reported as errors.")
    var maxLineBytes: Int = LineReader.defaultMaxLineBytes

    @Argument(help: ArgumentHelp(Kind.help))
    var inputs: [String] = []

    /// The inputs to read, in order: standard input (`-`) when none was given.
    var files: [String] { inputs.isEmpty ? ["-"] : inputs }

    /// Whether records name their input (`"file"`): when there are several.
    var namesFiles: Bool { inputs.count > 1 }

    /// The longest line, at least 1 byte.
    var lineLimit: Int { max(1, maxLineBytes) }

    func validate() throws {
        if maxLineBytes < 1 { throw ValidationError("--max-line-bytes must be at least 1") }
    }
}
