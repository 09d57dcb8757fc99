import ArgumentParser

/// Renders ``Diagnostic``s for people, one format for every command, and writes them to
/// standard error:
///
/// ```
/// Mappings/topsort.json:12:7: error: expected ',' or '}' in the object
/// filters.json /1/actions/0/percent: error: 'percent' is the share of events to keep, …
/// events.ndjson: error: cannot open (No such file or directory)
/// actions run: error: --state needs --deliver
/// actions fql parse: error: expected a value after '=' at column 8
///   type =
///          ^
/// state.db: note: resuming after line 12, taken by an earlier run (--no-resume reads it all)
/// ```
///
/// The place comes first: `FILE:LINE:COLUMN` for a place in text, `FILE /json/pointer`
/// for a place in a JSON document, `FILE` for the whole file, and the command's name for a
/// problem that is in no file. A note follows on a line of its own, at the same place.
struct DiagnosticPrinter: Sendable {
    /// The command (`actions run`), named in place of a location.
    let command: String

    init(_ command: String) { self.command = command }

    /// The text of one diagnostic (with its excerpt and note), without a final newline.
    func render(_ d: Diagnostic) -> String {
        let place = d.location.map(Self.place) ?? command
        var lines = ["\(place): \(d.severity.rawValue): \(d.message)"]
        if let excerpt = d.excerpt {
            let (shown, caret) = Self.excerpt(excerpt.text, column: excerpt.column)
            lines.append("  " + shown)
            lines.append("  " + String(repeating: " ", count: caret) + "^")
        }
        if let note = d.note { lines.append("\(place): note: \(note)") }
        return lines.joined(separator: "\n")
    }

    /// `FILE:LINE:COLUMN`, `FILE:LINE`, `FILE /pointer` or `FILE`.
    static func place(_ l: Diagnostic.Location) -> String {
        if let line = l.line { return "\(l.file):\(line)" + (l.column.map { ":\($0)" } ?? "") }
        if let pointer = l.pointer { return "\(l.file) \(pointer.isEmpty ? "/" : pointer)" }
        return l.file
    }

    /// Writes each diagnostic to standard error.
    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        StandardError.line(diagnostics.map(render).joined(separator: "\n"))
    }

    func print(_ diagnostic: Diagnostic) { print([diagnostic]) }

    /// Writes what `error` stands for (see ``Diagnostic/from(_:)``).
    func print(_ error: any Error) { print(Diagnostic.from(error)) }

    /// Writes what `error` stands for and returns the exit status to throw.
    func exit(_ status: Int32, _ error: any Error) -> ExitCode {
        print(error)
        return ExitCode(status)
    }

    /// The text on one line around `column` (at most `radius` characters either side, with
    /// `…` where it was cut), and the caret's offset in it.
    static func excerpt(_ text: String, column: Int, radius: Int = 40) -> (String, Int) {
        let scalars = text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : Character($0) }
        let at = min(max(column - 1, 0), scalars.count)
        let from = max(0, at - radius)
        let to = min(scalars.count, at + radius)
        let head = from > 0 ? "…" : ""
        let tail = to < scalars.count ? "…" : ""
        return (head + String(scalars[from..<to]) + tail, head.count + at - from)
    }
}
