import JSONValues

/// What one line of NDJSON input holds.
enum NDJSONLine {
    /// Only spaces, tabs or a carriage return: not a record.
    case blank
    /// Taken by an earlier run (with a job store): not read again.
    case skipped
    /// A JSON value.
    case value(JSON)
    /// A malformed or over-long line, located at its line (and column).
    case problem(Diagnostic)
}

/// Turns the lines of one NDJSON input into values, the same way for every command that
/// reads NDJSON (`run`, `deliver`, `fql match`): blank lines are not records, a malformed
/// line is an error at the column where it went wrong, a line longer than the limit is
/// an error at the column where it crossed it. One per thread: its parser remembers the
/// short strings a stream repeats.
struct NDJSONParser {
    /// The input's name in problems (a path, or `<stdin>`).
    let input: String
    /// Lines longer than this are skipped.
    let maxLineBytes: Int
    /// The option that sets the limit, named in the message (`fql match` has none).
    let limitOption: String?
    /// Lines up to this number are skipped (taken by an earlier run, with a job store).
    var skipThroughLine: Int
    /// The parser of this input's lines (one per thread).
    let parser = JSONDocumentParser()

    init(input: String, maxLineBytes: Int, limitOption: String? = "--max-line-bytes", skipThroughLine: Int = 0) {
        self.input = input
        self.maxLineBytes = maxLineBytes
        self.limitOption = limitOption
        self.skipThroughLine = skipThroughLine
    }

    /// Line `number` (without its line break), of which only what `projection` keeps is
    /// built (the rest is checked all the same).
    func parse(_ line: UnsafeRawBufferPointer, number: Int, keeping projection: JSONProjection = .everything) -> NDJSONLine {
        if number <= skipThroughLine { return .skipped }
        var blank = true
        for b in line where !(b == 0x20 || b == 0x09 || b == 0x0D) { blank = false; break }
        if blank { return .blank }
        do {
            return .value(try parser.parse(line, keeping: projection))
        } catch let e as JSONParseError {
            return .problem(Diagnostic("malformed JSON at column \(e.column): \(e.message)", at: .text(input, line: number, column: e.column)))
        } catch {
            return .problem(Diagnostic("malformed JSON: \(error)", at: .text(input, line: number)))
        }
    }

    /// Line `number`, `bytes` long, was longer than the limit and skipped: an error at the
    /// column where it crossed the limit.
    func tooLong(number: Int, bytes: Int) -> NDJSONLine {
        if number <= skipThroughLine { return .skipped }
        let option = limitOption.map { " (\($0))" } ?? ""
        return .problem(Diagnostic(
            "the line is \(bytes) bytes long, more than the limit of \(maxLineBytes) bytes\(option); it was skipped",
            at: .text(input, line: number, column: maxLineBytes + 1)))
    }
}
