/// A problem a command found, with where it is: every command reports its problems as
/// these, rendered for people by ``DiagnosticPrinter`` (`FILE:LINE:COLUMN: error: …`) and,
/// for the per-line problems of `run` and `deliver`, as error records
/// (``Diagnostic/record(namingFile:details:)``).
struct Diagnostic: Error, Sendable, Equatable {
    /// How bad it is.
    enum Severity: String, Sendable {
        /// Something is wrong: the command fails, or skips what it concerns.
        case error
        /// Something worth knowing (`resuming after line 12`).
        case note
    }

    /// Where a problem is: a file (`<stdin>` for standard input) and, in it, a line and
    /// column of text or a JSON Pointer into its document.
    struct Location: Sendable, Equatable {
        /// The path as given on the command line, or `<stdin>`.
        var file: String
        /// The 1-based line: of the file's text, or the input line of an NDJSON stream.
        var line: Int?
        /// The 1-based column (in bytes) on `line`.
        var column: Int?
        /// A JSON Pointer into the file's document (`/actions/0/fields`; `""` is the whole).
        var pointer: String?

        /// The whole file.
        static func file(_ file: String) -> Location { Location(file: file) }

        /// A place in the file's text.
        static func text(_ file: String, line: Int, column: Int? = nil) -> Location {
            Location(file: file, line: line, column: column)
        }

        /// A place in the file's JSON document.
        static func pointer(_ file: String, _ pointer: String) -> Location { Location(file: file, pointer: pointer) }
    }

    /// Text from the command line the problem is in (a trigger), shown under the message
    /// with a caret under `column`.
    struct Excerpt: Sendable, Equatable {
        var text: String
        /// 1-based, in Unicode scalars.
        var column: Int
    }

    var severity: Severity
    /// Where; `nil` when the problem is not in a file (an option, a store, the network).
    var location: Location?
    /// What is wrong, in words.
    var message: String
    /// What to do about it, or more to know, on a line of its own.
    var note: String?
    /// The text the problem is in, when it came from the command line.
    var excerpt: Excerpt?

    init(_ message: String, at location: Location? = nil, severity: Severity = .error, note: String? = nil, excerpt: Excerpt? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.note = note
        self.excerpt = excerpt
    }

    /// An error at `location`.
    static func error(_ message: String, at location: Location? = nil, note: String? = nil) -> Diagnostic {
        Diagnostic(message, at: location, note: note)
    }
}

/// Several problems found at once (every problem of a definition, not just the first).
struct Diagnostics: Error, Sendable {
    let items: [Diagnostic]
    init(_ items: [Diagnostic]) { self.items = items }
}

extension Diagnostic {
    /// The diagnostics an error stands for: itself for a ``Diagnostic`` or ``Diagnostics``,
    /// else one error without a location, worded by the error.
    static func from(_ error: any Error) -> [Diagnostic] {
        switch error {
        case let d as Diagnostic: return [d]
        case let d as Diagnostics: return d.items
        default: return [.error("\(error)")]
        }
    }

    /// The diagnostics of a failure to read the input `file` (a path or `-`): each named by
    /// that input when it names no place of its own.
    static func reading(_ file: String, _ error: any Error) -> [Diagnostic] {
        from(error).map { d in
            var d = d
            if d.location == nil { d.location = .file(InputFile.name(of: file)) }
            return d
        }
    }
}
